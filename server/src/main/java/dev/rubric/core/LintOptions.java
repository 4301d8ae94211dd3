package dev.rubric.core;

import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.TemplateRegistry;
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
}
