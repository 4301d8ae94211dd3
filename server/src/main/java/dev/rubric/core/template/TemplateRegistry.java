package dev.rubric.core.template;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The templates known to a lint: the built-in ones plus those a config adds. */
public final class TemplateRegistry {
    public static final List<String> BUILT_IN = List.of("ml-system-design", "mle-five-block", "ml-infra", "design-doc");
    private static final TemplateRegistry BUILT_INS = loadBuiltIns();

    private final Map<String, Template> templates;

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

    private static TemplateRegistry loadBuiltIns() {
        Map<String, Template> map = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            String resource = "/dev/rubric/templates/" + id + ".yaml";
            try (InputStream in = TemplateRegistry.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("built-in template missing: " + resource);
                map.put(id, TemplateLoader.readBuiltIn(in.readAllBytes(), resource));
            } catch (TemplateException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TemplateRegistry(map);
    }
}
