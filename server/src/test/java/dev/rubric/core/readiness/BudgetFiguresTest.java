package dev.rubric.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetFiguresTest {
    private static final String DOC = """
            # Search

            ## Scaling Strategy

            Peak 12k QPS at p99 < 150 ms; 3 replicas.

            ## Cost

            Serving adds $0.12 per 1M queries and 2 TB of index, 15% more than today.
            """;

    /** Stands in for the quantity parser: finds the listed figures by their text in each unit. */
    private static List<Quantity> figuresIn(ProseUnit unit) {
        List<Quantity> found = new ArrayList<>();
        add(found, unit, "12k QPS", Dimension.RATE);
        add(found, unit, "p99", Dimension.PERCENTILE);
        add(found, unit, "150 ms", Dimension.TIME);
        add(found, unit, "3 replicas", Dimension.COUNT);
        add(found, unit, "$0.12", Dimension.MONEY);
        add(found, unit, "2 TB", Dimension.DATA_SIZE);
        add(found, unit, "15%", Dimension.PERCENT);
        return found;
    }

    private static void add(List<Quantity> found, ProseUnit unit, String text, Dimension dimension) {
        int at = unit.text().indexOf(text);
        if (at < 0) return;
        found.add(new Quantity(at, at + text.length(), text, 1, 1, false, "", dimension, 1, 1, ""));
    }

    private final DesignDocument document = new DocumentParser().parse(null, DOC);

    @Test
    void figuresAreGroupedIntoTheBudgetTheyState() {
        Map<BudgetKind, List<BudgetFigure>> figures = BudgetFigures.of(document, BudgetFiguresTest::figuresIn);
        assertEquals(List.of("12k QPS"), texts(figures.get(BudgetKind.THROUGHPUT)));
        assertEquals(List.of("150 ms"), texts(figures.get(BudgetKind.LATENCY)));
        assertEquals(List.of("$0.12"), texts(figures.get(BudgetKind.COST)));
        assertEquals(List.of("2 TB"), texts(figures.get(BudgetKind.STORAGE)));
    }

    @Test
    void countsPercentagesAndPercentilesStateNoBudget() {
        Map<BudgetKind, List<BudgetFigure>> figures = BudgetFigures.of(document, BudgetFiguresTest::figuresIn);
        int total = figures.values().stream().mapToInt(List::size).sum();
        assertEquals(4, total, figures.toString());
    }

    @Test
    void aFigureIsLocatedInTheDocumentWithItsSectionAndSentence() {
        BudgetFigure qps = BudgetFigures.of(document, BudgetFiguresTest::figuresIn).get(BudgetKind.THROUGHPUT).get(0);
        assertEquals("12k QPS", DOC.substring(qps.range().startOffset(), qps.range().endOffset()));
        assertEquals(4, qps.range().start().line(), "0-based line of 'Peak 12k QPS'");
        assertEquals("Scaling Strategy", qps.section());
        assertTrue(qps.excerpt().contains("Peak 12k QPS"), qps.excerpt());
    }

    @Test
    void everyBudgetIsListedEvenWhenTheDocumentStatesNone() {
        Map<BudgetKind, List<BudgetFigure>> figures = BudgetFigures.of(document, unit -> List.of());
        assertEquals(List.of(BudgetKind.values()), List.copyOf(figures.keySet()));
        assertTrue(figures.values().stream().allMatch(List::isEmpty));
    }

    @Test
    void dimensionsMapToBudgetsAsTheReportExplains() {
        assertEquals(BudgetKind.THROUGHPUT, BudgetKind.of(Dimension.DATA_RATE).orElseThrow());
        assertTrue(BudgetKind.of(Dimension.RATIO).isEmpty());
    }

    private static List<String> texts(List<BudgetFigure> figures) {
        return figures.stream().map(BudgetFigure::text).toList();
    }
}
