package dev.rubric.core.analysis;

import dev.rubric.core.rule.Evidence;
import java.util.ArrayList;
import java.util.List;

/** What a concern check found: evidence that satisfies it, and candidates it rejected (with why). */
public final class ConcernFinding {
    private final List<Evidence> accepted = new ArrayList<>();
    private final List<Evidence> rejected = new ArrayList<>();
    private static final int KEEP = 8;

    public void accept(Evidence e) {
        if (accepted.size() < KEEP) accepted.add(e);
    }

    public void reject(Evidence e) {
        if (rejected.size() < KEEP) rejected.add(e);
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
