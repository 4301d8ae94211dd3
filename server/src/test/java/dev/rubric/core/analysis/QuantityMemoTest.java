package dev.rubric.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityParser;
import dev.rubric.core.rule.RuleRegistry;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a parser that keeps unchanged chunks across versions (the language server's), a unit's
 * quantities are scanned once and reused by later versions while its text is reused — and
 * every version's quantities and findings are those of a fresh lint.
 */
class QuantityMemoTest {
    private static final URI DOC = URI.create("file:///memo.md");

    @Test
    void unchangedTextKeepsItsQuantitiesAndEveryVersionLintsAsAFreshLint() {
        Linter keeping = new Linter(RuleRegistry.builtIn(), null, new DocumentParser(null, 1));
        Linter fresh = new Linter(RuleRegistry.builtIn());
        String first = document("serves 12k QPS at p99 < 80 ms");
        String second = first.replace("Section 39 serves 12k QPS at p99 < 80 ms", "Section 39 serves 15k QPS at p99 < 90 ms");
        assertTrue(!first.equals(second));

        LintResult before = keeping.lint(DOC, first, LintOptions.defaults());
        Map<Object, List<Quantity>> seen = new IdentityHashMap<>();
        for (ProseUnit u : before.document().units()) {
            if (u.memo() != null) seen.put(u.memo(), before.analysis().quantities(u));
        }
        LintResult after = keeping.lint(DOC, second, LintOptions.defaults());
        int reused = 0;
        int rescanned = 0;
        for (ProseUnit u : after.document().units()) {
            List<Quantity> quantities = after.analysis().quantities(u);
            assertEquals(QuantityParser.find(u.text()), quantities, u.toString());
            List<Quantity> earlier = seen.get(u.memo());
            if (earlier != null) {
                assertSame(earlier, quantities, "a reused text is not scanned again");
                reused++;
            } else if (!quantities.isEmpty()) {
                rescanned++;
            }
        }
        assertTrue(reused > 100, "reused: " + reused);
        assertTrue(rescanned > 0, "the edited chunk's figures are read anew");
        LintResult expected = fresh.lint(DOC, second, LintOptions.defaults());
        assertEquals(expected.diagnostics(), after.diagnostics());
        assertNotSame(before.analysis(), after.analysis());
    }

    /** Forty sections of prose with figures, long enough for the parser to keep many chunks. */
    private static String document(String figures) {
        StringBuilder sb = new StringBuilder("# Ranking service\n\n");
        for (int i = 0; i < 40; i++) {
            sb.append("## Section ").append(i).append("\n\n")
                    .append("Section ").append(i).append(' ').append(figures).append(". The cache holds 2 GB and costs $1.2k per month.\n\n")
                    .append("- Retrieval takes 20 ms and ranking 35 ms, 55 ms in all.\n")
                    .append("- Training runs daily on 40M rows in 3 h.\n\n")
                    .append("| stage | p99 |\n|---|---|\n| retrieval | 20 ms |\n| ranking | 35 ms |\n\n");
        }
        return sb.toString();
    }
}
