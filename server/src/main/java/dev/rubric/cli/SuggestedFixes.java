package dev.rubric.cli;

import dev.rubric.core.fix.Fix;
import dev.rubric.core.rule.Diagnostic;
import java.util.List;

/**
 * The fixes worth proposing outside an editor: those that change the document. Suppression
 * comments are offered as fixes in the editor, but they hide a finding rather than resolve it,
 * so a CI report or a review page does not suggest them.
 */
final class SuggestedFixes {
    private static final String SUPPRESSION_MARK = "<!-- rubric-disable";

    private SuggestedFixes() {
    }

    static List<Fix> of(Diagnostic diagnostic) {
        return diagnostic.fixes().stream().filter(f -> !isSuppression(f)).toList();
    }

    static boolean isSuppression(Fix fix) {
        return !fix.edits().isEmpty() && fix.edits().stream().allMatch(e -> e.newText().strip().startsWith(SUPPRESSION_MARK));
    }
}
