package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BudgetFiguresTest {
    @Test
    void listsEachKindWithItsNormalisedValue() {
        String md = NumbersTesting.doc("""
                - Load: 12k QPS at peak, 1B events/day, 2 GB/s of logs.
                - Latency: p99 < 150 ms end to end; requests time out after 2 s.
                - Cost: $0.12 per 1M queries.
                - Storage: 10 TB of embeddings.
                - Hosts have 3.2 GHz CPUs and retrain 3 times a day.""");
        List<BudgetFigures.Figure> figures = BudgetFigures.of(NumbersTesting.lint(md).analysis());
        String summary = figures.stream().map(f -> f.kind().id() + " " + f.text() + " = " + f.value() + " " + f.unit()
                + (f.per().isEmpty() ? "" : " per " + f.per())).collect(Collectors.joining("\n"));
        assertEquals("""
                throughput 12k QPS = 12000.0 /s
                throughput 1B events/day = 11574.074074074075 /s
                throughput 2 GB/s = 2.0E9 B/s
                latency 150 ms = 0.15 s
                cost $0.12 per 1M queries = 0.12 USD per 1M queries
                storage 10 TB = 1.0E13 B""", summary);
        assertEquals(5, figures.get(0).range().start().line() + 1);
        assertEquals(9, figures.get(0).range().start().column() + 1);
    }

    @Test
    void humanReadableValues() {
        List<BudgetFigures.Figure> figures = BudgetFigures.of(NumbersTesting.lint(NumbersTesting.doc("It serves 1B events/day within 200 ms.")).analysis());
        assertEquals(List.of("11.6k/s", "200 ms"), figures.stream().map(BudgetFigures.Figure::human).toList());
    }
}
