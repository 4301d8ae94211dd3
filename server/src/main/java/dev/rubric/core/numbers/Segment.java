package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.analysis.TableOfContents;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a calculation can be stated: one sentence or list item, or one table row (its cells
 * in order, so "50M DAU × 20 req/day | ≈ 11.6k QPS" across two cells is one calculation).
 */
public record Segment(List<ProseUnit> pieces) {

    public boolean isTableRow() {
        return pieces.get(0).cell() != null;
    }

    /** The segments of a document in order: prose units, and table body rows. Placeholders and tables of contents are left out. */
    public static List<Segment> of(DocumentAnalysis analysis) {
        DesignDocument doc = analysis.document();
        List<Segment> out = new ArrayList<>();
        List<ProseUnit> row = new ArrayList<>();
        for (ProseUnit u : doc.units()) {
            if (u.cell() == null) {
                flush(row, out);
                if (analysis.readable(u)) out.add(new Segment(List.of(u)));
                continue;
            }
            if (!row.isEmpty() && (row.get(0).cell().table() != u.cell().table() || row.get(0).cell().row() != u.cell().row())) flush(row, out);
            if (!u.cell().header()) row.add(u);
        }
        flush(row, out);
        return out;
    }

    private static void flush(List<ProseUnit> row, List<Segment> out) {
        if (row.isEmpty()) return;
        boolean separator = true;
        boolean contents = false;
        for (ProseUnit cell : row) {
            separator &= isSeparatorCell(cell.text());
            contents |= TableOfContents.contains(cell);
        }
        if (!separator && !contents) out.add(new Segment(List.copyOf(row)));
        row.clear();
    }

    /**
     * A cell of a table's header separator row ("---", ":--:"): exactly whether
     * {@code "[-:\\s]*"} matches the stripped text, without a matcher per cell.
     */
    static boolean isSeparatorCell(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != ':' && !Whitespace.isRegexSpace(c)) return false;
        }
        return true;
    }
}
