package dev.rubric.core.analysis;

import dev.rubric.core.rule.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * What a concern check found: evidence that satisfies it, and candidates it rejected (with why).
 *
 * <p>A lint only needs to know whether a concern is addressed, so its finding is {@link
 * #firstOnly() first-only}: once one piece of evidence is accepted the search is {@link #enough()
 * over}. The full list, which {@code --explain} and hover show, is gathered by a second,
 * {@link #complete() complete} search when one of them asks.
 */
public final class ConcernFinding {
    private static final int KEEP = 8;
    private final List<Evidence> accepted = new ArrayList<>();
    private final List<Evidence> rejected = new ArrayList<>();
    private final boolean stopAtFirst;

    private ConcernFinding(boolean stopAtFirst) {
        this.stopAtFirst = stopAtFirst;
    }

    /** A finding whose search may stop at the first accepted evidence. */
    public static ConcernFinding firstOnly() {
        return new ConcernFinding(true);
    }

    /** A finding that gathers all the evidence (up to {@value #KEEP} of each kind). */
    public static ConcernFinding complete() {
        return new ConcernFinding(false);
    }

    public void accept(Evidence e) {
        if (accepted.size() < KEEP) accepted.add(e);
    }

    public void reject(Evidence e) {
        if (rejected.size() < KEEP) rejected.add(e);
    }

    /**
     * Whether the search may stop: a first-only finding once it holds evidence. A search that is
     * not over read the whole document, so an unsatisfied finding is always complete.
     */
    public boolean enough() {
        return stopAtFirst && !accepted.isEmpty();
    }

    public boolean satisfied() {
        return !accepted.isEmpty();
    }

    public List<Evidence> accepted() {
        return accepted;
    }

    public List<Evidence> rejected() {
        return rejected;
    }
}
