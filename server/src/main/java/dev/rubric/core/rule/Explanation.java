package dev.rubric.core.rule;

import java.util.List;

/**
 * Why a document-level check passed or failed: the evidence that satisfied it, or the
 * reason none did (including evidence that was considered and rejected).
 */
public record Explanation(String rule, boolean satisfied, String summary, List<Evidence> evidence, List<Evidence> rejected) {
    public Explanation {
        evidence = List.copyOf(evidence);
        rejected = List.copyOf(rejected);
    }
}
