package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A java.util.regex pattern that finds the same matches faster when every match starts with
 * one of a set of literals ({@link LiteralPrefixes}). {@code Matcher.find} tries the whole
 * expression at every position of the text; the rules' vocabularies are alternations of
 * dozens of phrases, so that costs dozens of comparisons per character. Here a trie of the
 * literal starts is walked instead, and the expression is tried only where one begins —
 * {@code lookingAt} with transparent bounds, so {@code \b} and look-behinds still see the
 * text before. Every match starts at such a position, and positions are tried left to right,
 * so the matches are exactly those of {@code find}.
 *
 * <p>An expression whose matches need not start with a literal is run as it is.
 */
public final class FastPattern {
    private final Pattern pattern;
    /** Null when the expression has no literal starts to look for. */
    private final Trie starts;
    /**
     * One matcher per thread ({@link PerThread}), reset for each text: building a Matcher allocates its group and
     * loop state, which for the rules' large expressions cost more than the search itself.
     */
    private final PerThread<Matcher> matchers;
    /**
     * For an expression that is a choice of alternatives ({@link Alternatives}), one expression
     * per alternative: at a start, only the alternatives that can begin there are tried, in
     * order, instead of the whole choice (dozens of branches for the rules' vocabularies). Null:
     * the whole expression is tried.
     */
    private final Pattern[] alternatives;
    /** This thread's matchers of the alternatives, made on first need. */
    private final PerThread<Matcher[]> alternativeMatchers;

    private FastPattern(Pattern pattern, Trie starts, Pattern[] alternatives) {
        this.pattern = pattern;
        this.starts = starts;
        this.matchers = new PerThread<>(() -> searching(pattern));
        this.alternatives = alternatives;
        this.alternativeMatchers = alternatives == null ? null : new PerThread<>(() -> new Matcher[alternatives.length]);
    }

    /** A matcher whose bounds let {@code \b} and look-behinds see the text before its region. */
    private static Matcher searching(Pattern pattern) {
        return pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    }

    public static FastPattern compile(String regex) {
        return compile(regex, 0);
    }

