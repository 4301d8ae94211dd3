package dev.rubric.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The quantity parser on any text: it never throws, and what it finds is ordered,
 * non-overlapping, non-empty, within the text, and has finite values.
 */
class QuantityParserFuzzTest {
    private static final List<String> PIECES = List.of(
            "0", "1", "5", "9", "12", "1,000", "1.5", ".5", "1e9", "1E-3", "10^6", "½", "٣", "１２",
            " ", "-", "–", "—", "~", "≈", "<", "≤", ">", "±", "+", "$", "€", "£", "%", "x", "×", "/", " per ", " to ",
            " and ", "between ", "about ", "roughly ", "under ", "up to ", "p99", "p50", "p99.9", "k", "K", "M", "B", "bn",
            "thousand", "million", "billion", "ms", "s", "sec", "seconds", "min", "minutes", "h", "hours", "days",
            "µs", "us", "ns", "QPS", "RPS", "qps", "req/s", "requests/day", "events per second", "DAU", "MAU", "users",
            "KB", "MB", "GB", "TB", "PB", "GiB", "bytes", "Gbps", "USD", "dollars", "cents", "per month", "per 1M queries",
            "k/s", "ops/s", "writes", "reads", ".", ",", "(", ")", "\n", "'", "\"");

    // an input that runs longer is a finding (libFuzzer's -timeout, which Jazzer takes from
    // @Timeout): maxDuration is only checked between inputs, so one slow input could hold CI
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "60s")
    void find(FuzzedDataProvider data) {
        String text;
        if (data.consumeBoolean()) {
            text = data.consumeRemainingAsString();
        } else {
            StringBuilder b = new StringBuilder();
            int parts = data.consumeInt(0, 60);
            for (int i = 0; i < parts && data.remainingBytes() > 0; i++) {
                b.append(data.consumeInt(0, 4) == 0 ? data.consumeString(6) : data.pickValue(PIECES));
            }
            text = b.toString();
        }
        check(text);
    }

    static void check(String text) {
        List<Quantity> found = QuantityParser.find(text);
        int previousEnd = 0;
        for (Quantity q : found) {
            assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(),
                    "quantity " + q + " outside 0.." + text.length() + " or empty");
            assertTrue(q.start() >= previousEnd, "quantity " + q + " overlaps or precedes the previous one ending at " + previousEnd);
            previousEnd = q.end();
            assertTrue(Double.isFinite(q.low()) && Double.isFinite(q.high())
                    && Double.isFinite(q.baseLow()) && Double.isFinite(q.baseHigh()), "non-finite value in " + q);
        }
    }
}
