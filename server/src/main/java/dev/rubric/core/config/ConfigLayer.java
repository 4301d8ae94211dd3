package dev.rubric.core.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of settings in a config's precedence order: the top level of a file, or one of its
 * overrides, or an overlay. Later layers win over earlier ones.
 *
 * @param files    the documents the layer applies to; empty means every document
 * @param template null when the layer does not set one
 */
record ConfigLayer(List<AnchoredGlob> files, String template, Map<String, RuleSetting> rules) {

    ConfigLayer {
        files = List.copyOf(files);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    static ConfigLayer everywhere(String template, Map<String, RuleSetting> rules) {
        return new ConfigLayer(List.of(), template, rules);
    }

    boolean appliesEverywhere() {
        return files.isEmpty();
    }

    boolean appliesTo(Path document) {
        return files.isEmpty() || files.stream().anyMatch(g -> g.matches(document));
    }

    /** Folds layers in order into one: the last template set wins, rule settings are overlaid. */
    static ConfigLayer fold(List<ConfigLayer> layers) {
        String template = null;
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        for (ConfigLayer layer : layers) {
            if (layer.template != null) template = layer.template;
            layer.rules.forEach((id, setting) -> rules.merge(id, setting, RuleSetting::overlaidWith));
        }
        return everywhere(template, rules);
    }
}
