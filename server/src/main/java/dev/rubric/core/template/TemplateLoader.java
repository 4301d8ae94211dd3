package dev.rubric.core.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads templates from YAML or JSON (JSON is YAML) and checks they are coherent. */
public final class TemplateLoader {
    /**
     * Created on first use, not when the class is: the built-in templates go through
     * {@link #readBuiltIn} without Jackson, and setting up an ObjectMapper is a noticeable part
     * of a one-file `rubric check` start-up.
     */
    private static final class Jackson {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private TemplateLoader() {
    }

    public static Template load(Path file) throws TemplateException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new TemplateException(file + ": cannot read template: " + e.getMessage(), e);
        }
    }

    public static Template read(InputStream in, String name) throws TemplateException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new TemplateException(name + ": cannot read template: " + e.getMessage(), e);
        }
        try {
            Template template = Jackson.MAPPER.readValue(bytes, Template.class);
            validate(template, name, bytes);
            return template;
        } catch (JsonProcessingException e) {
            throw located(name, e, bytes);
        } catch (IOException e) {
            throw new TemplateException(name + ": cannot read template: " + e.getMessage(), e);
        }
    }

    private static TemplateException located(String name, JsonProcessingException e, byte[] bytes) {
        JsonLocation loc = e.getLocation();
        if (e instanceof UnrecognizedPropertyException unknown) {
            // a record is read whole before its keys are checked, so Jackson points past the end
            // of the mapping that holds the unknown key: point at the key itself
            List<String> segments = unknown.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())).toList();
            JsonLocation key = locate(bytes, segments);
            if (key != null) loc = key;
        }
        String where = loc == null || loc.getLineNr() < 1 ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        // SnakeYAML's messages go on over several lines with a source excerpt: keep the first
        String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage().lines().findFirst().orElse("").strip();
        return new TemplateException(where + ": invalid template: " + message, e);
    }

    /** Where the node at a path starts, or its nearest enclosing node that exists. */
    private static JsonLocation locate(byte[] bytes, List<String> segments) {
        Map<String, JsonLocation> first = new HashMap<>();
        try (JsonParser p = Jackson.MAPPER.getFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                first.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
            }
        } catch (IOException ignored) {
            // the text was read once already; whatever was found so far will do
        }
        for (int n = segments.size(); n >= 0; n--) {
            StringBuilder pointer = new StringBuilder();
            for (String segment : segments.subList(0, n)) pointer.append('/').append(segment);
            JsonLocation loc = first.get(pointer.toString());
            if (loc != null) return loc;
        }
        return null;
    }

    /**
     * A built-in template: read without Jackson's data binding when it holds only what the
     * built-ins hold (start-up time), otherwise exactly as {@link #read}. Validated either way.
     */
    static Template readBuiltIn(byte[] yaml, String name) throws TemplateException {
        Template template;
        try {
            template = BuiltInTemplateReader.read(new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return read(new java.io.ByteArrayInputStream(yaml), name);
        }
        validate(template, name, yaml);
        return template;
    }

    private static void validate(Template t, String name, byte[] bytes) throws TemplateException {
        if (t.id() == null || !t.id().matches("[a-z0-9][a-z0-9-]*")) {
            throw new TemplateException(name + ": template id must be kebab-case, got '" + t.id() + "'");
        }
        if (t.blocks().isEmpty()) throw new TemplateException(name + ": template '" + t.id() + "' has no blocks");
        if (t.title() == null || t.title().isBlank()) throw new TemplateException(name + ": template '" + t.id() + "' has no title");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < t.blocks().size(); i++) {
            Block b = t.blocks().get(i);
            String index = String.valueOf(i);
            if (b.id() == null || b.id().isBlank()) {
                throw new TemplateException(at(name, bytes, "blocks", index, "id") + ": a block of '" + t.id() + "' has no id");
            }
            if (!ids.add(b.id())) {
                throw new TemplateException(at(name, bytes, "blocks", index, "id") + ": block id '" + b.id() + "' appears twice");
            }
            // the title is the heading the insert-block fix writes
            if (b.title() == null || b.title().isBlank()) {
                throw new TemplateException(at(name, bytes, "blocks", index, "title") + ": block '" + b.id() + "' has no title");
            }
        }
        for (int i = 0; i < t.neverMerge().size(); i++) {
            List<String> pair = t.neverMerge().get(i);
            if (pair == null || pair.size() != 2) {
                throw new TemplateException(at(name, bytes, "neverMerge", String.valueOf(i))
                        + ": neverMerge entries are pairs of block ids, got " + pair);
            }
            for (int j = 0; j < 2; j++) {
                if (!ids.contains(pair.get(j))) {
                    throw new TemplateException(at(name, bytes, "neverMerge", String.valueOf(i), String.valueOf(j))
                            + ": neverMerge names unknown block '" + pair.get(j) + "'");
                }
            }
        }
    }

    /** "name:line:col" of the node at a path (or its nearest existing parent), else just the name. */
    private static String at(String name, byte[] bytes, String... path) {
        JsonLocation loc = locate(bytes, List.of(path));
        return loc == null || loc.getLineNr() < 1 ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }
}
