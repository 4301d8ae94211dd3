package dev.rubric.core.text;

/**
 * Whitespace folding without a regex: {@code String.replaceAll} compiles its expression on
 * every call, which the rules' per-figure and per-unit calls paid for again and again.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * Exactly {@code s.replaceAll("\\s+", " ")}: runs of space, tab, line feed, vertical tab,
     * form feed and carriage return become one space; nothing is trimmed.
     */
    public static String collapse(String s) {
        int n = s.length();
        int i = 0;
        // most of a text is copied as it is: find where the first fold is needed
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1)))) break;
            i++;
        }
        if (i == n) return s;
        // folded in place in a copy: an array read is cheaper than String.charAt, and a
        // StringBuilder's append of a String's part copies it a character at a time
        char[] chars = s.toCharArray();
        int written = i;
        while (i < n) {
            char c = chars[i++];
            if (isRegexSpace(c)) {
                while (i < n && isRegexSpace(chars[i])) i++;
                c = ' ';
            }
            chars[written++] = c;
        }
        return new String(chars, 0, written);
    }

    /** The column after a space or a tab at {@code column}: CommonMark's tab stops are 4 columns apart. */
    public static int columnAfter(int column, char blank) {
        return blank == '\t' ? column + 4 - column % 4 : column + 1;
    }

    /** The characters of java.util.regex's {@code \s} without UNICODE_CHARACTER_CLASS. */
    public static boolean isRegexSpace(char c) {
        // one comparison for the characters of words, which are almost all of them
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
    }
}
