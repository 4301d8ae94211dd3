package dev.rubric.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits prose into sentences at '.', '!' or '?' followed by white space and a capital,
 * digit, quote or bracket — but not after common abbreviations ("e.g.", "vs.") or inside
 * decimals ("1.5") and version numbers.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "cf", "mr", "mrs", "dr", "al", "resp", "incl", "u.s");
    /**
     * Abbreviations that are also words a sentence ends with ("the answer is no.", "within
     * 5 min."): abbreviations only when a number follows ("No. 5", "Fig. 3", "approx. 40").
     */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "no", "fig", "eq", "sec", "min", "max", "avg", "est", "ca", "approx");

    private SentenceSplitter() {
    }

    /** Returns [start, end) pairs relative to the text, trimmed of surrounding white space. */
    public static List<int[]> split(CharSequence text) {
        return split(text, text);
    }

    /**
     * Splits masked prose (code spans, URLs, HTML blanked to spaces) at the same offsets as its
     * source: boundaries are found in {@code text}, but whether the next sentence opens is read
     * from {@code source}, so "Done. `Foo` is next." splits before the code span.
     */
    public static List<int[]> split(CharSequence text, CharSequence source) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        String searched = text.toString();
        // the candidates, '.', '!' and '?', found with String.indexOf: the rest of the text is not visited
        int nextStop = searched.indexOf('.');
        int nextBang = searched.indexOf('!');
        int nextQuestion = searched.indexOf('?');
        while (true) {
            int i = earliest(nextStop, earliest(nextBang, nextQuestion));
            if (i < 0) break;
            char c = searched.charAt(i);
            if (c == '.') nextStop = searched.indexOf('.', i + 1);
            else if (c == '!') nextBang = searched.indexOf('!', i + 1);
            else nextQuestion = searched.indexOf('?', i + 1);
            int after = i + 1;
            while (after < n && (text.charAt(after) == '"' || text.charAt(after) == '\'' || text.charAt(after) == ')'
                    || text.charAt(after) == '*' || text.charAt(after) == '_' || text.charAt(after) == '”')) after++;
            if (after >= n || !Character.isWhitespace(text.charAt(after))) continue;
            int next = after;
            while (next < n && Character.isWhitespace(text.charAt(next))) next++;
            if (next >= n) break;
            int firstSource = after;
            while (firstSource < next && Character.isWhitespace(source.charAt(firstSource))) firstSource++;
            char following = source.charAt(firstSource);
            boolean opensSentence = Character.isUpperCase(following) || Character.isDigit(following)
                    || following == '"' || following == '(' || following == '[' || following == '*' || following == '`' || following == '“'
                    || following == '!' || following == '<';
            if (!opensSentence) continue;
            if (c == '.' && isAbbreviation(text, i, Character.isDigit(following))) continue;
            addTrimmed(spans, text, start, after);
            start = next;
        }
        addTrimmed(spans, text, start, n);
        return spans;
    }

    /** The smaller of two positions, where −1 means none. */
    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static boolean isAbbreviation(CharSequence text, int dot, boolean numberFollows) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.subSequence(s, dot).toString().toLowerCase();
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word)) return true;
        if (BEFORE_NUMBERS.contains(word)) return numberFollows;
        // single capital letters ("J. Smith") and dotted initialisms ("U.S.")
        return word.length() == 1 && Character.isUpperCase(text.charAt(s)) || word.indexOf('.') >= 0;
    }

    private static void addTrimmed(List<int[]> spans, CharSequence text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) spans.add(new int[] {start, end});
    }
}
