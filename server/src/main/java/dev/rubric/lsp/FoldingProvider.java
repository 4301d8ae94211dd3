package dev.rubric.lsp;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * One folding range per section, from its heading to its last non-blank line (so folding a
 * section keeps the blank line before the next heading visible), and one for front matter.
 * Ranges are whole lines, which every client supports.
 */
final class FoldingProvider {
    private final Analyzer analyzer;

    FoldingProvider(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<FoldingRange> ranges(String uri, CancelChecker cancel) {
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return List.of();
        DesignDocument doc = analysis.result().document();
        LineIndex lines = doc.lines();
        List<FoldingRange> ranges = new ArrayList<>();
        if (doc.frontMatter().present()) {
            int first = doc.frontMatter().range().start().line();
            int last = lastNonBlankLine(lines, first, doc.frontMatter().range().endOffset());
            if (last > first) {
                FoldingRange fm = new FoldingRange(first, last);
                fm.setKind(FoldingRangeKind.Region);
                ranges.add(fm);
            }
        }
        for (Section s : doc.sections()) {
            int first = s.headingRange().start().line();
            int last = lastNonBlankLine(lines, first, s.range().endOffset());
            if (last > first) ranges.add(new FoldingRange(first, last));
        }
        return ranges;
    }

    /** The last line at or after {@code first}, ending before {@code endOffset}, that has text. */
    private static int lastNonBlankLine(LineIndex lines, int first, int endOffset) {
        // the character before the end is the last one inside: its line is the last line (a
        // range ending at a line start ends with the previous line's break)
        int last = lines.lineOf(Math.max(0, endOffset - 1));
        while (last > first && lines.lineText(last).isBlank()) last--;
        return last;
    }
}
