package dev.rubric.core.analysis;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text that stands in for content: "TBD", "N/A", "<fill in>", "___". A section made only of
 * these has not been written yet, whatever its heading promises.
 */
public final class Placeholders {
    /** The blank Rubric's own skeletons leave for the author to fill. */
    public static final String BLANK = "___";

    private static final Pattern PLACEHOLDER_ONLY = Pattern.compile(
            "^[\\s*_>\\-•:.]*(?:tbd|tbc|tba|todo|to ?do|fixme|n/?a|none|nil|null|pending|coming soon|to be (?:determined|decided|defined|written|added|done)"
                    + "|<[^>]{0,40}>|\\[[^\\]]{0,40}]|\\.\\.\\.|…|\\?+|-+|_+|placeholder|fill (?:this )?in|work in progress|wip)"
                    + "(?:[\\s.:;,!)(-]+.{0,60})?$",
            Pattern.CASE_INSENSITIVE);
    /** How the words of {@link #PLACEHOLDER_ONLY} begin ("to ?do" as "todo" and "to do", "n/?a" as "n/a" and "na"). */
    private static final List<String> PLACEHOLDER_STARTS = List.of("tbd", "tbc", "tba", "todo", "to do", "to be ", "fixme", "n/a", "na", "none",
            "nil", "null", "pending", "coming soon", "placeholder", "fill ", "work in progress", "wip");
    /** How the words of {@link #SHORT_REASON_NA} begin. */
    private static final List<String> SHORT_REASON_STARTS = List.of("n/a", "na", "none", "not applicable");
    private static final Pattern SHORT_REASON_NA = Pattern.compile("^\\W*(?:n/?a|none|not applicable)\\b.{0,80}$", Pattern.CASE_INSENSITIVE);

    private Placeholders() {
    }

    /** The unit says nothing but a placeholder (optionally with a short aside: "N/A, not needed"). */
    public static boolean isPlaceholder(ProseUnit unit) {
        // the filters judge the unit's own text as they would its folded form (see startsWithAny),
        // so most units are ruled out without folding their whitespace
        return mayBePlaceholder(unit.text()) && isPlaceholderText(unit.normalized());
    }

    /** False where a text, folded or not, cannot be a placeholder: the expressions' filters alone. */
    static boolean mayBePlaceholder(String text) {
        return mayBePlaceholderOnly(text) || mayBeShortReasonNa(text);
    }

    /** {@link #isPlaceholder(ProseUnit)} on a unit's normalised text. */
    static boolean isPlaceholderText(String t) {
        if (t.isEmpty()) return true;
        return mayBePlaceholderOnly(t) && PLACEHOLDER_ONLY.matcher(t).matches() || mayBeShortReasonNa(t) && SHORT_REASON_NA.matcher(t).matches();
    }

    /**
     * Whether {@link #PLACEHOLDER_ONLY} can match: after its leading run of bullets and marks
     * comes the first character of one of its words — or the run itself holds one ('.', '-'
     * and '_' start "...", "---", "___"). Most units fail here, without a matcher.
     */
    private static boolean mayBePlaceholderOnly(String t) {
        int i = 0;
        while (i < t.length() && ("*_>-•:.".indexOf(t.charAt(i)) >= 0 || Whitespace.isRegexSpace(t.charAt(i)))) {
            char c = t.charAt(i);
            if (c == '.' || c == '-' || c == '_') return true;
            i++;
        }
        if (i == t.length() || "<[.…?-_".indexOf(t.charAt(i)) >= 0) return true;
        if ("tfnpcwTFNPCW".indexOf(t.charAt(i)) < 0) return false;
        return startsWithAny(t, i, PLACEHOLDER_STARTS);
    }

    /** Whether {@link #SHORT_REASON_NA} can match: one of its words starts at the first word character ({@code \w}). */
    private static boolean mayBeShortReasonNa(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (word) return startsWithAny(t, i, SHORT_REASON_STARTS);
        }
        return true; // no word character at all: the expression decides
    }

    /**
     * Whether one of the words (lower-case ASCII) starts at {@code at} in the text, ignoring case
     * and taking a space in a word for any run of whitespace ({@link Whitespace#isRegexSpace}):
     * the same answer on a unit's text as on its folded form, where each run is one space.
     */
    private static boolean startsWithAny(String t, int at, List<String> words) {
        char c = t.charAt(at);
        // an ASCII character equals a word's first letter, case aside, only as that letter:
        // most words are ruled out without a comparison of the region
        char first = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        for (String word : words) {
            if (c < 128 && word.charAt(0) != first) continue;
            if (startsWith(t, at, word)) return true;
        }
        return false;
    }

    private static boolean startsWith(String t, int at, String word) {
        int i = at;
        for (int k = 0; k < word.length(); k++) {
            if (i == t.length()) return false;
            if (word.charAt(k) == ' ') {
                if (!Whitespace.isRegexSpace(t.charAt(i))) return false;
                while (i < t.length() && Whitespace.isRegexSpace(t.charAt(i))) i++;
            } else if (!sameIgnoringCase(t, i++, word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text's character at {@code i} is the lower-case ASCII {@code c}, case aside. */
    private static boolean sameIgnoringCase(String t, int i, char c) {
        char a = t.charAt(i);
        if (a == c) return true;
        // beyond ASCII, a character may still fold to an ASCII letter ('K', the Kelvin sign, to 'k')
        if (a >= 128) return t.regionMatches(true, i, String.valueOf(c), 0, 1);
        return c >= 'a' && c <= 'z' && (a | 0x20) == c;
    }

    /** The unit still carries a blank of a Rubric skeleton. */
    public static boolean hasBlank(ProseUnit unit) {
        return unit.text().contains(BLANK);
    }

    /** Every prose unit of the section tree is a placeholder (and there is no code or table). */
    public static boolean isUnwritten(Section section) {
        List<ProseUnit> units = section.allUnits();
        for (ProseUnit u : units) {
            if (!isPlaceholder(u) && !hasBlank(u)) return false;
        }
        for (Section s : section.selfAndDescendants()) {
            if (!s.ownCode().isEmpty() || s.ownMedia() > 0) return false;
        }
        return true;
    }

    public static String describe(Section section) {
        List<ProseUnit> units = section.allUnits();
        if (units.isEmpty()) return "is empty";
        String first = units.get(0).normalized();
        if (units.size() == 1 && first.length() <= 40) return "says only \"" + first + "\"";
        return "holds only placeholders";
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
