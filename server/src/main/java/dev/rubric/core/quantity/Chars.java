package dev.rubric.core.quantity;

/**
 * Character classes and small bounded scans shared by the quantity scanners.
 *
 * <p>Every scan here takes an explicit bound (a maximum number of characters to skip or read) so that
 * no lookahead or lookbehind can grow with the length of the text: that is what keeps the parser linear.
 */
final class Chars {
    /** Longest letter run we are willing to look up as a unit or context word. */
    static final int MAX_TOKEN = 32;

    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters of any script; includes the micro sign and Greek mu used in "µs". */
    static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    static boolean isLetterOrDigit(char c) {
        return isDigit(c) || Character.isLetter(c);
    }

    /** Characters that glue tokens into one identifier: "x86_64", "H100", "int8". */
    static boolean isWordChar(char c) {
        return isDigit(c) || c == '_' || Character.isLetter(c);
    }

    /** Inline whitespace, including the no-break and thin spaces typographers put between figure and unit. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    /** Hyphens proper (not en/em dashes): the glue of "gpt-4", "RFC-0025", "64-bit". */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Anything that can separate the two ends of a range: hyphen, figure dash, en dash, em dash. */
    static boolean isRangeDash(char c) {
        return isHyphen(c) || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    static char at(CharSequence t, int i) {
        return i >= 0 && i < t.length() ? t.charAt(i) : '\0';
    }

    /** True at the end of the text or before a character that cannot continue a word. */
    static boolean boundary(CharSequence t, int i) {
        return i >= t.length() || !isWordChar(t.charAt(i));
    }

    /** Skips at most {@code max} whitespace characters forward from {@code i}. */
    static int skipSpaces(CharSequence t, int i, int max) {
        int limit = Math.min(t.length(), i + max);
        while (i < limit && isSpace(t.charAt(i))) i++;
        return i;
    }

    /** Skips at most {@code max} whitespace characters backward from {@code i}, never below {@code floor}. */
    static int skipSpacesBack(CharSequence t, int i, int floor, int max) {
        int limit = Math.max(floor, i - max);
        while (i > limit && isSpace(t.charAt(i - 1))) i--;
        return i;
    }

    /** End of the run of letters and digits starting at {@code i}, or -1 if it is longer than {@link #MAX_TOKEN}. */
    static int alnumEnd(CharSequence t, int i) {
        int limit = Math.min(t.length(), i + MAX_TOKEN + 1);
        int e = i;
        while (e < limit && isLetterOrDigit(t.charAt(e))) e++;
        return e - i > MAX_TOKEN ? -1 : e;
    }

    /** End of the run of letters only starting at {@code i}, or -1 if longer than {@link #MAX_TOKEN}. */
    static int lettersEnd(CharSequence t, int i) {
        int limit = Math.min(t.length(), i + MAX_TOKEN + 1);
        int e = i;
        while (e < limit && isLetter(t.charAt(e))) e++;
        return e - i > MAX_TOKEN ? -1 : e;
    }

    /**
     * End of a unit-like token starting at {@code i}: letters and digits, plus hyphen-joined parts that start
     * with a letter ("GPU-hours", "ms-level"). -1 if too long.
     */
    static int tokenEnd(CharSequence t, int i) {
        int e = alnumEnd(t, i);
        while (e > 0 && e + 1 < t.length() && isHyphen(t.charAt(e)) && isLetter(t.charAt(e + 1))) {
            int next = alnumEnd(t, e + 1);
            if (next < 0 || next - i > MAX_TOKEN) return -1;
            e = next;
        }
        return e;
    }

    /** Start of the word (letters and digits) that ends at {@code end}, looking back at most {@link #MAX_TOKEN}. */
    static int wordStartBack(CharSequence t, int end, int floor) {
        int limit = Math.max(floor, end - MAX_TOKEN);
        int s = end;
        while (s > limit && isLetterOrDigit(t.charAt(s - 1))) s--;
        return s;
    }

    /** Lower-cases a character, with a fast path for ASCII (this runs on every token looked up). */
    static char toLower(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(c);
    }

    /** Case-insensitive match of {@code s} at {@code i}. */
    static boolean matchesIgnoreCase(CharSequence t, int i, String s) {
        if (i < 0 || i + s.length() > t.length()) return false;
        for (int k = 0; k < s.length(); k++) {
            char a = t.charAt(i + k);
            char b = s.charAt(k);
            if (a != b && toLower(a) != toLower(b)) return false;
        }
        return true;
    }

    /** Case-insensitive match of the whole word {@code w} at {@code i} (not followed by a word character). */
    static boolean wordAt(CharSequence t, int i, String w) {
        return matchesIgnoreCase(t, i, w) && boundary(t, i + w.length());
    }

    /** True if, after one space, the next word is {@code w}: used for "100s of", "2 orders of magnitude". */
    static boolean nextWordIs(CharSequence t, int i, String w) {
        int k = skipSpaces(t, i, 1);
        return k > i && wordAt(t, k, w);
    }
}
