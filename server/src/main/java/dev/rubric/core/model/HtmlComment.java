package dev.rubric.core.model;

import dev.rubric.core.text.Range;

/** An HTML comment outside code, where suppression directives live. */
public record HtmlComment(String body, Range range) {
}
