package dev.rubric.core.model;

/**
 * Reads a link label ({@code [foo]}) as Flexmark's expression
 * {@code ^\[(?:[^\\\[\]]|\\<escapable>|\\){0,999}\]} does, in one pass instead of by backtracking.
 *
 * <p>The expression has two ways to read a backslash before an escapable character (an escape, or
 * a lone backslash and then the character), so when a label does not close, the regex engine
 * tries every combination: {@code "["} and then 40 times {@code "\*"} takes it minutes, and a
 * paragraph of a document being typed in could hold an analysis worker for good.
 *
 * <p>This gives the expression's first match: the one its greedy, left-first choices reach.
 * Those choices only differ at a backslash before an escapable character, where the escape is
 * taken whenever a closing bracket is still reachable after it within the unit limit; how many
 * units each position needs at least to reach a closing bracket is worked out backwards first.
 * It is worked out only for labels that hold a backslash: a label without one has a single way
 * to be read.
 */
final class LinkLabels {
    /** Flexmark's limit on the units (characters, escapes) between a label's brackets. */
    static final int MAX_UNITS = 999;
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";
    private static final int UNREACHABLE = Integer.MAX_VALUE / 2;

    private LinkLabels() {
    }

    /** The length of the label at {@code start} in {@code text}, brackets included; 0 if none starts there. */
    static int length(CharSequence text, int start) {
        return length(text, start, MAX_UNITS);
    }

    /** As {@link #length(CharSequence, int)}, with at most {@code maxUnits} units between the brackets (tests compare small limits with the expression). */
    static int length(CharSequence text, int start, int maxUnits) {
        int n = text.length();
        if (start >= n || text.charAt(start) != '[') return 0;
        int from = start + 1;
        // a label without a backslash has one reading: its first unescaped bracket decides
        int units = 0;
        for (int i = from; i < n && units <= maxUnits; units++) {
            char c = text.charAt(i);
            if (c == ']') return i + 1 - start;
            if (c == '[') return 0;
            if (c == '\\') return withBackslashes(text, start, maxUnits);
            i += step(text, i);
        }
        return 0;
    }

    private static int withBackslashes(CharSequence text, int start, int maxUnits) {
        int from = start + 1;
        int last = lastReachable(text, from, maxUnits);
        int[] need = unitsToClose(text, from, last);
        if (need[0] > maxUnits) return 0;
        int i = from;
        for (int used = 0; ; used++) {
            char c = text.charAt(i);
            if (c == ']') return i + 1 - start;
            if (c == '\\' && i + 1 <= last && isEscapable(text.charAt(i + 1))
                    && needAt(need, from, last, i + 2) <= maxUnits - used - 1) {
                i += 2; // the escape, since the label still closes after it
            } else {
                i += step(text, i);
            }
        }
    }

    /**
     * The last position a reading of the label can reach: a unit takes at most two characters,
     * and no unit steps over a bracket that no backslash precedes (only an escape consumes a
     * bracket), so the count below covers the label's own span, not the 2,000 characters after
     * every label with a backslash.
     */
    private static int lastReachable(CharSequence text, int from, int maxUnits) {
        int limit = (int) Math.min(text.length() - 1L, from + 2L * maxUnits);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == ']' || c == '[') && (i == from || text.charAt(i - 1) != '\\')) return i;
        }
        return limit;
    }

    /** For each position from {@code from} to {@code last}: the fewest units that reach a closing bracket from there. */
    private static int[] unitsToClose(CharSequence text, int from, int last) {
        int[] need = new int[last - from + 1];
        for (int i = last; i >= from; i--) {
            char c = text.charAt(i);
            int best;
            if (c == ']') {
                best = 0;
            } else if (c == '[') {
                best = UNREACHABLE;
            } else if (c == '\\') {
                best = 1 + needAt(need, from, last, i + 1);
                if (i + 1 <= last && isEscapable(text.charAt(i + 1))) best = Math.min(best, 1 + needAt(need, from, last, i + 2));
            } else {
                best = 1 + needAt(need, from, last, i + step(text, i));
            }
            need[i - from] = Math.min(best, UNREACHABLE);
        }
        return need;
    }

    private static int needAt(int[] need, int from, int last, int i) {
        return i > last ? UNREACHABLE : need[i - from];
    }

    /** Characters in the unit at {@code i} when it is not a backslash: a surrogate pair is one character to the expression. */
    private static int step(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    private static boolean isEscapable(char c) {
        return ESCAPABLE.indexOf(c) >= 0;
    }
}
