package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** FastPattern finds exactly what Matcher.find finds, only faster; LiteralPrefixes says where a match can start. */
class FastPatternTest {
    /** Expressions with the constructs the rules use, and some the prefix reader must give up on. */
    private static final String[] EXPRESSIONS = {
        "\\b(?:roll(?:ed|ing)?[- ]?back|rollbacks?|canar(?:y|ies)|feature[- ](?:gate|flag)s?)\\b",
        // choices tried alternative by alternative: earlier ones win, shared starts, a suffix, a group inside
        "\\b(?:roll|rollback|rolled back|roll(?:ed)? ?back to [a-z]+)(?: plan)?",
        "(?:ab|abz|a|b(?:z|ok))z?",
        "flag|feature flag|\\bgate\\b|[xz]ok|-opt-in",
        "\\b(?:the|a|an|then) (?:big-)?(?:flag|gate|config)s?\\b(?! then)",
        "(?:(?<=\\s)ms|ms\\b|\\d+ ?ms|(?<![\\w-])opt-in|[\\]|]ok)",
        "\\b(?:latenc\\w*|p\\d{2,3}(?:\\.\\d)?|within|under|less than)\\b|<|≤|<=",
        "(?<![\\w-])(?:opt[- ]?in|off by default)\\b",
        "^(?:tbd|n/a|todo)$",
        "\\bfall(?:s)? ?back to .{1,20}(?:flag|config)",
        "\\d+ ?(?:ms|s)\\b",
        "(?:alpha|beta)(?: release)?,? (?:then|->|→) (?:beta|ga)",
        "\\b(?:a|an|the) (?:[\\w-]+ )?flag",
        "x*",
        "(?i)monitor",
        "\\Qa.b\\E",
        "[^a-z]ok|[abc]{2}z",
        "(?=dash)\\w+board",
        "(?<name>alert)s?",
        "\\bflag|gate",
        "(?:\\b|x)flag|\\b_?canar(?:y|ies)|\\b9 ?ms\\b|\\bélan",
        // word starts, and elsewhere only starts that begin with a character that is no ASCII word character
        "\\b(?:vs\\.?|versus|than|compared (?:to|with))\\b|→|->",
        "\\b(?:per|each) (?:user|session)\\b|/user\\b|Δ",
        "(?<![\\w.])\\d+ ?(?:vs|→) ?\\d+|\\bfrom \\d+",
        "",
    };

