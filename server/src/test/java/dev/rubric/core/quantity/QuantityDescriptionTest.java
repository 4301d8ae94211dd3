package dev.rubric.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a hover says about a figure: the short form, the kind, and the exact base value. */
class QuantityDescriptionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12k QPS | 12k QPS → 12k/s (rate; 12,000 per second)",
            "1B events/day | 1B events/day → 11.6k/s (rate; 11,574.1 per second)",
            "p99 < 150 ms | 150 ms → 150 ms (duration; 0.15 seconds)",
            "50–100 ms | 50–100 ms → 50 ms – 100 ms (duration; 0.1 seconds)",
            "~2 GB | ~2 GB → ≈ 2 GB (data size; 2,000,000,000 bytes)",
            "3× faster | 3× → 3x (ratio)",
    })
    void describesTheFigureInBaseUnits(String phrase, String expected) {
        var quantities = QuantityParser.find(phrase);
        assertEquals(expected, QuantityDescription.describe(quantities.get(quantities.size() - 1)));
    }
}
