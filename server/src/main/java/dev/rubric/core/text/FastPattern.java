package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
     * One matcher per thread, reset for each text: building a Matcher allocates its group and
     * loop state, which for the rules' large expressions cost more than the search itself.
     */
    private final ThreadLocal<Matcher> matchers;

    private FastPattern(Pattern pattern, Trie starts) {
        this.pattern = pattern;
        this.starts = starts;
        this.matchers = ThreadLocal.withInitial(() -> pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
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
        Optional<Set<String>> prefixes = readable ? LiteralPrefixes.of(regex, caseInsensitive) : Optional.empty();
        return new FastPattern(pattern, prefixes.map(p -> new Trie(p, caseInsensitive)).orElse(null));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the expression matches anywhere in the text ({@code matcher(text).find()}). */
    public boolean find(CharSequence text) {
        // no MatchResult: a copy of the groups per call, for a yes or no that most callers want
        return matchFrom(text, 0, null) != null;
    }

    /** The leftmost match, as {@code matcher(text).find()} finds it; null when there is none. */
    public MatchResult first(CharSequence text) {
        Matcher m = matchFrom(text, 0, null);
        return m == null ? null : m.toMatchResult();
    }

    /** Every match in order, as repeated {@code find()} calls give them. */
    public List<MatchResult> all(CharSequence text) {
        List<MatchResult> out = new ArrayList<>();
        int from = 0;
        Matcher m = null;
        while (from <= text.length()) {
            if (m == null) m = matcher(text);
            if (matchFrom(text, from, m) == null) break;
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

    /** The matcher, holding the first match at or after {@code from}; null when there is none. */
    private Matcher matchFrom(CharSequence text, int from, Matcher reuse) {
        Matcher m = reuse;
        if (starts == null) {
            if (m == null) m = matcher(text);
            m.region(from, text.length());
            return m.find() ? m : null;
        }
        for (int p = starts.nextStart(text, from); p >= 0; p = starts.nextStart(text, p + 1)) {
            if (m == null) m = matcher(text);
            m.region(p, text.length());
            if (m.lookingAt()) return m;
        }
        return null;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** The literal starts, for a walk from each position of the text. */
    private static final class Trie {
        private final Node root = new Node();
        private final boolean caseInsensitive;

        Trie(Set<String> words, boolean caseInsensitive) {
            this.caseInsensitive = caseInsensitive;
            for (String w : words) {
                Node n = root;
                for (int i = 0; i < w.length(); i++) n = n.child(w.charAt(i), true);
                n.terminal = true;
            }
        }

        /** The first position at or after {@code from} where one of the words starts; −1 if none. */
        int nextStart(CharSequence text, int from) {
            // the rules hand in Strings: a String's charAt inlines, an interface call's bounds checks did not
            String s = text.toString();
            int length = s.length();
            Node[] first = root.ascii;
            for (int p = from; p < length; p++) {
                char c = fold(s.charAt(p));
                Node n = c < 128 ? first[c] : root.child(c, false);
                if (n == null) continue;
                if (n.terminal) return p;
                for (int i = p + 1; i < length; i++) {
                    n = n.child(fold(s.charAt(i)), false);
                    if (n == null) break;
                    if (n.terminal) return p;
                }
            }
            return -1;
        }

        private char fold(char c) {
            return caseInsensitive ? LiteralPrefixes.fold(c) : c;
        }

        private static final class Node {
            private static final char[] NO_KEYS = {};
            private static final Node[] NO_NODES = {};
            private final Node[] ascii = new Node[128];
            /** Children under characters beyond ASCII ("≤", "→"): few, so in plain arrays, searched without boxing a key. */
            private char[] otherKeys = NO_KEYS;
            private Node[] otherNodes = NO_NODES;
            boolean terminal;

            Node child(char c, boolean create) {
                if (c < 128) {
                    Node n = ascii[c];
                    if (n == null && create) n = ascii[c] = new Node();
                    return n;
                }
                char[] keys = otherKeys;
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == c) return otherNodes[i];
                }
                if (!create) return null;
                Node n = new Node();
                otherKeys = Arrays.copyOf(keys, keys.length + 1);
                otherNodes = Arrays.copyOf(otherNodes, keys.length + 1);
                otherKeys[keys.length] = c;
                otherNodes[keys.length] = n;
                return n;
            }
        }
    }
}
