package dev.rubric.core.model;

import dev.rubric.core.text.Range;
import dev.rubric.core.text.Whitespace;

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
public final class ProseUnit {
    private final int index;
    private final ProseKind kind;
    private final String text;
    private final Range range;
    private final Section section;
    private final int block;
    private final int listDepth;
    private final TableCellRef cell;
    // derived texts every rule asks for, computed once; a race only computes the same string twice
    private String normalized;
    private String lower;
    /** Derived facts kept with the parser's reading of this text across versions; null when not kept. */
    private final TextMemo memo;

    public ProseUnit(int index, ProseKind kind, String text, Range range, Section section, int block, int listDepth, TableCellRef cell) {
        this(index, kind, text, range, section, block, listDepth, cell, null, null);
    }

    /**
     * With {@link #lower()} already known (null: computed on first use) and a memo of what is
     * derived from the text (null: none), as the parser keeps them for text that later versions reuse.
     */
    ProseUnit(int index, ProseKind kind, String text, Range range, Section section, int block, int listDepth, TableCellRef cell, String lower,
              TextMemo memo) {
        this.lower = lower;
        this.memo = memo;
        this.index = index;
        this.kind = kind;
        this.text = text;
        this.range = range;
        this.section = section;
        this.block = block;
        this.listDepth = listDepth;
        this.cell = cell;
    }

    public int index() {
        return index;
    }

    public ProseKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Range range() {
        return range;
    }

    public Section section() {
        return section;
    }

    public int block() {
        return block;
    }

    public int listDepth() {
        return listDepth;
    }

    /** Where facts derived from this text alone are kept for later versions of the document; null when they are not. */
    public TextMemo memo() {
        return memo;
    }

    /** The table cell this unit is, or null outside tables. */
    public TableCellRef cell() {
        return cell;
    }

    public int startOffset() {
        return range.startOffset();
    }

    /**
     * The text with runs of whitespace folded, for messages and matching: exactly
     * {@code text.replaceAll("\\s+", " ").trim()}, without a regex (rules ask for it per unit).
     */
    public String normalized() {
        String n = normalized;
        if (n == null) {
            // every lint folds every unit (placeholder checks, several rules): text a later
            // version reuses keeps its folded form
            n = memo == null ? null : memo.normalized();
            if (n == null) {
                n = foldWhitespace(text);
                if (memo != null) memo.keepNormalized(n);
            }
            normalized = n;
        }
        return n;
    }

    /** {@link #text()} lower-cased with Locale.ROOT, the form the rules' vocabularies are matched against. */
    public String lower() {
        String l = lower;
        if (l == null) lower = l = text.toLowerCase(java.util.Locale.ROOT);
        return l;
    }

    /**
     * {@link #normalized()} lower-cased with Locale.ROOT. Folded from {@link #lower()}, which most
     * lints have already made: lower-casing makes and removes no whitespace, so the two orders
     * agree, and a unit with no run of whitespace to fold is no new string at all.
     */
    public String normalizedLower() {
        return foldWhitespace(lower());
    }

    /** Same result as the regex: runs of space, tab, line feed, vertical tab, form feed, carriage return become one space. */
    static String foldWhitespace(String s) {
        return Whitespace.collapse(s).trim();
    }

    @Override
    public String toString() {
        return "ProseUnit[" + index + " " + kind + " " + range + " \"" + normalized() + "\"]";
    }
}
