package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.analysis.TableOfContents;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a calculation can be stated: one sentence or list item, or one table row (its cells
 * in order, so "50M DAU × 20 req/day | ≈ 11.6k QPS" across two cells is one calculation).
 */
public record Segment(List<ProseUnit> pieces) {
    /** A table's header separator row: "---", ":--:". */
    private static final Pattern SEPARATOR_CELL = Pattern.compile("[-:\\s]*");

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
        boolean separator = row.stream().allMatch(c -> SEPARATOR_CELL.matcher(c.text().strip()).matches());
        if (!separator && row.stream().noneMatch(TableOfContents::contains)) out.add(new Segment(List.copyOf(row)));
        row.clear();
    }
}