    @Test
    void findsWhatMatcherFindFinds() {
        Random random = new Random(42);
        String[] words = {"roll", "back", "rolled-back", "Canary", "canaries", "feature", "flag", "gate", "p99", "latency", "within", "<", "≤",
            "opt-in", "-opt-in", "off by default", "TBD", "fall", "back to", "config", "12", "ms", "s", "alpha", "beta", "then", "→", "ga",
            "the", "a", "an", "big-", "dashboard", "alerts", "x", "ok", "abz", "zz", "a.b", "İ", "K", "\n", " ", "  ", ".", ",",
            // word characters right before a start: no word boundary there, under either of java.util.regex's definitions
            "_", "x", "9", "é", "ß", "_flag", "9flag", "éflag", "xcanary", "_canary", "élan", "aélan", "19ms", "ǅ",
            "rollback", "rolled back", "to", "plan", "abz", "z", "bok", "xok", "|ok", "]ok", "feature flag", "big-flag", "gates", "-opt-in",
            "->", "x->", "vs.", "versus", "than", "compared to", "per user", "each session", "/user", "/users", "Δ", "δ", "xΔ", "from 3", "3→4",
            "3 vs 4", ".5 vs 6", "a3→4"};
        for (String expression : EXPRESSIONS) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                Pattern plain = Pattern.compile(expression, flags);
                FastPattern fast = FastPattern.compile(expression, flags);
                for (int n = 0; n < 400; n++) {
                    StringBuilder text = new StringBuilder();
                    int count = random.nextInt(12);
                    for (int k = 0; k < count; k++) text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                    String t = random.nextBoolean() ? text.toString() : text.toString().toUpperCase();
                    assertEquals(matches(plain, t), describe(fast.all(t)), () -> "/" + expression + "/ flags " + flags + " on \"" + t + "\"");
                    Matcher m = plain.matcher(t);
                    MatchResult first = fast.first(t);
                    assertEquals(m.find() ? m.start() + ":" + m.group() : null, first == null ? null : first.start() + ":" + first.group());
                }
            }
        }
    }

    @Test
    void aChoiceIsReadAsItsAlternatives() {
        assertEquals(List.of("(?:a)", "(?:(?:b|c))", "(?:[|]d)"), Alternatives.of("a|(?:b|c)|[|]d").orElseThrow().expressions());
        assertEquals(List.of("\\b(?:roll)\\b", "\\b(?:canary)\\b", "\\b(?:x[)|]y)\\b"),
                Alternatives.of("\\b(?:roll|canary|x[)|]y)\\b").orElseThrow().expressions());
        assertFalse(Alternatives.of("(?:a|b)+c").isPresent(), "a quantified choice repeats");
        assertFalse(Alternatives.of("x(?:a|b)").isPresent(), "text before the choice");
        assertFalse(Alternatives.of("\\Qa|b\\E").isPresent(), "quoting is not read");
        assertFalse(Alternatives.of("(?:a|b").isPresent(), "unbalanced");
        assertTrue(FastPattern.compile("\\b(?:roll|canary|flag)\\b").splitIntoAlternatives());
        assertFalse(FastPattern.compile("\\b(roll|canary|flag)\\b").splitIntoAlternatives(), "a capturing group numbers the whole expression's groups");
        assertFalse(FastPattern.compile("\\b(?:roll|flag)\\b").splitIntoAlternatives(), "too few alternatives to be worth it");
    }

    @Test
    void aMatchStartsWithOneOfTheLiteralPrefixes() {
        Optional<Set<String>> p = LiteralPrefixes.of("\\b(?:roll(?:ed)?[- ]?back|canar(?:y|ies)|x\\w*)\\b", false);
        // an optional atom ends the prefix after one copy ("roll-"); six characters at most ("rollba")
        assertEquals(Set.of("rollba", "roll-", "roll ", "rolled", "canary", "canari", "x"), p.orElseThrow());
        assertEquals(Set.of("feat"), LiteralPrefixes.of("(?<![\\w-])FEAT\\w+", true).orElseThrow(), "folded for a case-insensitive search");
    }

    @Test
    void aStartAfterWordBoundaryIsKnownAsSuch() {
        // "xflag" may start inside a word; "flag" only after \\b; "_" too (an underscore is a word character; an optional atom ends the prefix); "élan" starts
        // with a letter that is a word character under one definition of \\b and not under another, so it is not trusted
        assertEquals(java.util.Map.of("flag", true, "xflag", false, "_", true, "canary", true, "canari", true, "élan", false),
                LiteralPrefixes.starts("(?:\\b|x)flag|\\b_?canar(?:y|ies)|\\bélan", false).orElseThrow());
        assertEquals(java.util.Map.of("flag", false), LiteralPrefixes.starts("\\bflag|flag", false).orElseThrow(),
                "reached two ways, one needing no boundary");
        assertEquals(java.util.Map.of("flag", true), LiteralPrefixes.starts("\\bFLAG|\\bflag", true).orElseThrow(), "folded alike");
        assertEquals(java.util.Map.of("-flag", false), LiteralPrefixes.starts("\\b-flag", false).orElseThrow(),
                "\\b before a character that is no word character");
    }

    @Test
    void anExpressionThatCanStartAnywhereIsNotFiltered() {
        assertFalse(LiteralPrefixes.of("\\w+ ms", false).isPresent(), "starts with any word character");
        assertEquals(10, LiteralPrefixes.of("\\d+ ms", false).orElseThrow().size(), "starts with one of ten digits");
        assertFalse(LiteralPrefixes.of("(?:ms)?", false).isPresent(), "matches the empty string");
        assertFalse(LiteralPrefixes.of("(?i)ms", false).isPresent(), "inline flags are not read");
        assertFalse(LiteralPrefixes.of("\\Qms\\E", false).isPresent(), "quoting is not read");
        assertTrue(LiteralPrefixes.of("[ab]{2}c", false).isPresent());
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.end());
        return out;
    }

    private static List<String> describe(List<MatchResult> results) {
        return results.stream().map(r -> r.start() + ":" + r.end()).toList();
    }
}
