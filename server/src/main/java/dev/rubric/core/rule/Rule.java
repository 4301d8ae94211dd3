package dev.rubric.core.rule;

/**
 * A check. One class per rule; the class lives in {@code dev.rubric.core.rules} and is found
 * there by {@link RuleRegistry}, so adding a rule means adding its class, its doc page
 * {@code docs/rules/<id>.md} and its fixtures, nothing else.
 */
public interface Rule {
    /** Stable kebab-case id used in output, config and suppressions. */
    String id();

    Severity defaultSeverity();

    /** One line: what the rule checks. */
    String description();

    /** Reports findings through {@code context.report(...)}. Must not throw on any document. */
    void check(RuleContext context);
}
