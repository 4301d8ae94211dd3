package dev.rubric.core.model;

import dev.rubric.core.text.Range;

/** A fenced or indented code block: never prose, but kept so rules can say so when asked. */
public record CodeUnit(String info, String text, Range range, Section section) {
}
