package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.rule.RuleRegistry;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * With a parser that keeps unchanged chunks across versions (the language server's), a sentence
 * found to state no calculation is not read for one again while its text is reused; every
 * version's calculations and findings are still those of a fresh lint, wherever edits shift,
 * add or break calculations.
 */
class CalculationMemoTest {
    private static final URI DOC = URI.create("file:///calculations.md");
    private static final String[] INSERTS = {"= 2 GB", " × 3", "≈ 11.6k QPS", " is ", "5", " ", "\n", "\n\n", "|", "ms", "## Load\n"};

    @Test
    void aSentenceWithoutACalculationIsReadOnceAndEveryVersionFindsWhatAFreshLintFinds() {
        Linter keeping = new Linter(RuleRegistry.builtIn(), null, new DocumentParser(null, 1));
        Linter fresh = new Linter(RuleRegistry.builtIn());
        StringBuilder text = new StringBuilder(document());

        LintResult first = keeping.lint(DOC, text.toString(), LintOptions.defaults());
        int kept = 0;
        for (ProseUnit u : first.document().units()) {
            boolean states = CalculationFinder.find(first.analysis()).stream().anyMatch(c -> within(c, u));
            if (u.memo() == null || u.cell() != null) continue; // a row's memo is its first cell's: checked by the edits below
            if (states) {
                assertNull(u.memo().calculations(), "a sentence that states a calculation is read again: " + u);
            } else if (first.analysis().readable(u) && u.memo().calculations() != null) {
                kept++;
            }
        }
        assertTrue(kept > 100, "sentences kept as stating none: " + kept);
        assertTrue(CalculationFinder.find(first.analysis()).size() >= 160, "the document states calculations, in sentences and table rows: "
                + CalculationFinder.find(first.analysis()).size());

        Random random = new Random(42);
        for (int version = 0; version < 150; version++) {
            int at = random.nextInt(text.length());
            if (random.nextBoolean()) {
                text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
            } else {
                text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
            }
            LintResult reusing = keeping.lint(DOC, text.toString(), LintOptions.defaults());
            LintResult expected = fresh.lint(DOC, text.toString(), LintOptions.defaults());
            assertEquals(described(expected), described(reusing), "version " + version);
            assertEquals(expected.diagnostics(), reusing.diagnostics(), "version " + version);
        }
    }

    /** Each calculation where it stands and as it reads, with its operands' places (Expr has no equals). */
    private static List<String> described(LintResult result) {
        return CalculationFinder.find(result.analysis()).stream()
                .map(c -> c.start() + "-" + c.end() + " " + c.leftText() + " " + c.relation() + " " + c.rightText() + " "
                        + c.operands().stream().map(o -> o.start() + ":" + o.end() + ":" + o.base()).toList())
                .toList();
    }

    private static boolean within(Calculation c, ProseUnit u) {
        return u.range().startOffset() <= c.start() && c.end() <= u.range().endOffset();
    }

    /** Forty sections of prose with and without calculations, right and wrong, long enough to be kept in many chunks. */
    private static String document() {
        StringBuilder sb = new StringBuilder("# Ranking service\n\n");
        for (int i = 0; i < 40; i++) {
            sb.append("## Section ").append(i).append("\n\n")
                    .append("Section ").append(i).append(" serves 12k QPS at p99 < 80 ms. The cache holds 2 GB and costs $1.2k per month.\n")
                    .append("Load is 50M DAU × 20 requests/day ≈ 11.6k QPS. Storage is 40M rows × 2 KB = ").append(i % 2 == 0 ? "80 GB" : "8 GB").append(".\n\n")
                    .append("- Retrieval takes 20 ms and ranking 35 ms, 55 ms in all.\n")
                    .append("- Training runs daily on 40M rows in 3 h.\n\n")
                    .append("| stage | p99 |\n|---|---|\n| retrieval | 20 ms |\n| ranking | 35 ms |\n\n")
                    .append("| what | figures | result |\n|---|---|---|\n| load | 50M DAU × 20 requests/day | ≈ ").append(i % 3 == 0 ? "11.6k" : "1.2k")
                    .append(" QPS |\n| storage | 40M rows × 2 KB | = 80 GB |\n\n");
        }
        return sb.toString();
    }
}
