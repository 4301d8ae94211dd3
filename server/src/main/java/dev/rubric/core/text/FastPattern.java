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
    private final StartTrie starts;
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

    private FastPattern(Pattern pattern, StartTrie starts, Pattern[] alternatives) {
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
        if (alternatives == null) return new FastPattern(pattern, new StartTrie(List.of(prefixes.get()), caseInsensitive), null);
        return new FastPattern(pattern, new StartTrie(perAlternative, caseInsensitive), alternatives);
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
}
