package dev.rubric.core.template;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the built-in templates straight from SnakeYAML's node tree instead of through
 * Jackson's data binding, which costs every `rubric check` a noticeable part of its start-up
 * (hundreds of classes, record introspection) for four files that never change.
 *
 * <p>Strict: anything it does not expect (an unknown key, a non-string where a string belongs,
 * a boolean spelled other than true/false) throws, and the caller falls back to
 * {@link TemplateLoader}, which reports it exactly as for a user's template. A test asserts
 * that both readers build equal templates from every built-in.
 */
final class BuiltInTemplateReader {
    private static final Set<String> TEMPLATE_KEYS = Set.of("id", "title", "description", "detect", "blocks", "neverMerge");
    private static final Set<String> BLOCK_KEYS = Set.of("id", "title", "headings", "evidence", "required", "concerns", "skeleton", "checklist");

    private BuiltInTemplateReader() {
    }

    static Template read(String yaml) {
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        Map<String, Node> t = fields(root, TEMPLATE_KEYS);
        List<Block> blocks = new ArrayList<>();
        for (Node b : sequence(t.get("blocks"))) {
            Map<String, Node> f = fields(b, BLOCK_KEYS);
            blocks.add(new Block(string(f.get("id")), string(f.get("title")), strings(f.get("headings")), strings(f.get("evidence")),
                    bool(f.get("required")), strings(f.get("concerns")), string(f.get("skeleton")), strings(f.get("checklist"))));
        }
        List<List<String>> neverMerge = null;
        if (t.get("neverMerge") != null && !isNull(t.get("neverMerge"))) {
            neverMerge = new ArrayList<>();
            for (Node pair : sequence(t.get("neverMerge"))) neverMerge.add(strings(pair));
        }
        return new Template(string(t.get("id")), string(t.get("title")), string(t.get("description")), strings(t.get("detect")),
                t.get("blocks") == null ? null : blocks, neverMerge);
    }

    private static Map<String, Node> fields(Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) throw new IllegalArgumentException("not a mapping: " + node);
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = string(tuple.getKeyNode());
            if (!allowed.contains(key) || fields.put(key, tuple.getValueNode()) != null) {
                throw new IllegalArgumentException("unexpected key: " + key);
            }
        }
        return fields;
    }

    private static List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode seq)) throw new IllegalArgumentException("not a sequence: " + node);
        return seq.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** A plain or quoted scalar as written: what Jackson binds to a String field. */
    private static String string(Node node) {
        if (node == null || isNull(node)) return null;
        if (!(node instanceof ScalarNode s) || !(Tag.STR.equals(s.getTag()))) {
            throw new IllegalArgumentException("not a string: " + node);
        }
        return s.getValue();
    }

    private static List<String> strings(Node node) {
        if (node == null || isNull(node)) return null;
        List<String> values = new ArrayList<>();
        for (Node item : sequence(node)) {
            String v = string(item);
            if (v == null) throw new IllegalArgumentException("null in a list: " + node);
            values.add(v);
        }
        return values;
    }

    private static Boolean bool(Node node) {
        if (node == null || isNull(node)) return null;
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            if (s.getValue().equals("true")) return Boolean.TRUE;
            if (s.getValue().equals("false")) return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not true or false: " + node);
    }
}
