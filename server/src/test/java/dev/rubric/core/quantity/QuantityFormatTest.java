package dev.rubric.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // rates: per second, or per the shortest period that reaches 1
        "11574.074    | RATE       | 11.6k/s",
        "100          | RATE       | 100/s",
        "1200000      | RATE       | 1.2M/s",
        "0.5          | RATE       | 30/min",
        "0.000231481  | RATE       | 20/day",
        "0            | RATE       | 0/s",
        "1.25e9       | DATA_RATE  | 1.25 GB/s",
        "500          | DATA_RATE  | 500 B/s",
        // durations: the largest unit in which the value is at least 1
        "0.15         | TIME       | 150 ms",
        "0.2          | TIME       | 200 ms",
        "1.5          | TIME       | 1.5 s",
        "90           | TIME       | 1.5 min",
        "7200         | TIME       | 2 h",
        "86400        | TIME       | 1 day",
        "172800       | TIME       | 2 days",
        "0.0002       | TIME       | 200 µs",
        "1e-7         | TIME       | 100 ns",
        "0.99999      | TIME       | 1 s",
        "0            | TIME       | 0 s",
        // sizes: decimal prefixes
        "1.2e9        | DATA_SIZE  | 1.2 GB",
        "1073741824   | DATA_SIZE  | 1.07 GB",
        "1e13         | DATA_SIZE  | 10 TB",
        "512          | DATA_SIZE  | 512 B",
        "999999       | DATA_SIZE  | 1 MB",
        // money: cents below a thousand dollars, compact above
        "0.12         | MONEY      | $0.12",
        "0.0004       | MONEY      | $0.0004",
        "12.5         | MONEY      | $12.5",
        "12.345       | MONEY      | $12.35",
        "300          | MONEY      | $300",
        "12500        | MONEY      | $12.5k",
        "1200000      | MONEY      | $1.2M",
        // counts, percents, ratios, percentiles
        "50000000     | COUNT      | 50M",
        "2e9          | COUNT      | 2B",
        "7e12         | COUNT      | 7T",
        "999.9        | COUNT      | 1k",
        "42           | COUNT      | 42",
        "15           | PERCENT    | 15%",
        "0.3          | PERCENT    | 0.3%",
        "99.99        | PERCENT    | 99.99%",
        "99.999       | PERCENT    | 99.999%",
        "3            | RATIO      | 3x",
        "2.5          | RATIO      | 2.5x",
        "99.9         | PERCENTILE | p99.9",
        "50           | PERCENTILE | p50",
    })
    void human(double value, Dimension dimension, String expected) {
        assertEquals(expected, QuantityFormat.human(value, dimension));
    }

    @Test
    void negativeAndNonFiniteValues() {
        assertEquals("-150 ms", QuantityFormat.human(-0.15, Dimension.TIME));
        assertEquals("NaN", QuantityFormat.human(Double.NaN, Dimension.COUNT));
        assertEquals("Infinity", QuantityFormat.human(Double.POSITIVE_INFINITY, Dimension.RATE));
    }

    @Test
    void roundTripsWhatTheParserFound() {
        assertEquals("11.6k/s", QuantityFormat.human(QuantityParser.find("1B events/day").get(0).baseValue(),
                Dimension.RATE));
        assertEquals("150 ms", QuantityFormat.human(QuantityParser.find("p99 < 150ms").get(1).baseValue(),
                Dimension.TIME));
        assertEquals("$0.12", QuantityFormat.human(QuantityParser.find("$0.12 per 1M queries").get(0).baseValue(),
                Dimension.MONEY));
        assertEquals("1.07 GB", QuantityFormat.human(QuantityParser.find("1 GiB").get(0).baseValue(),
                Dimension.DATA_SIZE));
    }
}
