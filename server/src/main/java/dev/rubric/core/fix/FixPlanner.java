package dev.rubric.core.fix;

import dev.rubric.core.rule.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the edits "fix all" applies: the first safe fix of each finding. Two findings may
 * offer the same edit (missing-block and monitoring both insert the Monitoring section): it is
 * applied once. Used by {@code rubric check --fix} and the language server's fix-all action.
 */
public final class FixPlanner {
    private FixPlanner() {
    }

    public static List<TextEdit> safeEdits(List<Diagnostic> diagnostics) {
        List<TextEdit> edits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            for (Fix f : d.fixes()) {
                if (!f.safe()) continue;
                // an edit already planned (the same section offered by two findings) is planned
                // once; the fix's other edits still count
                for (TextEdit e : f.edits()) {
                    if (seen.add(e.range().startOffset() + ":" + e.range().endOffset() + ":" + e.newText())) edits.add(e);
                }
                break;
            }
        }
        return edits;
    }

    /** Applies edits, keeping the text's line endings (CRLF documents get CRLF insertions). */
    public static String apply(String text, List<TextEdit> edits) {
        if (!text.contains("\r\n")) return FixApplier.apply(text, edits);
        List<TextEdit> crlf = edits.stream()
                .map(e -> new TextEdit(e.range(), e.newText().replace("\r\n", "\n").replace("\n", "\r\n")))
                .toList();
        return FixApplier.apply(text, crlf);
    }
}
