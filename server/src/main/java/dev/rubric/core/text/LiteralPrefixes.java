package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The literal strings every match of a regular expression must start with: for
 * {@code \b(?:roll(?:ed)?[- ]?back|canar(?:y|ies))\b} that is "rollb", "roll-", "roll ", "rolle",
 * "canar". Only a subset of java.util.regex syntax is understood; anything else ends a prefix
 * (which keeps the set sound: a shorter prefix only admits more positions), and a construct
 * that could change how the rest is read (inline flags, quoting, back references to
 * unknown text) gives up altogether.
 *
 * <p>Sound, not exact: the set may admit positions where the expression does not match, never
 * the reverse. {@link FastPattern} uses it to run the expression only where a match can start.
 */
final class LiteralPrefixes {
    /** Longer prefixes would filter little better and multiply the alternatives. */
    static final int MAX_LENGTH = 6;
    /** More prefixes than this and the expression is too open to be worth filtering. */
    static final int MAX_PREFIXES = 4096;
    /** A character class of at most this many characters is expanded into alternatives. */
    private static final int MAX_CLASS_CHARS = 10;

    private LiteralPrefixes() {
    }

    /**
     * The prefixes, folded ({@link #fold(String)}) when {@code caseInsensitive}; empty when the expression can match
     * without a literal start (it may start with {@code \d}, {@code .}, or match the empty
     * string) or is not understood.
     */
    static Optional<Set<String>> of(String regex, boolean caseInsensitive) {
        return starts(regex, caseInsensitive).map(Map::keySet);
    }

    /**
     * The prefixes as {@link #of} gives them, each with whether a match can start with it only
     * at a word boundary: every way through the expression to it passes {@code \b} before any
     * character, and it starts with an ASCII letter, digit or underscore. (A text position
     * where such a prefix starts after another ASCII word character is then no match's start:
     * java.util.regex sees no boundary between two of them, whichever version's definition of a
     * word character it uses.)
     */
    static Optional<Map<String, Boolean>> starts(String regex, boolean caseInsensitive) {
        try {
            List<Node> seq = new Parser(regex).parseAll();
            Map<String, Boolean> out = new LinkedHashMap<>();
            expand(seq, 0, null, "", false, out);
            if (out.containsKey("")) return Optional.empty();
            Map<String, Boolean> folded = new LinkedHashMap<>();
            for (Map.Entry<String, Boolean> e : out.entrySet()) {
                String prefix = caseInsensitive ? fold(e.getKey()) : e.getKey();
                boolean onlyAtBoundary = e.getValue() && TextChars.isAsciiWordChar(prefix.charAt(0));
                folded.merge(prefix, onlyAtBoundary, Boolean::logicalAnd);
            }
            return Optional.of(folded);
        } catch (Unsupported | TooMany e) {
            return Optional.empty();
        }
    }

    /**
     * Lower-cases character by character, as {@link FastPattern} folds the text: equal
     * characters, and ASCII letters equal but for case, fold to the same character.
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(fold(s.charAt(i)));
        return b.toString();
    }

    static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(c);
    }

    // ---- prefix expansion over the parsed expression ----

    /** What follows the end of a group: the rest of the enclosing sequence, then its own continuation. */
    private record Continuation(List<Node> seq, int index, Continuation next) {
    }

    /** Where a repeated atom's single copy ends: the prefix stops there. */
    private static final Continuation STOP = new Continuation(List.of(), 0, null);

    /** @param atBoundary whether this way through the expression passed {@code \b} before any character */
    private static void expand(List<Node> seq, int i, Continuation cont, String acc, boolean atBoundary, Map<String, Boolean> out) {
        if (acc.length() >= MAX_LENGTH) {
            add(out, acc, atBoundary);
            return;
        }
        if (i == seq.size()) {
            if (cont == null || cont == STOP) add(out, acc, atBoundary);
            else expand(cont.seq(), cont.index(), cont.next(), acc, atBoundary, out);
            return;
        }
        Node node = seq.get(i);
        if (node instanceof Literal lit) {
            expand(seq, i + 1, cont, acc + lit.ch(), atBoundary, out);
        } else if (node instanceof ZeroWidth zw) {
            expand(seq, i + 1, cont, acc, atBoundary || zw.wordBoundary() && acc.isEmpty(), out);
        } else if (node instanceof CharSet set) {
            for (char c : set.chars().toCharArray()) expand(seq, i + 1, cont, acc + c, atBoundary, out);
        } else if (node instanceof Group g) {
            Continuation after = new Continuation(seq, i + 1, cont);
            for (List<Node> alternative : g.alternatives()) expand(alternative, 0, after, acc, atBoundary, out);
        } else if (node instanceof Repeat r) {
            // one copy of the atom must come first unless it may be absent; after that copy
            // more copies or the rest may follow, so the prefix stops there
            if (r.min() == 0) expand(seq, i + 1, cont, acc, atBoundary, out);
            if (r.max() != 0) expand(List.of(r.atom()), 0, STOP, acc, atBoundary, out);
        } else {
            add(out, acc, atBoundary); // opaque: the literal part ends here
        }
    }

    /** A prefix reached more than one way needs a boundary only if every way needs one. */
    private static void add(Map<String, Boolean> out, String prefix, boolean atBoundary) {
        out.merge(prefix, atBoundary, Boolean::logicalAnd);
        if (out.size() > MAX_PREFIXES) throw new TooMany();
    }

