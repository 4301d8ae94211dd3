package dev.rubric.core.text;

/**
 * Lines that open a block of their own in CommonMark, read from a position in a text (the
 * caller decides how much indentation it allows before it): no paragraph runs across them.
 */
public final class BlockLines {
    private BlockLines() {
    }

    /** 1–6 '#' from {@code at}, then a space, a tab or the line's end ({@code end}): an ATX heading. */
    public static boolean isAtxHeading(String text, int at, int end) {
        int n = run(text, at, end, '#');
        if (n < 1 || n > 6) return false;
        return at + n == end || text.charAt(at + n) == ' ' || text.charAt(at + n) == '\t';
    }

    /** A code fence's marker from {@code at}: three or more '`' with no '`' after them on the line, or three or more '~'. */
    public static boolean isFence(String text, int at, int end) {
        if (at >= end) return false;
        char c = text.charAt(at);
        if (c != '`' && c != '~') return false;
        int n = run(text, at, end, c);
        if (n < 3) return false;
        if (c == '~') return true;
        int backtick = text.indexOf('`', at + n);
        return backtick < 0 || backtick >= end;
    }

    /** Three or more '-', '*' or '_' alike from {@code at} to the line's end ({@code end}), spaces and tabs between them allowed: a thematic break. */
    public static boolean isThematicBreak(String text, int at, int end) {
        if (at >= end) return false;
        char c = text.charAt(at);
        if (c != '-' && c != '*' && c != '_') return false;
        int marks = 0;
        for (int i = at; i < end; i++) {
            char d = text.charAt(i);
            if (d == c) marks++;
            else if (d != ' ' && d != '\t') return false;
        }
        return marks >= 3;
    }

    /**
     * A run of '=' or of '-' from {@code at}, then only spaces and tabs to {@code end}: right
     * under a line of a paragraph, it ends the paragraph, which becomes a heading (a setext
     * underline).
     */
    public static boolean isSetextUnderline(String text, int at, int end) {
        if (at >= end) return false;
        char c = text.charAt(at);
        if (c != '=' && c != '-') return false;
        int i = at + run(text, at, end, c);
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i == end;
    }

    /** How many {@code c} in a row from {@code from}, before {@code end}. */
    public static int run(String text, int from, int end, char c) {
        int i = from;
        while (i < end && text.charAt(i) == c) i++;
        return i - from;
    }
}
