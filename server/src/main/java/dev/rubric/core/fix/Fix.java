package dev.rubric.core.fix;

import java.util.List;

/**
 * A change that resolves a finding, as text edits on the document it was computed for.
 *
 * @param title what the fix does, as shown to the user ("Insert 'Monitoring' section")
 * @param edits non-overlapping edits
 * @param safe  whether {@code rubric check --fix} may apply it unattended: it only adds a
 *              scaffold, never removes the author's words. Suppressions are not safe: they
 *              hide a finding rather than fix it, so only a person applies them.
 */
public record Fix(String title, List<TextEdit> edits, boolean safe) {
    public Fix {
        edits = List.copyOf(edits);
    }
}
