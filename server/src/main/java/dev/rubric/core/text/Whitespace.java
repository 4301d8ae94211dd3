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
        StringBuilder sb = null;
        int n = s.length();
        int copied = 0; // s[copied, i) is still to be appended, in one piece
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) continue;
            int j = i + 1;
            while (j < n && isRegexSpace(s.charAt(j))) j++;
            if (c == ' ' && j == i + 1) continue; // a lone space is already folded
            if (sb == null) sb = new StringBuilder(n);
            sb.append(s, copied, i).append(' ');
            copied = j;
            i = j - 1;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
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
