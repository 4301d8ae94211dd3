package dev.rubric.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies text edits to a text. Edits that overlap an already accepted edit are skipped. */
public final class FixApplier {
    private FixApplier() {
    }

    public record Result(String text, int applied, int skipped) {
    }

    public static String apply(String text, List<TextEdit> edits) {
        return applyAll(text, edits).text();
    }

    /**
     * Applies the edits in one pass. Insertions at the same offset keep their given order;
     * an edit overlapping an earlier accepted one is skipped (counted), so the result never
     * interleaves two fixes' text.
     */
    public static Result applyAll(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        // by start; at one start, insertions before the replacement that begins there (an empty
        // range touches it, it does not overlap it); otherwise the given order is kept
        ordered.sort(Comparator.comparingInt((TextEdit e) -> e.range().startOffset())
                .thenComparing(e -> e.range().endOffset() > e.range().startOffset()));
        List<TextEdit> accepted = new ArrayList<>();
        int lastEnd = -1;
        int skipped = 0;
        for (TextEdit e : ordered) {
            int start = e.range().startOffset();
            int end = e.range().endOffset();
            if (start < 0 || end > text.length() || start > end) {
                skipped++;
                continue;
            }
            boolean pureInsertAtLastEnd = start == end && start == lastEnd;
            if (start < lastEnd && !pureInsertAtLastEnd) {
                skipped++;
                continue;
            }
            accepted.add(e);
            lastEnd = Math.max(lastEnd, end);
        }
        StringBuilder out = new StringBuilder(text.length() + 256);
        int cursor = 0;
        for (TextEdit e : accepted) {
            out.append(text, cursor, e.range().startOffset());
            out.append(e.newText());
            cursor = e.range().endOffset();
        }
        out.append(text, cursor, text.length());
        return new Result(out.toString(), accepted.size(), skipped);
    }
}
