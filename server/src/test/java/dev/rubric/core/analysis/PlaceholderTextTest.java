package dev.rubric.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Placeholders skips its expressions when the text's first characters rule them out; the
 * answer must be the expressions' own. Checked against them on random texts built from the
 * pieces placeholders and ordinary prose are made of.
 */
class PlaceholderTextTest {
    private static final Pattern PLACEHOLDER_ONLY = Pattern.compile(
            "^[\\s*_>\\-•:.]*(?:tbd|tbc|tba|todo|to ?do|fixme|n/?a|none|nil|null|pending|coming soon|to be (?:determined|decided|defined|written|added|done)"
                    + "|<[^>]{0,40}>|\\[[^\\]]{0,40}]|\\.\\.\\.|…|\\?+|-+|_+|placeholder|fill (?:this )?in|work in progress|wip)"
                    + "(?:[\\s.:;,!)(-]+.{0,60})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_REASON_NA = Pattern.compile("^\\W*(?:n/?a|none|not applicable)\\b.{0,80}$", Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {"TBD", "tbd", "N/A", "n/a", "none", "Not applicable", "to do", "to be decided", "<fill in>", "[owner]",
        "...", "…", "???", "---", "___", "-", "_", "*", ">", "•", ":", ".", "WIP", "work in progress", "Fill this in", "pending", "coming soon",
        "the", "service", "handles", "12k QPS", "İ", "K", "n", "N", "na", "NaN", "nil", "NULL", "Name", "nightly", "not", "nonexistent", "n/", "(", ")", "!", ",", "\u2028", "\t", " ", " ", "  "};

    @Test
    void answersAsTheExpressionsDo() {
        Random random = new Random(3);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + random.nextInt(8);
            for (int k = 0; k < count; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) b.append(' ');
            }
            String t = b.toString();
            boolean expected = PLACEHOLDER_ONLY.matcher(t).matches() || SHORT_REASON_NA.matcher(t).matches();
            assertEquals(expected, Placeholders.isPlaceholderText(t), () -> "\"" + t + "\"");
        }
    }

    /**
     * A unit is ruled out on its own text, before its whitespace is folded: that must never rule
     * out one whose folded text is a placeholder ("to\n  do", " N/A\t").
     */
    @Test
    void theFiltersPassAUnitsTextWheneverItsFoldedFormIsAPlaceholder() {
        String[] blanks = {" ", "\n", "\t", "\u000B", "\f", "\r\n", "  \n  ", ""};
        Random random = new Random(5);
        int placeholders = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder(blanks[random.nextInt(blanks.length)]);
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)].replace(" ", blanks[random.nextInt(blanks.length - 1)]));
                b.append(blanks[random.nextInt(blanks.length)]);
            }
            String t = b.toString();
            String folded = t.replaceAll("\\s+", " ").trim();
            if (!Placeholders.isPlaceholderText(folded)) continue;
            placeholders++;
            assertTrue(Placeholders.mayBePlaceholder(t), () -> "\"" + t.replace("\n", "\\n") + "\"");
        }
        assertTrue(placeholders > 10_000, "placeholders among the texts: " + placeholders);
    }

    @Test
    void readsTheUsualPlaceholders() {
        assertTrue(Placeholders.isPlaceholderText("TBD"));
        assertTrue(Placeholders.isPlaceholderText("- N/A, not needed for v1"));
        assertTrue(Placeholders.isPlaceholderText("___"));
        assertTrue(Placeholders.isPlaceholderText(""));
        assertFalse(Placeholders.isPlaceholderText("The ranker serves 12k QPS at p99 < 80 ms."));
        assertFalse(Placeholders.isPlaceholderText("Nobody owns this yet, and that is the problem we solve here."));
    }
}
