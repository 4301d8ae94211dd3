package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StageBudgetsTest {
    private static List<StageBudgets.Budget> budgets(String markdown) {
        return StageBudgets.find(NumbersTesting.lint(markdown).analysis());
    }

    @Test
    void oneSentenceWithTheTotalFirst() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc(
                "200 ms end to end: 40 ms retrieval, 80 ms ranking, 60 ms feature fetch, 50 ms re-ranking."));
        assertEquals(1, b.size());
        assertEquals("200 ms", b.get(0).total().text());
        assertEquals(4, b.get(0).stages().size());
        assertEquals(0.23, b.get(0).sum(), 1e-9);
        assertEquals("sentence", b.get(0).form());
    }

    @Test
    void oneSentenceWithTheTotalLast() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc("Retrieval 30 ms, ranking 80 ms and re-ranking 30 ms, 200 ms in total."));
        assertEquals(1, b.size());
        assertEquals(0.2, b.get(0).total().high(), 1e-9);
        assertEquals(0.14, b.get(0).sum(), 1e-9);
    }

    @Test
    void aListUnderALeadIn() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc(
                "The p99 budget is 1 s end to end, split as follows:\n\n- Retrieval: 300 ms\n- Ranking: 0.5 s\n- Response: 250 ms"));
        assertEquals(1, b.size());
        assertEquals("list", b.get(0).form());
        assertEquals(1.05, b.get(0).sum(), 1e-9);
    }

    @Test
    void aNestedListUsesItsParentAsTheTotal() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc(
                "Stages:\n\n- Retrieval: 80 ms\n- Ranking: 150 ms\n  - Feature fetch: 60 ms\n  - Inference: 110 ms"));
        assertEquals(1, b.size());
        assertEquals("150 ms", b.get(0).total().text());
    }

    @Test
    void anItemWithSeveralFiguresIsLeftOutAndTheSumIsALowerBound() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc(
                "- Retrieval: 80 ms\n- Ranking: 150 ms, 90 ms at p50\n- Re-ranking: 40 ms\n- Total: 100 ms"));
        assertEquals(1, b.size());
        assertFalse(b.get(0).complete());
        assertEquals(0.12, b.get(0).sum(), 1e-9);
    }

    @Test
    void aTableWithATotalRowPerTimeColumn() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc(
                "| Stage | p50 (ms) | p99 (ms) |\n|---|---|---|\n| Retrieval | 10 | 30 |\n| Ranking | 20 | 60 |\n| Total | 25 | 100 |"));
        assertEquals(2, b.size());
        assertEquals(0.03, b.get(0).sum(), 1e-9);
        assertEquals(0.025, b.get(0).total().high(), 1e-9);
        assertEquals(0.09, b.get(1).sum(), 1e-9);
    }

    @Test
    void rangesCountAtTheirUpperEnd() {
        List<StageBudgets.Budget> b = budgets(NumbersTesting.doc("p99 < 180 ms end to end: retrieval 40–60 ms, ranking 50–100 ms and re-ranking 20–40 ms."));
        assertEquals(1, b.size());
        assertTrue(b.get(0).anyRange());
        assertEquals(0.2, b.get(0).sum(), 1e-9);
    }

    @Test
    void notStageBudgets() {
        assertTrue(budgets(NumbersTesting.doc("The 150 ms budget covers retrieval (80 ms) and feature fetch (90 ms), which run in parallel, then ranking 50 ms.")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc("End-to-end latency is p50 80 ms, p95 150 ms and p99 200 ms.")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc("We cut p99 from 300 ms to 200 ms end to end, 40 ms of it in retrieval and 90 ms in ranking.")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc("Retrieval budget 40 ms, ranking budget 80 ms, re-ranking budget 60 ms.")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc("40 ms + 80 ms + 60 ms = 180 ms end to end, within the 200 ms budget.")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc("Budget 200 ms end to end, options:\n\n- A: 150 ms\n- B: 120 ms")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc(
                "| Step | Elapsed (ms) |\n|---|---|\n| Retrieval done | 40 |\n| Ranking done | 120 |\n| Total | 120 |")).isEmpty());
        assertTrue(budgets(NumbersTesting.doc(
                "| Model | p99 |\n|---|---|\n| Two-tower | 40 ms |\n| Cross-encoder | 180 ms |\n| Total | 200 ms |")).isEmpty());
    }

    @Test
    void aFiguresClauseRunsFromTheMarkBeforeItToTheMarkAfterIt() {
        String t = "Budget (p99): retrieval 40 ms, ranking (GPU; 80 ms) then 20 ms";
        int at = t.indexOf("80 ms");
        assertEquals(" 80 ms", StageBudgets.clause(t, at, at + 5));
        at = t.indexOf("40 ms");
        assertEquals(" retrieval 40 ms", StageBudgets.clause(t, at, at + 5));
        at = t.indexOf("20 ms");
        // a closing parenthesis ends a clause only after its figure
        assertEquals(" 80 ms) then 20 ms", StageBudgets.clause(t, at, at + 5));
    }

    /** The clause scan compares characters directly; it must stop where the set search it replaced stopped. */
    @Test
    void aFiguresClauseIsWhatASearchForTheMarksGives() {
        Random random = new Random(5);
        String alphabet = "ab ,;:()x.-";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(300);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = b.toString();
            int start = random.nextInt(t.length());
            int end = start + random.nextInt(t.length() - start + 1);
            assertEquals(referenceClause(t, start, end), StageBudgets.clause(t, start, end), t);
        }
    }

    private static String referenceClause(String t, int start, int end) {
        int floor = Math.max(0, start - 120);
        int ceiling = Math.min(t.length(), end + 120);
        int from = start;
        while (from > floor && ",;:(".indexOf(t.charAt(from - 1)) < 0) from--;
        int to = end;
        while (to < ceiling && ",;:)".indexOf(t.charAt(to)) < 0) to++;
        return t.substring(from, to);
    }
}
