package dev.rubric.core.rule;

import dev.rubric.core.text.Range;

/**
 * A piece of the document a check relied on: where it is, in which section, and what it
 * showed ("p99 < 150 ms" as a latency budget).
 */
public record Evidence(String what, String excerpt, String section, Range range) {
}
