package dev.rubric.core.quantity;

import java.util.Collections;
import java.util.List;

/**
 * Finds quantities in prose: "~12k QPS", "p99 < 150 ms", "$0.12 per 1M queries", "between 10 and 20 GB".
 *
 * <p>Called on every sentence on every keystroke, so it is a single linear pass with bounded look-around
 * (see {@link QuantityScanner}) and allocates only for what it finds. The decisions on ambiguous spellings are
 * documented in {@code package-info.java}.
 */
public final class QuantityParser {
    private QuantityParser() {
    }

    /** Every quantity in the text, in order, non-overlapping. */
    public static List<Quantity> find(CharSequence text) {
        if (!hasDigit(text)) return List.of(); // most sentences: nothing to do, nothing allocated
        return Collections.unmodifiableList(new QuantityScanner(text).scan());
    }

    private static boolean hasDigit(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Chars.isDigit(text.charAt(i))) return true;
        }
        return false;
    }
}
