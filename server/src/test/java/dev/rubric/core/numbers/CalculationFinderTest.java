package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phrasings of stated calculations and of figures that only look like them. Each row is a
 * sentence and the outcomes of the calculations found in it, in order ("" = none found).
 */
class CalculationFinderTest {
    static Stream<Arguments> phrasings() {
        return Stream.of(
                // --- the examples
                row("50M DAU × 20 req/day ≈ 11.6k QPS", "CORRECT"),
                row("50M DAU × 20 requests/day ≈ 116k QPS", "WRONG"),
                row("10 TB / 100 shards = 100 GB each", "CORRECT"),
                row("10 TB / 100 shards = 1 TB each", "WRONG"),
                row("3 replicas × 64 GB = 192 GB", "CORRECT"),
                row("3 replicas × 64 GB = 172 GB", "WRONG"),
                row("1B events/day ÷ 1000 servers = 1M events/s per server", "UNIT_MISMATCH"),
                row("200 ms + 1 s = 201 ms", "UNIT_MISMATCH"),
                row("10 GB = 10 GiB", "UNIT_MISMATCH"),
                // --- operators and spellings
                row("50M DAU * 20 requests per user per day = 11.6k QPS", "CORRECT"),
                row("50M users x 20 req/day = 11,574 req/s", "CORRECT"),
                row("64 GB * 3 replicas = 192GB", "CORRECT"),
                row("3x 64 GB = 192 GB", "CORRECT"),
                row("2.5 KB × 1B = 2.5 TB", "CORRECT"),
                row("1e9 × 2 KB = 2 TB", "CORRECT"),
                row("2 × 10^6 users × 2 KB = 4 GB", "CORRECT"),
                row("100 ms × 3 = 300 ms", "CORRECT"),
                row("50 ms − 10 ms = 40 ms", "CORRECT"),
                row("50 ms - 10 ms = 30 ms", "WRONG"),
                row("(50M × 20) / 86,400 ≈ 11.6k", "CORRECT"),
                row("100M items × 256 dims × 4 bytes = 102.4 GB", "CORRECT"),
                row("retrieval 40ms + ranking 80ms + rerank 60ms = 180ms", "CORRECT"),
                row("40 ms (retrieval) + 80 ms (ranking) = 120 ms", "CORRECT"),
                row("10% of 50M DAU = 5M users", "CORRECT"),
                row("10% of 50M DAU = 50M users", "WRONG"),
                row("12k QPS ÷ 500 QPS/host = 24 hosts", "CORRECT"),
                row("35k QPS / 24 hosts ≈ 1.5k QPS/host", "CORRECT"),
                row("12k QPS × 3 = 36k QPS", "CORRECT"),
                row("The total is 50M DAU × 20 req/day, which is roughly 11.6k QPS", "CORRECT"),
                row("50M DAU × 20 req/day works out to 116k QPS", "WRONG"),
                // --- money, data rates, time
                row("4 GPUs × $2.50/hour × 720 hours = $7,200", "CORRECT"),
                row("$0.40 per 1M requests × 1B requests/day = $400/day", "CORRECT"),
                row("$0.12 per 1M queries × 30B queries/month = $3,600/month", "CORRECT"),
                row("1M tokens × $0.50/1M tokens = $0.50", "CORRECT"),
                row("100k QPS * 2 KB = 200 MB/s", "CORRECT"),
                row("1 GB/s * 86400 s = 86.4 TB", "CORRECT"),
                row("100 GB/day × 365 days = 36.5 TB", "CORRECT"),
                row("12k QPS × 2 KB = 24 Gbps", "WRONG"),
                // --- conversions, and conversions written out by hand
                row("1 day = 86,400 s", "CORRECT"),
                row("1 month = 30 days", "CORRECT"),
                row("1.5 h = 90 min = 5,400 s", "CORRECT,CORRECT"),
                row("1 PB ≈ 1,000 TB", "CORRECT"),
                row("1 QPS = 86,400 requests/day", "CORRECT"),
                row("$5k/month = $60k/year", "CORRECT"),
                row("1.2B req/day / 86,400 = 13.9k QPS", "CORRECT"),
                row("1.2B req/day / 86,400 = 1.39k QPS", "WRONG"),
                row("1B events/day / 100k ≈ 10k events/s", "CORRECT"),
                row("1B events/day ÷ 24 ÷ 3600 ≈ 11.6k events/s", "CORRECT"),
                row("1 Gbps / 8 = 125 MB/s", "CORRECT"),
                row("$400/day × 30 = $12,000/month", "CORRECT"),
                row("3.6M requests/h ÷ 100 hosts = 36k requests/s per host", "UNIT_MISMATCH"),
                row("1 TB ≈ 1 TiB", "UNIT_MISMATCH"),
                row("Cost = $3/h × 24 × 30 = $2,160/month", "CORRECT"),
                row("8 GPUs × $2/h × 24 h × 30 days = $11,520/month", "CORRECT"),
                row("8 GPUs × $2/h × 730 h = $11,680 per month", "CORRECT"),
                row("1B writes/day / 86,400 s ≈ 11.6k writes/s", "CORRECT"),
                row("1B writes/day / 86,400 s ≈ 116k writes/s", "WRONG"),
                row("11.6k QPS × 1 KB × 86,400 s ≈ 1 TB/day", "CORRECT"),
                row("99.9% × 30 days = 43.2 min", "CORRECT"),
                row("0.1% × 30 days = 43.2 min", "CORRECT"),
                row("1B events × 1 KB × 365 = 365 TB", "CORRECT"),
                // --- estimates: right at the precision the author wrote
                row("1B events/day ≈ 10k events/s", "CORRECT"),
                row("1B events/day ≈ 12k events/s", "CORRECT"),
                row("1B events/day ≈ 20k events/s", "WRONG"),
                row("1 day ≈ 10^5 s", "CORRECT"),
                row("1B events/day = 10k events/s", "WRONG"),
                // --- inequalities
                row("40 ms + 80 ms + 60 ms < 150 ms", "WRONG"),
                row("40 ms + 80 ms + 60 ms ≤ 200 ms", "CORRECT"),
                row("3 × 64 GB > 100 GB", "CORRECT"),
                // --- ranges
                row("3 × 50–100 ms = 150–300 ms", "CORRECT"),
                row("3 × 50–100 ms = 600 ms", "WRONG"),
                // --- sides that do not measure the same thing: not checkable
                row("24 h x 3600 s = 86,400 s", "CORRECT"),
                row("50M DAU × 20 = 11.6k QPS", "UNCHECKABLE"),
                // --- not calculations at all
                row("Average load is ≈ 11.6k QPS", ""),
                row("A 3 × 3 grid", ""),
                row("2×A100 GPUs", ""),
                row("24/7 support", ""),
                row("a 1:1 mapping", ""),
                row("version 2.1.0 = latest", ""),
                row("released 2024-01-15 = Q1", ""),
                row("1 node = 8 GPUs", ""),
                row("1 request = 50 candidates", ""),
                row("1 epoch = 10k steps × 64 = 640k examples", "CORRECT"),
                row("1 node = 8 GPUs × 80 GB = 640 GB", "CORRECT"),
                row("score = 0.7 × relevance + 0.3 × freshness", ""),
                row("score = 0.7 × 0.8 + 0.3 × 0.5 = 0.71", "CORRECT"),
                row("train/val/test = 80/10/10", ""),
                row("10:30 + 2 h = 12:30", ""),
                row("70% + 20% + 10% = 100%", "CORRECT"),
                row("12k QPS ≈ 1M requests/day", "WRONG"),
                row("cut p99 by 50 ms = 25%", "UNCHECKABLE"),
                row("p50 = 40 ms, p99 = 120 ms", ""),
                row("we cut p99 from 120 ms to 30 ms", ""),
                row("Ratio 3:1 = 75%", ""),
                row("1 in 1,000 requests = 0.1%", ""),
                row("a 50/50 split", ""),
                row("Recall@10 = 0.85", ""),
                row("lr = 1e-4", ""),
                row("4 × A100 80 GB = 320 GB", ""),
                row("N × 20 req/day = 1B req/day", ""),
                row("20 ms + 30 ms = 10 ms over the old path", ""),
                row("ranking 50–100 ms", ""),
                row("50M DAU × 20 req/day", ""),
                row("Inline `50M × 20 = 7` code", ""));
    }

    private static Arguments row(String sentence, String outcomes) {
        return Arguments.of(sentence, outcomes);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrasings")
    void findsAndChecks(String sentence, String expected) {
        var result = NumbersTesting.lint(NumbersTesting.doc(sentence));
        List<Calculation> found = CalculationFinder.find(result.analysis());
        String actual = found.stream().map(c -> c.check(0.10).outcome().name()).collect(Collectors.joining(","));
        assertEquals(expected, actual, sentence);
    }
}
