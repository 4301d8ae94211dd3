package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An expression read as a choice between alternatives: {@code a|b|c}, or a group of them with
 * at most a {@code \b} before it and anything after it ({@code \b(?:a|b|c)\b}). Each
 * alternative, with what is before and after the group, is an expression on its own; where one
 * of them matches first at a position, in the order written, the whole expression matches as it
 * does. Only that shape is read; anything else (a quantified group, a capturing one, text before
 * the group that could match in more than one way) is not split.
 */
record Alternatives(List<String> expressions) {

    /** The expressions, one per alternative in order, or empty when the expression does not have the shape. */
    static Optional<Alternatives> of(String regex) {
        List<String> top = splitAtBars(regex, 0, regex.length());
        if (top == null) return Optional.empty();
        if (top.size() > 1) return Optional.of(new Alternatives(wrapped("", top, "")));
        String prefix;
        if (regex.startsWith("(?:")) {
            prefix = "";
        } else if (regex.startsWith("\\b(?:")) {
            prefix = "\\b";
        } else {
            return Optional.empty();
        }
        int open = prefix.length();
        int close = closingParenthesis(regex, open);
        if (close < 0) return Optional.empty();
        String suffix = regex.substring(close + 1);
        // a quantifier on the group repeats the choice: not one alternative then the rest
        if (!suffix.isEmpty() && "?*+{".indexOf(suffix.charAt(0)) >= 0) return Optional.empty();
        List<String> inner = splitAtBars(regex, open + 3, close);
        if (inner == null || inner.size() < 2) return Optional.empty();
        return Optional.of(new Alternatives(wrapped(prefix, inner, suffix)));
    }

    private static List<String> wrapped(String prefix, List<String> alternatives, String suffix) {
        List<String> out = new ArrayList<>(alternatives.size());
        for (String a : alternatives) out.add(prefix + "(?:" + a + ")" + suffix);
        return out;
    }

    /**
     * The parts of {@code regex[from, to)} between bars outside groups and character classes;
     * null when the text has a construct this reader does not follow (quoting) or is unbalanced.
     */
    private static List<String> splitAtBars(String regex, int from, int to) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int partStart = from;
        for (int i = from; i < to; i = afterAtom(regex, i, to)) {
            if (i < 0) return null;
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) return null;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(partStart, i));
                partStart = i + 1;
            }
        }
        if (depth != 0) return null;
        parts.add(regex.substring(partStart, to));
        return parts;
    }

    /** The index of the ')' closing the group opened at {@code open}; −1 if none. */
    private static int closingParenthesis(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = afterAtom(regex, i, regex.length())) {
            if (i < 0) return -1;
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the next character to read is after the one at {@code i}: past an escape's
     * character, past a whole character class; −1 for quoting ({@code \Q}, not followed here) and
     * for a class that does not close before {@code to}.
     */
    private static int afterAtom(String regex, int i, int to) {
        char c = regex.charAt(i);
        if (c == '\\') return i + 1 < to && regex.charAt(i + 1) == 'Q' ? -1 : i + 2;
        if (c != '[') return i + 1;
        int end = classEnd(regex, i, to);
        return end < 0 ? -1 : end + 1;
    }

    /**
     * The index of the ']' closing the character class opened at {@code open}: java.util.regex
     * reads a ']' right after "[" or "[^" as a character, escapes, and nested classes.
     */
    private static int classEnd(String regex, int open, int to) {
        int i = open + 1;
        if (i < to && regex.charAt(i) == '^') i++;
        if (i < to && regex.charAt(i) == ']') i++;
        for (; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i, to);
                if (i < 0) return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }
}
