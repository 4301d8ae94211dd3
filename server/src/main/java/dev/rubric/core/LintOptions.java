package dev.rubric.core;

import dev.rubric.core.config.RubricConfig;
import dev.rubric.core.config.RuleSetting;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.TemplateRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * What a lint is asked to do: which template (an id, "auto" or null) and whether that choice
 * overrides the document's own front matter (a command-line flag does, a config file does
 * not), severities and options per rule id (rules not named keep their defaults), and the
 * templates available.
 */
public record LintOptions(
        String template,
        boolean templateForced,
        Map<String, Severity> severities,
        Map<String, Map<String, Object>> ruleOptions,
        TemplateRegistry templates) {

    public LintOptions {
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        ruleOptions = ruleOptions == null ? Map.of() : Map.copyOf(ruleOptions);
        templates = templates == null ? TemplateRegistry.builtIn() : templates;
    }

    public static LintOptions defaults() {
        return new LintOptions(null, false, Map.of(), Map.of(), TemplateRegistry.builtIn());
    }

    /**
     * The options a config file (already resolved for one document) asks for. A template given
     * here by the caller (command-line flag) outranks the config and the front matter.
     */
    public static LintOptions from(RubricConfig config, String forcedTemplate) {
        Map<String, Severity> severities = new HashMap<>();
        Map<String, Map<String, Object>> options = new HashMap<>();
        for (Map.Entry<String, RuleSetting> e : config.rules().entrySet()) {
            if (e.getValue().severity() != null) severities.put(e.getKey(), e.getValue().severity());
            if (!e.getValue().options().isEmpty()) options.put(e.getKey(), e.getValue().options());
        }
        TemplateRegistry registry = TemplateRegistry.builtIn().with(config.templates());
        boolean forced = forcedTemplate != null && !forcedTemplate.isBlank();
        String template = forced ? forcedTemplate : config.template().orElse(null);
        return new LintOptions(template, forced, severities, options, registry);
    }
}
