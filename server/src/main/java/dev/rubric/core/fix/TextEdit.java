package dev.rubric.core.fix;

import dev.rubric.core.text.Range;

/** Replace the text of {@code range} with {@code newText}; an empty range inserts. */
public record TextEdit(Range range, String newText) {
}
