package dev.rubric.core.template;

import dev.rubric.core.text.PhraseAutomaton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The templates known to a lint: the built-in ones plus those a config adds. */
public final class TemplateRegistry {
    public static final List<String> BUILT_IN = List.of("ml-system-design", "mle-five-block", "ml-infra", "design-doc");
    private static final TemplateRegistry BUILT_INS = loadBuiltIns();

    private final Map<String, Template> templates;
    /** The templates' topic words as one automaton, made on first use (a race makes two equal ones). */
    private volatile PhraseAutomaton topicWords;

    private TemplateRegistry(Map<String, Template> templates) {
        this.templates = Collections.unmodifiableMap(templates);
    }

    public static TemplateRegistry builtIn() {
        return BUILT_INS;
    }

    /** A registry with these templates added; a custom template may replace a built-in one. */
    public TemplateRegistry with(Collection<Template> extra) {
        if (extra.isEmpty()) return this;
        Map<String, Template> all = new LinkedHashMap<>(templates);
        for (Template t : extra) all.put(t.id(), t);
        return new TemplateRegistry(all);
    }

    public Optional<Template> get(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public Collection<Template> all() {
        return templates.values();
    }

    /**
     * Every template's topic words ({@link Template#detect()}), lower-cased, as one automaton:
     * detection reads a document's prose once for all of them.
     */
    public PhraseAutomaton topicWords() {
        PhraseAutomaton words = topicWords;
        if (words == null) {
            List<String> lower = new ArrayList<>();
            for (Template t : templates.values()) {
                for (String word : t.detect()) lower.add(word.toLowerCase(Locale.ROOT));
            }
            topicWords = words = PhraseAutomaton.of(lower);
        }
        return words;
    }

    /** Where the build puts {@link #builtInSnapshot()}, as a class path resource. */
    public static final String SNAPSHOT_RESOURCE = BuiltInTemplateSnapshot.RESOURCE.substring(1);

    /**
     * A snapshot of the built-in templates read from their YAML (see
     * {@link BuiltInTemplateSnapshot}). Called by the build, from
     * {@link dev.rubric.build.StartupIndexes}.
     */
    public static byte[] builtInSnapshot() throws IOException {
        List<byte[]> yamls = builtInYamls();
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < BUILT_IN.size(); i++) templates.add(readYaml(BUILT_IN.get(i), yamls.get(i)));
        return BuiltInTemplateSnapshot.write(templates, yamls);
    }

    private static TemplateRegistry loadBuiltIns() {
        try {
            List<byte[]> yamls = builtInYamls();
            List<Template> templates = snapshot(yamls).orElse(null);
            if (templates == null) {
                templates = new ArrayList<>();
                for (int i = 0; i < BUILT_IN.size(); i++) templates.add(readYaml(BUILT_IN.get(i), yamls.get(i)));
            }
            Map<String, Template> map = new LinkedHashMap<>();
            for (int i = 0; i < BUILT_IN.size(); i++) map.put(BUILT_IN.get(i), templates.get(i));
            return new TemplateRegistry(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-ins from the build's snapshot, if there is one and it was made from these YAML files. */
    static Optional<List<Template>> snapshot(List<byte[]> yamls) throws IOException {
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(BuiltInTemplateSnapshot.RESOURCE)) {
            return in == null ? Optional.empty() : BuiltInTemplateSnapshot.read(in.readAllBytes(), yamls);
        }
    }

    /** The YAML of each built-in template, in {@link #BUILT_IN} order. */
    static List<byte[]> builtInYamls() throws IOException {
        List<byte[]> yamls = new ArrayList<>();
        for (String id : BUILT_IN) {
            try (InputStream in = TemplateRegistry.class.getResourceAsStream(resource(id))) {
                if (in == null) throw new IllegalStateException("built-in template missing: " + resource(id));
                yamls.add(in.readAllBytes());
            }
        }
        return yamls;
    }

    private static Template readYaml(String id, byte[] yaml) {
        try {
            return TemplateLoader.readBuiltIn(yaml, resource(id));
        } catch (TemplateException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String resource(String id) {
        return "/dev/rubric/templates/" + id + ".yaml";
    }
}
