package dev.rubric.core.model;

import dev.rubric.core.text.Range;

/**
 * A fenced or indented code block: never prose, but kept so rules can say so when asked.
 *
 * @param fenced a ``` or ~~~ block, not indented code (whose first line may start with ```)
 */
public record CodeUnit(String info, String text, Range range, Section section, boolean fenced) {
}
