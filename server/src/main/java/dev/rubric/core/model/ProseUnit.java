package dev.rubric.core.model;

import dev.rubric.core.text.Range;

/**
 * A unit of prose: a sentence of a paragraph, a sentence of a list item, or a table cell.
 * {@code text} has the same length as the source span; inline code, URLs, HTML and link
 * targets are blanked to spaces so offsets stay exact while rules never read them as prose.
 *
 * @param index     position of the unit in document order (neighbours are index ± 1)
 * @param block     identifies the paragraph / list item / table row the unit belongs to, so
 *                  rules can look at "the same row" or "the adjacent sentence"
 * @param listDepth nesting depth of the list the unit sits in (0 outside lists)
 */
public record ProseUnit(
        int index,
        ProseKind kind,
        String text,
        Range range,
        Section section,
        int block,
        int listDepth,
        TableCellRef cell) {

    public int startOffset() {
        return range.startOffset();
    }

    /** The text with runs of whitespace folded, for messages and matching. */
    public String normalized() {
        return text.replaceAll("\\s+", " ").trim();
    }
}
