package dev.rubric.core.rule;

/**
 * Whether a finding judges the whole document (reported at the rule's configured severity)
 * or is a local nit inside a document that otherwise meets the rule (reported as info at
 * most, so it never counts as the document lacking the property).
 */
public enum Level {
    DOCUMENT, NIT
}
