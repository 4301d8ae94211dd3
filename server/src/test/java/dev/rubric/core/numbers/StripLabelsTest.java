package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Label stripping between figures is written out by hand for speed; it must give exactly what
 * the regular expressions it replaced gave. The reference below is that earlier code, run
 * side by side on random gaps built from the pieces real gaps are made of.
 */
class StripLabelsTest {
    private static final Pattern LEADING_LABEL = Pattern.compile("^(\\s+)([A-Za-z][A-Za-z-]*)(?=\\s|$)");
    private static final Pattern TRAILING_LABEL = Pattern.compile("(?<=^|\\s)([A-Za-z][A-Za-z-]*)(\\s*)$");
    private static final Pattern PAREN_LABEL = Pattern.compile("\\(\\s*[A-Za-z][A-Za-z -]*\\)");
    private static final Pattern NOT_LABELS = Pattern.compile(
            "x|X|is|are|equals|gives|yields|makes|totals?|totalling|totaling|comes|works|amounts|of|by|to|and|or|per|vs|versus|which|that|i\\.e|so|then|at|in|on|for|with|from|than",
            Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {"ranking", "Retrieval", "re-ranking", "-", "–", "x", "X", "IS", "is", "of", "Total", "comes", "out",
        "to", "about", "per", "(retrieval)", "( cache hit )", "(", ")", "[", "]", "**", "__", "×", "=", "≈", "~", "+", "/", "12", "ms", "|",
        "state-of-the-art", "i.e.", ",", ".", ";", ":", "'", "%", "`", "é", "\u2028", "\u0085", "\u2003", "\t", "\n", "\r\n", " ", " ", "  "};

    @Test
    void stripsWhatTheExpressionsStripped() {
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            String gap = randomGap(random);
            for (int mode = 0; mode < 4; mode++) {
                boolean leading = (mode & 1) != 0;
                boolean trailing = (mode & 2) != 0;
                assertEquals(reference(gap, leading, trailing), CalculationFinder.stripLabels(gap, leading, trailing),
                        () -> "gap \"" + gap.replace("\n", "\\n") + "\" leading " + leading + " trailing " + trailing);
            }
        }
    }

    /** classify gives up on a gap with many words outside parentheses: stripping could never leave just an operator. */
    @Test
    void aGapWithManyWordsKeepsMoreThanARelationAfterStripping() {
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            String gap = randomGap(random);
            if (CalculationFinder.wordsOutsideParentheses(gap) <= 10) continue;
            String stripped = CalculationFinder.stripLabels(gap, true, true);
            assertTrue(CalculationFinder.wordsOutsideParentheses(stripped) > 4, () -> "\"" + gap + "\" → \"" + stripped + "\"");
        }
    }

    /**
     * classify refuses, without copying or stripping it, a gap {@code surelyApart} judges in
     * place: stripped as classify would strip it, it is never an operator or a relation.
     */
    @Test
    void aGapSurelyApartIsNoOperatorOrRelationOnceStripped() {
        Random random = new Random(13);
        int apart = 0;
        for (int n = 0; n < 200_000; n++) {
            String gap = randomGap(random);
            // judged where it lies in a longer text, as classify judges it in its unit
            String before = randomGap(random);
            String text = before + gap + randomGap(random);
            boolean surelyApart = CalculationFinder.surelyApart(text, before.length(), before.length() + gap.length());
            if (!surelyApart) continue;
            apart++;
            if (CalculationFinder.wordsOutsideParentheses(gap) > 10) continue; // refused on that count, as before
            String g = CalculationFinder.stripLabels(gap, true, true).replace('|', ' ');
            String core = g.strip();
            assertFalse(core.isEmpty() || core.matches("[)\\]]+"), () -> "\"" + gap + "\" → \"" + core + "\"");
            assertFalse(CalculationFinder.mayJoin(g), () -> "\"" + gap + "\" → \"" + g + "\"");
        }
        assertTrue(apart > 50_000, "random gaps judged apart: " + apart);
    }

    private static String randomGap(Random random) {
        StringBuilder b = new StringBuilder();
        int count = random.nextInt(24);
        for (int k = 0; k < count; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) b.append(' ');
        }
        return b.toString();
    }

    private static String reference(String gap, boolean leading, boolean trailing) {
        String g = gap.replace("**", " ").replace("__", " ");
        if (g.indexOf('(') >= 0) g = PAREN_LABEL.matcher(g).replaceAll(" ");
        if (g.length() > 240) return g;
        for (int i = 0; leading && i < 3; i++) {
            Matcher m = LEADING_LABEL.matcher(g);
            if (!m.find() || NOT_LABELS.matcher(m.group(2)).matches()) break;
            g = " " + g.substring(m.end());
        }
        for (int i = 0; trailing && i < 3; i++) {
            Matcher m = TRAILING_LABEL.matcher(g);
            if (!m.find() || NOT_LABELS.matcher(m.group(1)).matches()) break;
            g = g.substring(0, m.start()) + " ";
        }
        return g;
    }
}
