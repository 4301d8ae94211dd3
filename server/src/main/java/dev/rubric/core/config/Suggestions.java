package dev.rubric.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt keys, rule ids, severities and template ids. */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code input} by edit distance (ignoring case), if it is close
     * enough to be a plausible typo: at most 2 edits, or a third of the candidate's length for
     * long ids, so "rulez" suggests "rules" but "foo" suggests nothing. Ties go to the earlier
     * candidate, so callers pass candidates in a stable order.
     */
    static Optional<String> closest(String input, Collection<String> candidates) {
        String needle = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(needle, candidate.toLowerCase(Locale.ROOT));
            int allowed = Math.max(2, candidate.length() / 3);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "did you mean 'x'? {label}: a, b, c" or just "{label}: a, b, c" when nothing is close. */
    static String hint(String input, Collection<String> candidates, String label) {
        String list = label + ": " + String.join(", ", candidates);
        return closest(input, candidates).map(c -> didYouMean(c) + " " + list).orElse(list);
    }

    static String didYouMean(String candidate) {
        return "did you mean '" + candidate + "'?";
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