    /** @param flags as for {@link Pattern#compile(String, int)} */
    public static FastPattern compile(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        // Unicode case folding matches characters a per-character lower-casing does not relate
        boolean readable = (flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CASE
                | Pattern.UNICODE_CHARACTER_CLASS)) == 0;
        boolean caseInsensitive = (flags & Pattern.CASE_INSENSITIVE) != 0;
        Optional<Map<String, Boolean>> prefixes = readable ? LiteralPrefixes.starts(regex, caseInsensitive) : Optional.empty();
        if (prefixes.isEmpty()) return new FastPattern(pattern, null, null);
        // without groups, a match found by one alternative's expression is the whole expression's
        List<Map<String, Boolean>> perAlternative = new ArrayList<>();
        Pattern[] alternatives = pattern.matcher("").groupCount() == 0 ? split(regex, flags, caseInsensitive, perAlternative) : null;
        if (alternatives == null) return new FastPattern(pattern, new Trie(List.of(prefixes.get()), caseInsensitive), null);
        return new FastPattern(pattern, new Trie(perAlternative, caseInsensitive), alternatives);
    }

    /** Fewer alternatives than this and the whole choice is tried: little to skip. */
    static final int MIN_ALTERNATIVES = 3;

    /**
     * The expression's alternatives as expressions of their own, each one's literal starts added
     * to {@code starts}; null when it is no choice between enough alternatives, or one of them
     * has no literal start.
     */
    private static Pattern[] split(String regex, int flags, boolean caseInsensitive, List<Map<String, Boolean>> starts) {
        Optional<Alternatives> choice = Alternatives.of(regex);
        if (choice.isEmpty() || choice.get().expressions().size() < MIN_ALTERNATIVES) return null;
        List<String> expressions = choice.get().expressions();
        Pattern[] out = new Pattern[expressions.size()];
        try {
            for (int i = 0; i < out.length; i++) {
                Optional<Map<String, Boolean>> own = LiteralPrefixes.starts(expressions.get(i), caseInsensitive);
                if (own.isEmpty()) return null;
                starts.add(own.get());
                out[i] = Pattern.compile(expressions.get(i), flags);
            }
        } catch (RuntimeException e) {
            // a split this reader got wrong must not break the expression: it is then tried whole
            starts.clear();
            return null;
        }
        return out;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether matches are found alternative by alternative (for tests). */
    boolean splitIntoAlternatives() {
        return alternatives != null;
    }

    /** Whether the expression matches anywhere in the text ({@code matcher(text).find()}). */
    public boolean find(CharSequence text) {
        // no MatchResult: a copy of the groups per call, for a yes or no that most callers want
        return matchFrom(text.toString(), 0) != null;
    }

    /** The leftmost match, as {@code matcher(text).find()} finds it; null when there is none. */
    public MatchResult first(CharSequence text) {
        Matcher m = matchFrom(text.toString(), 0);
        return m == null ? null : m.toMatchResult();
    }

    /** Every match in order, as repeated {@code find()} calls give them. */
    public List<MatchResult> all(CharSequence sequence) {
        String text = sequence.toString();
        List<MatchResult> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            Matcher m = matchFrom(text, from);
            if (m == null) break;
            MatchResult r = m.toMatchResult();
            out.add(r);
            from = r.end() == r.start() ? r.end() + 1 : r.end();
        }
        return out;
    }

    /** This thread's matcher on the text; reset keeps transparent and non-anchoring bounds. */
    private Matcher matcher(CharSequence text) {
        return matchers.get().reset(text);
    }

    /** A matcher holding the first match at or after {@code from}; null when there is none. */
    private Matcher matchFrom(String text, int from) {
        Matcher m = null;
        if (starts == null) {
            m = matcher(text);
            m.region(from, text.length());
            return m.find() ? m : null;
        }
        // the text is read (characters, word starts) once for all the candidates tried in it
        TextChars read = TextChars.of(text);
        for (int p = starts.nextStart(read, from); p >= 0; p = starts.nextStart(read, p + 1)) {
            if (alternatives != null) {
                Matcher found = matchAlternatives(text, read, p);
                if (found != null) return found;
                continue;
            }
            if (m == null) m = matcher(text);
            m.region(p, text.length());
            if (m.lookingAt()) return m;
        }
        return null;
    }

    /**
     * The first, in the order written, of the alternatives that can begin at {@code p} to match
     * there; null if none does. An alternative none of whose starts is at {@code p} cannot match
     * there, so this is the match the whole choice makes at {@code p}.
     */
    private Matcher matchAlternatives(String text, TextChars read, int p) {
        Matcher[] own = alternativeMatchers.get();
        for (int i : starts.alternativesAt(read, p)) {
            Matcher m = own[i];
            if (m == null) own[i] = m = searching(alternatives[i]);
            m.reset(text).region(p, text.length());
            if (m.lookingAt()) return m;
        }
        return null;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /**
     * The literal starts, for a walk from each position of the text. Most of the rules'
     * expressions start with {@code \b} and a word: inside a word (an ASCII word character
     * after another) such a start is no match's start, so the walk tries only word starts
     * there — a fifth of the positions of English prose.
     */
    private static final class Trie {
        private static final int[] NONE = {};
        private final Node root = new Node();
        private final boolean caseInsensitive;
        /** Every start needs a word boundary: a position inside a word is skipped without a lookup. */
        private final boolean onlyAtBoundaries;
        /**
         * Which two ASCII characters a start can begin with, a bit per pair (two longs per first
         * character): most word starts are ruled out by one lookup instead of a walk through
         * nodes spread over memory. A first character that alone ends a start, or whose
         * successor may be beyond ASCII, has all its bits set.
         */
        private final long[] firstPairs = new long[2 * 128];

        /**
         * @param starts per alternative of the expression (one entry: the whole expression), its
         *               literal starts, each with whether it needs a word boundary before it
         */
        Trie(List<Map<String, Boolean>> starts, boolean caseInsensitive) {
            this.caseInsensitive = caseInsensitive;
            boolean all = true;
            for (int alternative = 0; alternative < starts.size(); alternative++) {
                for (Map.Entry<String, Boolean> e : starts.get(alternative).entrySet()) {
                    String w = e.getKey();
                    Node n = root;
                    for (int i = 0; i < w.length(); i++) n = n.add(w.charAt(i), caseInsensitive);
                    if (e.getValue()) {
                        n.atBoundaries = with(n.atBoundaries, alternative);
                    } else {
                        n.anywhere = with(n.anywhere, alternative);
                    }
                    all &= e.getValue();
                    allowPair(w, caseInsensitive);
                }
            }
            this.onlyAtBoundaries = all;
        }

        private static int[] with(int[] alternatives, int alternative) {
            if (alternatives.length > 0 && alternatives[alternatives.length - 1] == alternative) return alternatives;
            int[] more = Arrays.copyOf(alternatives, alternatives.length + 1);
            more[alternatives.length] = alternative;
            return more;
        }

        /**
         * The alternatives (in order, each once) one of whose starts begins at {@code p}: a start
         * that needs a word boundary only where {@code p} is not inside a word.
         */
        int[] alternativesAt(TextChars t, int p) {
            char[] s = t.chars();
            boolean insideWord = p > 0 && TextChars.isAsciiWordChar(s[p - 1]) && TextChars.isAsciiWordChar(s[p]);
            int[] found = NONE;
            int at = p;
            for (Node n = child(root, s[at]); n != null; n = ++at < t.length() ? child(n, s[at]) : null) {
                found = merged(found, n.anywhere);
                if (!insideWord) found = merged(found, n.atBoundaries);
            }
            return found;
        }

        /** The union of two ascending lists, ascending. */
        private static int[] merged(int[] a, int[] b) {
            if (b.length == 0) return a;
            if (a.length == 0) return b;
            int[] out = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.length || j < b.length) {
                int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
                if (n == 0 || out[n - 1] != next) out[n++] = next;
            }
            return Arrays.copyOf(out, n);
        }

        /** Marks the pairs a start lets begin (read from the starts themselves: cheap at class initialisation, where the rules build theirs). */
        private void allowPair(String w, boolean caseInsensitive) {
            char first = w.charAt(0);
            if (first >= 128) return; // ASCII text never folds to it, and other text is walked
            char second = w.length() > 1 ? w.charAt(1) : 0;
            for (char f : cases(first, caseInsensitive)) {
                if (w.length() == 1 || second >= 128) {
                    firstPairs[2 * f] = firstPairs[2 * f + 1] = -1L;
                    continue;
                }
                for (char n : cases(second, caseInsensitive)) firstPairs[2 * f + (n >>> 6)] |= 1L << n;
            }
        }

        /** The character and, for a case-insensitive search of a lower-case ASCII letter, its upper case. */
        private static char[] cases(char c, boolean caseInsensitive) {
            return caseInsensitive && c >= 'a' && c <= 'z' ? new char[] {c, (char) (c - 32)} : new char[] {c};
        }

        /** The first position at or after {@code from} where one of the words starts; −1 if none. */
        int nextStart(TextChars t, int from) {
            char[] s = t.chars();
            int length = t.length();
            if (onlyAtBoundaries) {
                // only a word's start can be one: the text's word starts are listed once for all expressions
                int[] words = t.wordStarts();
                int[] pairs = t.wordPairs();
                int count = t.wordCount();
                for (int w = t.firstWordFrom(from); w < count; w++) {
                    // the pair filter first, from the pairs read once per text: most words end here
                    int pair = pairs[w];
                    if (pair >= 0 && (firstPairs[pair >>> 6] & (1L << pair)) == 0) continue;
                    if (startsAt(s, words[w], length, false)) return words[w];
                }
                return -1;
            }
            boolean afterWordChar = from > 0 && TextChars.isAsciiWordChar(s[from - 1]);
            for (int p = from; p < length; p++) {
                boolean wordChar = TextChars.isAsciiWordChar(s[p]);
                boolean insideWord = afterWordChar && wordChar;
                afterWordChar = wordChar;
                if (startsAt(s, p, length, insideWord)) return p;
            }
            return -1;
        }

        /** Whether one of the words starts at {@code p} (inside a word, or not, as told). */
        private boolean startsAt(char[] s, int p, int length, boolean insideWord) {
            char first = s[p];
            if (first < 128 && p + 1 < length) {
                char next = s[p + 1];
                // (a character beyond ASCII may fold to an ASCII one: those are walked)
                if (next < 128 && (firstPairs[2 * first + (next >>> 6)] & (1L << next)) == 0) return false;
            }
            Node n = child(root, first);
            while (n != null) {
                if (n.starts(insideWord)) return true;
                if (++p == length) return false;
                n = child(n, s[p]);
            }
            return false;
        }

        /** The node under {@code c}; ASCII letters of either case were put under both when the search ignores case. */
        private Node child(Node n, char c) {
            if (c < 128) return n.ascii[c];
            return n.other(caseInsensitive ? LiteralPrefixes.fold(c) : c);
        }

        private static final class Node {
            private static final char[] NO_KEYS = {};
            private static final Node[] NO_NODES = {};
            private final Node[] ascii = new Node[128];
            /** Children under characters beyond ASCII ("≤", "→"): few, so in plain arrays, searched without boxing a key. */
            private char[] otherKeys = NO_KEYS;
            private Node[] otherNodes = NO_NODES;
            /**
             * The alternatives a start ending here begins, ascending: where it needs no word
             * boundary (it may begin inside a word), and where it does. Both empty: no start ends here.
             */
            int[] anywhere = NONE;
            int[] atBoundaries = NONE;

            /** Whether a start ends here that may begin at a position inside a word or not, as told. */
            boolean starts(boolean insideWord) {
                return anywhere.length > 0 || !insideWord && atBoundaries.length > 0;
            }

            /**
             * The child under {@code c} (a folded character when {@code caseInsensitive}), made if
             * missing; an ASCII letter's child is put under its upper case too, so that a walk of
             * ASCII text needs no folding.
             */
            Node add(char c, boolean caseInsensitive) {
                Node n = c < 128 ? ascii[c] : other(c);
                if (n != null) return n;
                n = new Node();
                if (c < 128) {
                    ascii[c] = n;
                    if (caseInsensitive && c >= 'a' && c <= 'z') ascii[c - 32] = n;
                } else {
                    otherKeys = Arrays.copyOf(otherKeys, otherKeys.length + 1);
                    otherNodes = Arrays.copyOf(otherNodes, otherNodes.length + 1);
                    otherKeys[otherKeys.length - 1] = c;
                    otherNodes[otherNodes.length - 1] = n;
                }
                return n;
            }

            /** The child under a character (folded when the search ignores case), which may be ASCII after folding ("İ" → "i"). */
            Node other(char c) {
                if (c < 128) return ascii[c];
                char[] keys = otherKeys;
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == c) return otherNodes[i];
                }
                return null;
            }
        }
    }
}
