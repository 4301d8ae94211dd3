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

    /**
     * The text with runs of whitespace folded, for messages and matching: exactly
     * {@code text.replaceAll("\\s+", " ").trim()}, without a regex (rules ask for it per unit).
     */
    public String normalized() {
        return foldWhitespace(text);
    }

    /** Same result as the regex: runs of space, tab, line feed, vertical tab, form feed, carriage return become one space. */
    static String foldWhitespace(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                int j = i + 1;
                while (j < n && isRegexSpace(s.charAt(j))) j++;
                if (sb == null) {
                    if (c == ' ' && j == i + 1) continue; // a lone space is already folded
                    sb = new StringBuilder(n).append(s, 0, i);
                }
                sb.append(' ');
                i = j - 1;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return (sb == null ? s : sb.toString()).trim();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
