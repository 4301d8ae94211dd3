package dev.rubric.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.rules.QuantifiedTradeoffs;
import dev.rubric.core.text.FastPattern;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * QuantifiedTradeoffs searches a unit for two bare figures set against each other only when it
 * holds one of the words such a comparison is written with: the search must then find nothing
 * in a unit that holds none of them. (Read through reflection: the rules' package holds rules
 * only, and a test class there would be listed as one.)
 */
class BareComparisonWordsTest {
    private static final String[] PIECES = {"0.31", "12", "1.5", "7", "versus", "VS", "vs.", "Vs", "compared to", "compared with", "against",
        "→", "->", "-", ">", "from", "From", "to", "recall", "AUC", "latency", "ms", "the", "v2", "a", ",", ".", "  ", "\n", "x", "ver", "sus",
        "compare", "again", "fro", "m"};

    @Test
    void aUnitWithoutTheWordsHoldsNoComparisonOfBareFigures() throws ReflectiveOperationException {
        Method mayCompare = QuantifiedTradeoffs.class.getDeclaredMethod("mayCompareBareFigures", String.class);
        Field bareComparison = QuantifiedTradeoffs.class.getDeclaredField("BARE_COMPARISON");
        mayCompare.setAccessible(true);
        bareComparison.setAccessible(true);
        FastPattern compares = (FastPattern) bareComparison.get(null);
        Random random = new Random(17);
        int compared = 0;
        int skipped = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) > 0) b.append(' ');
            }
            String lower = b.toString().toLowerCase(Locale.ROOT);
            boolean may = (Boolean) mayCompare.invoke(null, lower);
            if (compares.find(lower)) {
                compared++;
                assertTrue(may, () -> "\"" + lower + "\" compares figures but holds none of the words");
            } else if (!may) {
                skipped++;
            }
        }
        assertTrue(compared > 1_000 && skipped > 10_000, "comparisons " + compared + ", units skipped " + skipped);
    }
}
