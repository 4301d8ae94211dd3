package dev.rubric.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    private static Quantity only(String text) {
        List<Quantity> found = QuantityParser.find(text);
        assertEquals(1, found.size(), () -> "expected one quantity in '" + text + "' but found " + found);
        return found.get(0);
    }

    private static void assertSpan(String text, Quantity q, String expectedText) {
        int start = text.indexOf(expectedText);
        assertTrue(start >= 0, "test setup: '" + expectedText + "' not in '" + text + "'");
        assertEquals(start, q.start(), "start of " + q);
        assertEquals(start + expectedText.length(), q.end(), "end of " + q);
        assertEquals(expectedText, q.text());
    }

    @Nested
    class Offsets {
        @Test
        void spanCoversFigureAndUnitOnly() {
            String text = "The p99 budget is 150 ms end to end.";
            List<Quantity> found = QuantityParser.find(text);
            assertEquals(2, found.size());
            assertSpan(text, found.get(0), "p99");
            assertSpan(text, found.get(1), "150 ms");
        }

        @Test
        void approximationSignIsPartOfTheFigureButWordsAreNot() {
            String text = "at ~12k QPS, about 3 TB";
            List<Quantity> found = QuantityParser.find(text);
            assertSpan(text, found.get(0), "~12k QPS");
            assertSpan(text, found.get(1), "3 TB");
            assertTrue(found.get(1).approximate(), "'about' marks the quantity approximate");
        }

        @Test
        void currencyAndPerArePartOfTheFigure() {
            String text = "Serving costs US$0.12 per 1M queries and €300/month.";
            List<Quantity> found = QuantityParser.find(text);
            assertSpan(text, found.get(0), "US$0.12 per 1M queries");
            assertSpan(text, found.get(1), "€300/month");
        }

        @Test
        void rangeSpanIncludesBothEnds() {
            String text = "Expect between 10 and 20 GB, then 50–100 ms.";
            List<Quantity> found = QuantityParser.find(text);
            assertSpan(text, found.get(0), "10 and 20 GB");
            assertSpan(text, found.get(1), "50–100 ms");
        }

        @Test
        void offsetsAreIntoTheGivenTextEvenInsideMarkdown() {
            String text = "| Stage | Budget |\n|---|---|\n| ranking | **40 ms** |\n| total | `p99 ≤ 200ms` |";
            List<Quantity> found = QuantityParser.find(text);
            assertEquals(3, found.size());
            assertSpan(text, found.get(0), "40 ms");
            assertSpan(text, found.get(1), "p99");
            assertSpan(text, found.get(2), "200ms");
        }

        @Test
        void worksOnAnyCharSequence() {
            StringBuilder text = new StringBuilder("We need 8 H100 GPUs.");
            Quantity q = only(text.toString());
            assertEquals(q, QuantityParser.find(text).get(0));
            assertEquals("8 H100 GPUs", q.text());
        }

        @Test
        void quantitiesAreInOrderAndDoNotOverlap() {
            String text = "We expect 50M DAU × 20 req/day ≈ 11.6k QPS at peak; p99 < 150 ms; 10 TB/day; $0.12 per "
                    + "1M queries; 2-3x headroom; 99.9% availability; 8 H100 GPUs; between 10 and 20 GB; 5m TTL.";
            List<Quantity> found = QuantityParser.find(text);
            assertEquals(12, found.size(), found::toString);
            int previousEnd = 0;
            for (Quantity q : found) {
                assertTrue(q.start() >= previousEnd, "overlap or disorder at " + q);
                assertTrue(q.end() > q.start());
                assertEquals(text.substring(q.start(), q.end()), q.text());
                previousEnd = q.end();
            }
        }
    }

    @Nested
    class Ranges {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "50–100 ms      | 50  | 100 | ms",
            "50-100ms       | 50  | 100 | ms",
            "50 to 100 ms   | 50  | 100 | ms",
            "50 ms - 100 ms | 50  | 100 | ms",
            "2-3x           | 2   | 3   | x",
            "10–20%         | 10  | 20  | %",
            "1-2M users     | 1e6 | 2e6 | users",
            "10k-20k QPS    | 1e4 | 2e4 | QPS",
        })
        void rangeBoundsAsWritten(String text, double low, double high, String unit) {
            Quantity q = only(text);
            assertTrue(q.isRange());
            assertEquals(low, q.low());
            assertEquals(high, q.high());
            assertEquals(unit, q.unit());
            assertEquals(high, q.value(), "a budget means the upper bound");
        }

        @Test
        void singleValueHasEqualBounds() {
            Quantity q = only("200 ms");
            assertFalse(q.isRange());
            assertEquals(q.low(), q.high());
            assertEquals(q.baseLow(), q.baseHigh());
        }

        @Test
        void endsInDifferentUnitsAreExpressedInTheUpperUnit() {
            Quantity q = only("from 500 ms to 2 s");
            assertEquals("s", q.unit());
            assertEquals(0.5, q.low(), 1e-12);
            assertEquals(2, q.high());
            assertEquals(0.5, q.baseLow(), 1e-12);
            assertEquals(2, q.baseHigh());
        }

        @Test
        void decreasingPairIsTwoQuantitiesNotARange() {
            List<Quantity> found = QuantityParser.find("p99 went from 300 ms to 150 ms");
            assertEquals(3, found.size());
            assertEquals(300, found.get(1).low());
            assertEquals(150, found.get(2).low());
            assertFalse(found.get(1).isRange());
        }

        @Test
        void andIsARangeOnlyAfterBetween() {
            assertTrue(only("between 10 and 20 GB").isRange());
            List<Quantity> found = QuantityParser.find("10 and 20 GB");
            assertEquals(1, found.size(), "a bare 10 is not a quantity");
            assertEquals(20, found.get(0).low());
        }

        @Test
        void rangeOfDifferentDimensionsIsNotARange() {
            List<Quantity> found = QuantityParser.find("10 ms - 20% of requests");
            assertEquals(2, found.size());
            assertEquals(Dimension.TIME, found.get(0).dimension());
            assertEquals(Dimension.PERCENT, found.get(1).dimension());
        }

        @Test
        void approximateRange() {
            Quantity q = only("~50-100 ms");
            assertTrue(q.approximate());
            assertTrue(q.isRange());
            assertEquals("~50-100 ms", q.text());
        }
    }

    @Nested
    class Approximation {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "~12k QPS", "≈ 11.6k QPS", "about 10 ms", "roughly 3x", "around 5 GB", "approximately 20%",
            "nearly 1M users", "approx. 2 TB", "on the order of 10k QPS", "~$300/month", "almost 2 hours",
        })
        void marked(String text) {
            assertTrue(only(text).approximate(), text);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"12k QPS", "under 10 ms", "up to 5 GB", "at most 20%", "< 1M users"})
        void notMarked(String text) {
            assertFalse(only(text).approximate(), text);
        }
    }

    @Nested
    class Normalisation {
        @Test
        void billionEventsPerDay() {
            Quantity q = only("1B events/day");
            assertEquals(Dimension.RATE, q.dimension());
            assertEquals(1e9, q.low());
            assertEquals("events/day", q.unit());
            assertEquals(1e9 / 86_400, q.baseValue(), 1e-9);
            assertEquals(11_574.07, q.baseValue(), 0.01);
        }

        @Test
        void decimalAndBinaryDataSizes() {
            assertEquals(1e13, only("10 TB").baseValue());
            assertEquals(1_073_741_824d, only("1 GiB").baseValue());
            assertEquals(1000d, only("1 KB").baseValue());
            assertEquals(1024d, only("1 KiB").baseValue());
            assertEquals(8d, only("64-bit").baseValue());
        }

        @Test
        void millisecondsAreExact() {
            assertEquals(0.2, only("200 ms").baseValue()); // exact, not 0.20000000000000004
            assertEquals(0.15, only("150ms").baseValue());
            assertEquals(2e-4, only("200 µs").baseValue());
        }

        @Test
        void moneyPerUnitOfUsage() {
            Quantity q = only("$0.12 per 1M queries");
            assertEquals(Dimension.MONEY, q.dimension());
            assertEquals("USD", q.unit());
            assertEquals(0.12, q.low());
            assertEquals(0.12, q.baseValue());
            assertEquals("1M queries", q.per());
        }

        @Test
        void moneyPerMonthIsMoneyNotARate() {
            Quantity q = only("$300/month");
            assertEquals(Dimension.MONEY, q.dimension());
            assertEquals(300, q.baseValue());
            assertEquals("month", q.per());
        }

        @Test
        void centsAreHundredthsOfADollar() {
            Quantity q = only("5 cents");
            assertEquals(5, q.low());
            assertEquals("cents", q.unit());
            assertEquals(0.05, q.baseValue());
        }

        @Test
        void ratesNormaliseToPerSecond() {
            assertEquals(1.0, only("60 requests/minute").baseValue());
            assertEquals(2.0, only("7,200 jobs/hour").baseValue());
            assertEquals(1e8 / 2_592_000, only("100M clicks/month").baseValue(), 1e-9);
            assertEquals(1e9 / 8, only("1 Gbps").baseValue());
            assertEquals(2e9, only("2 GB per second").baseValue());
        }

        @Test
        void scalesApplyExactly() {
            assertEquals(1_200_000d, only("1.2M users").low());
            assertEquals(11_600d, only("11.6k QPS").low());
            assertEquals(3e9, only("$3bn").low());
            assertEquals(1.2e6, only("1.2 million users").low());
        }
    }

    @Nested
    class Ambiguities {
        @Test
        void lowerCaseMIsMinutesAloneAndMillionsBeforeANoun() {
            Quantity ttl = only("TTL 30m");
            assertEquals(Dimension.TIME, ttl.dimension());
            assertEquals(1800, ttl.baseValue());
            Quantity users = only("5m users");
            assertEquals(Dimension.COUNT, users.dimension());
            assertEquals(5e6, users.low());
            assertEquals(5e6, only("$5m").low());
            assertTrue(QuantityParser.find("5 m").isEmpty(), "a spaced m could be metres: skipped");
        }

        @Test
        void capitalBIsBillionsBeforeANounAndBytesOnlyInARate() {
            assertEquals(2e9, only("2B DAU").low());
            assertEquals(2e9, only("2 B DAU").low());
            assertEquals(Dimension.DATA_RATE, only("500 B/s").dimension());
            assertTrue(QuantityParser.find("2 B").isEmpty());
            assertTrue(QuantityParser.find("a 512B buffer").isEmpty());
            assertEquals(16, only("16 bytes").baseValue());
        }

        @Test
        void aBillionScaleBeforeModelMeansParameters() {
            Quantity q = only("a 70B model");
            assertEquals("parameters", q.unit());
            assertEquals("70B", q.text());
        }

        @Test
        void sIsSecondsOnlyRightAfterANumber() {
            assertEquals(10, only("10s").baseValue());
            assertEquals(10, only("10 s").baseValue());
            assertTrue(QuantityParser.find("100s of users").isEmpty());
            assertTrue(QuantityParser.find("the 1990s").isEmpty());
        }

        @Test
        void bareNumbersAreNotQuantities() {
            assertTrue(QuantityParser.find("We have 3 options and 12k of them; 1.2 million.").isEmpty());
        }

        @Test
        void lowerCaseGbIsBytesButMixedCaseGbIsBits() {
            assertEquals(1e10, only("10gb").baseValue());
            assertEquals(1.25e9, only("10 Gb").baseValue());
        }
    }

    @Nested
    class Robustness {
        @Test
        void emptyAndDigitFreeTextsYieldNothing() {
            assertTrue(QuantityParser.find("").isEmpty());
            assertTrue(QuantityParser.find("No numbers here, only words like ms and QPS.").isEmpty());
        }

        @Test
        void resultIsUnmodifiable() {
            List<Quantity> found = QuantityParser.find("10 ms");
            assertThrows(UnsupportedOperationException.class, () -> found.add(found.get(0)));
        }

        @Test
        void figureAtTheVeryEndOrStartOfTheText() {
            assertEquals("5ms", only("5ms").text());
            assertEquals("p99", only("p99").text());
            assertTrue(QuantityParser.find("5").isEmpty());
            assertTrue(QuantityParser.find("$").isEmpty());
            assertTrue(QuantityParser.find("~").isEmpty());
            assertTrue(QuantityParser.find("5 per").isEmpty());
            assertEquals("$5", only("$5").text());
        }

        /** Inputs built to trigger backtracking or quadratic rescans; each is ~200k characters. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1", "1-", "1 to ", "between 1 and ", "p1", "1.2.", "1,000,", "$1$", "1 x 10", "5 ms per 5 ms per ",
            "1e", "10^", "~ ", "5a", "ms ", "1 000 ",
        })
        void pathologicalRepetitionsRunInLinearTime(String unit) {
            IntFunction<String> build = n -> unit.repeat(Math.max(1, n / unit.length()));
            String small = build.apply(20_000);
            String large = build.apply(200_000);
            QuantityParser.find(small); // warm up
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QuantityParser.find(large));
        }

        @Test
        void longUnbrokenRunsDoNotBlowUp() {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertTrue(QuantityParser.find("9".repeat(300_000)).isEmpty());
                assertTrue(QuantityParser.find("5" + "a".repeat(300_000)).isEmpty());
                assertEquals(1, QuantityParser.find("x".repeat(300_000) + " 5 ms").size());
            });
        }

        /** Random mixes of the tokens the parser cares about: whatever it finds must be well-formed. */
        @Test
        void randomTokenSoupAlwaysYieldsWellFormedQuantities() {
            String[] tokens = {"1", "12", "0.5", "1,000", "2.1.0", "k", "M", "B", "m", "s", "ms", "GB", "GiB", "/",
                "/s", "per", "day", "a", "x", "×", "%", "$", "€", "~", "≈", "about", "between", "and", "to", "-",
                "–", "p", "99", "th", "percentile", "users", "DAU", "QPS", "req", "of", "top", "in", "2024", "H100",
                "GPUs", "node", "e6", "^", "999", "10", "+", ".", ",", ":", " ", " ", " ", "\n", "|", "(", ")", "µ"};
            java.util.Random random = new java.util.Random(42);
            for (int round = 0; round < 2000; round++) {
                StringBuilder b = new StringBuilder();
                int length = 1 + random.nextInt(30);
                for (int k = 0; k < length; k++) b.append(tokens[random.nextInt(tokens.length)]);
                String text = b.toString();
                int previousEnd = 0;
                for (Quantity q : QuantityParser.find(text)) {
                    String where = "'" + text + "' -> " + q;
                    assertTrue(q.start() >= previousEnd && q.end() > q.start() && q.end() <= text.length(), where);
                    assertEquals(text.substring(q.start(), q.end()), q.text(), where);
                    assertTrue(q.low() <= q.high() && q.baseLow() <= q.baseHigh(), where);
                    assertTrue(Double.isFinite(q.low()) && Double.isFinite(q.baseHigh()), where);
                    assertFalse(q.unit().isEmpty(), where);
                    previousEnd = q.end();
                }
            }
        }

        @Test
        void veryLongNumbersKeepTheirMagnitude() {
            Quantity q = only("12345678901234567890123 users");
            assertEquals(1.2345678901234568e22, q.low(), 1e8);
        }

        @Test
        void valuesBeyondDoubleRangeAreDropped() {
            assertTrue(QuantityParser.find("10^999 users").isEmpty());
            assertEquals("5 ms", only("10^999 users took 5 ms").text());
        }
    }
}
