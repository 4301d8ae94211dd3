package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.List;

/** A text cut into lines without a regular expression. */
public final class Lines {
    private Lines() {
    }

    /**
     * The lines of {@code text}, exactly as {@code text.split("\\R")} gives them: cut at every
     * line terminator ({@code \r\n} counting as one), trailing empty lines dropped, and a text
     * with no terminator returned whole. Code blocks are read line by line on every lint, and
     * the regex search for {@code \R} tried its alternatives at every character.
     */
    public static String[] of(String text) {
        List<String> lines = null;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isTerminator(c)) continue;
            if (lines == null) lines = new ArrayList<>();
            lines.add(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        if (lines == null) return new String[] {text};
        lines.add(text.substring(start));
        int kept = lines.size();
        while (kept > 0 && lines.get(kept - 1).isEmpty()) kept--;
        return lines.subList(0, kept).toArray(new String[0]);
    }

    /** What {@code \R} matches a character of: \n, \u000B, \f, \r, \u0085, \u2028, \u2029. */
    private static boolean isTerminator(char c) {
        return c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
