package dev.rubric.core.analysis;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.Whitespace;
import java.util.Locale;

/**
 * The words around a prose unit that tell what its figures mean: the headings above it and,
 * for a table cell, its column header and the first cell of its row ("p99 (ms)", "Ingestion").
 */
public final class UnitContext {
    private UnitContext() {
    }

    /** The headings above the unit, innermost first, lower-cased ({@link Section#headingPath()}). */
    public static String headings(ProseUnit u) {
        return u.section().headingPath();
    }

    /** Column header and row label of a table cell; empty for other units. */
    public static String cell(ProseUnit u, DesignDocument doc) {
        if (u.cell() == null) return "";
        StringBuilder sb = new StringBuilder(u.cell().columnHeader());
        // the row's first cell names what the row measures
        for (int i = u.index() - 1; i >= 0 && i >= u.index() - 20; i--) {
            ProseUnit other = doc.units().get(i);
            if (other.block() != u.block()) break;
            if (other.cell() != null && other.cell().column() == 0) {
                sb.append(" | ").append(other.normalized());
                break;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The unit's source text, inline code included (metric names live in backticks). */
    public static String raw(ProseUnit u, DesignDocument doc) {
        return doc.text().substring(u.range().startOffset(), u.range().endOffset());
    }

    public static String lower(ProseUnit u) {
        return u.lower();
    }

    public static String excerpt(ProseUnit u) {
        // only the head is shown, so only the head is normalised: a huge unit stays cheap
        String head = u.text().length() > 400 ? u.text().substring(0, 400) : u.text();
        String t = Whitespace.collapse(head).trim();
        return t.length() <= 120 ? t : t.substring(0, 117) + "...";
    }
}