    // ---- a parser for the subset of the syntax that matters here ----

    private sealed interface Node permits Literal, ZeroWidth, CharSet, Opaque, Group, Repeat {
    }

    private record Literal(char ch) implements Node {
    }

    /** Matches without consuming: \b, ^, $, look-arounds. */
    private record ZeroWidth(boolean wordBoundary) implements Node {
        static final ZeroWidth OTHER = new ZeroWidth(false);
        static final ZeroWidth WORD_BOUNDARY = new ZeroWidth(true);
    }

    /** One of a few known characters: [- ], \., ... */
    private record CharSet(String chars) implements Node {
    }

    /** Consumes something that is not a known literal: ., \d, \w, a large or negated class. */
    private record Opaque() implements Node {
    }

    private record Group(List<List<Node>> alternatives) implements Node {
    }

    /** max −1 means unbounded. */
    private record Repeat(Node atom, int min, int max) implements Node {
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        private final String re;
        private int pos;

        Parser(String re) {
            this.re = re;
        }

        List<Node> parseAll() {
            List<List<Node>> alternatives = alternatives();
            if (pos != re.length()) throw new Unsupported();
            return alternatives.size() == 1 ? alternatives.get(0) : List.of(new Group(alternatives));
        }

        private List<List<Node>> alternatives() {
            List<List<Node>> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alternatives.add(sequence());
            }
            return alternatives;
        }

        private List<Node> sequence() {
            List<Node> seq = new ArrayList<>();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Node atom = atom();
                seq.add(quantified(atom));
            }
            return seq;
        }

        private Node quantified(Node atom) {
            if (pos >= re.length()) return atom;
            char c = re.charAt(pos);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unsupported();
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0].trim());
                    max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                return atom;
            }
            // lazy and possessive forms match the same strings
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
            if (atom instanceof ZeroWidth) return atom;
            return new Repeat(atom, min, max);
        }

        private Node atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '.':
                    return new Opaque();
                case '^':
                case '$':
                    return ZeroWidth.OTHER;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported(); // a quantifier with nothing to repeat
                default:
                    return new Literal(c);
            }
        }

        private Node group() {
            boolean zeroWidth = false;
            if (re.startsWith("?:", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) throw new Unsupported();
                pos = close + 1; // a named group
            } else if (pos < re.length() && re.charAt(pos) == '?') {
                throw new Unsupported(); // inline flags, atomic groups: not worth reading
            }
            List<List<Node>> alternatives = alternatives();
            if (pos >= re.length() || re.charAt(pos) != ')') throw new Unsupported();
            pos++;
            return zeroWidth ? ZeroWidth.OTHER : new Group(alternatives);
        }

        private Node escape() {
            if (pos >= re.length()) throw new Unsupported();
            char e = re.charAt(pos++);
            return switch (e) {
                case 'b' -> ZeroWidth.WORD_BOUNDARY;
                case 'B', 'A', 'z', 'Z', 'G' -> ZeroWidth.OTHER;
                // java.util.regex's \d and \s without UNICODE_CHARACTER_CLASS (which FastPattern does not filter)
                case 'd' -> new CharSet("0123456789");
                case 's' -> new CharSet(" \t\n\013\f\r");
                case 'D', 'w', 'W', 'S', 'h', 'H', 'v', 'V', 'R', 'X' -> new Opaque();
                case 'p', 'P' -> {
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        int close = re.indexOf('}', pos);
                        if (close < 0) throw new Unsupported();
                        pos = close + 1;
                    } else {
                        pos++;
                    }
                    yield new Opaque();
                }
                case 't' -> new Literal('\t');
                case 'n' -> new Literal('\n');
                case 'r' -> new Literal('\r');
                case 'f' -> new Literal('\f');
                default -> {
                    if (Character.isLetterOrDigit(e)) throw new Unsupported(); // quoting, back references, hex and unicode escapes
                    yield new Literal(e);
                }
            };
        }

        private Node charClass() {
            boolean negated = pos < re.length() && re.charAt(pos) == '^';
            if (negated) pos++;
            StringBuilder chars = new StringBuilder();
            boolean opaque = negated;
            boolean first = true;
            while (pos < re.length() && (re.charAt(pos) != ']' || first)) {
                first = false;
                char c = re.charAt(pos++);
                if (c == '[' || c == '&') throw new Unsupported(); // nested classes, intersections
                if (c == '\\') {
                    if (pos >= re.length()) throw new Unsupported();
                    char e = re.charAt(pos++);
                    if (Character.isLetterOrDigit(e)) {
                        if (e == 'p' || e == 'P') {
                            int close = re.indexOf('}', pos);
                            if (close < 0) throw new Unsupported();
                            pos = close + 1;
                        }
                        opaque = true; // \d, \w, \s, \p{..} inside a class
                        continue;
                    }
                    c = e;
                }
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    // a range: skip its end (which may be escaped) and give up on listing it
                    pos++;
                    if (re.charAt(pos) == '\\') pos++;
                    pos++;
                    opaque = true;
                    continue;
                }
                chars.append(c);
            }
            if (pos >= re.length()) throw new Unsupported();
            pos++; // ']'
            if (opaque || chars.length() == 0 || chars.length() > MAX_CLASS_CHARS) return new Opaque();
            return new CharSet(chars.toString());
        }
    }
}
