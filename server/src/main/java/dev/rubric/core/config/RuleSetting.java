package dev.rubric.core.config;

import dev.rubric.core.rule.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a config says about one rule.
 *
 * @param severity null when the config leaves the rule's default severity alone
 *                 (for example when it only sets options)
 * @param options  free-form per-rule options, as read from YAML/JSON: String, Number, Boolean,
 *                 null, List and Map values; never null, read-only
 */
public record RuleSetting(Severity severity, Map<String, Object> options) {

    public RuleSetting {
        // LinkedHashMap rather than Map.copyOf: keeps the author's order and allows null values
        options = options == null || options.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public static RuleSetting of(Severity severity) {
        return new RuleSetting(severity, Map.of());
    }

    /**
     * This setting with {@code higher} laid over it: higher's severity if it has one, and the
     * union of options where higher's keys win. So a base config can tune a rule's options
     * while a project config only changes its severity.
     */
    public RuleSetting overlaidWith(RuleSetting higher) {
        Severity merged = higher.severity != null ? higher.severity : severity;
        Map<String, Object> mergedOptions = new LinkedHashMap<>(options);
        mergedOptions.putAll(higher.options);
        return new RuleSetting(merged, mergedOptions);
    }
}
