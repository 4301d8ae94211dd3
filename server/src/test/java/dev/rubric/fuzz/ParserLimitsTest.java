package dev.rubric.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs that broke the document model before its guards, found by the protocol-abuse suite and
 * by probing the parser: each now parses within the model's invariants (see
 * {@link DocumentParserFuzzTest#check}) and lints within a time bound.
 */
class ParserLimitsTest {
    private static final Linter LINTER = new Linter();
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static LintResult lintWithin(String text) {
        return assertTimeoutPreemptively(BOUND, () -> {
            DocumentParserFuzzTest.check(text);
            return LINTER.lint(URI.create("file:///limits.md"), text, LintOptions.defaults());
        });
    }

    /** Was: StackOverflowError in Flexmark's NodeClassifierVisitor. */
    @Test
    void tenThousandNestedBlockQuotes() {
        LintResult r = lintWithin("# Design\n\n" + "> ".repeat(10_000) + "deep text\n");
        assertTrue(r.failures().isEmpty(), r.failures().toString());
    }

    /** Was: StackOverflowError (one line) or minutes of CPU (one item per line, each indented deeper). */
    @Test
    void tenThousandNestedListItems() {
        lintWithin("# Design\n\n" + "- ".repeat(10_000) + "deep item\n");
        lintWithin("# Design\n\n" + "1. ".repeat(10_000) + "deep item\n");
        lintWithin("# Design\n\n" + "> - ".repeat(5_000) + "deep item\n");
        StringBuilder stair = new StringBuilder("# Design\n\n");
        for (int i = 0; i < 1_000; i++) stair.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        lintWithin(stair.toString());
    }

    /** Was: quadratic backtracking in Flexmark's thematic-break pattern (20,000 blanks: 4 s; 1 MB: hours). */
    @Test
    void thematicBreakMarksFollowedByAHugeRunOfBlanks() {
        lintWithin("# Design\n\n- - -" + " ".repeat(200_000) + "x\n");
        lintWithin("# Design\n\n> * * *" + "\t".repeat(100_000) + "x\n");
    }

    /** Was: StackOverflowError in Flexmark for inline markup nested thousands deep. */
    @Test
    void deeplyNestedInlineMarkup() {
        int n = 10_000;
        for (String text : new String[] {
                "![".repeat(n) + "x" + "](y)".repeat(n),
                "*a ".repeat(n) + "x" + " a*".repeat(n),
                "**".repeat(n) + "x" + "**".repeat(n),
                "~~a ".repeat(n) + "x" + " a~~".repeat(n)}) {
            LintResult r = lintWithin("# Design\n\n## Monitoring\n\n" + text + "\n");
            assertEquals("Monitoring", r.document().sections().get(1).title(), "the block structure survives");
        }
    }

    /**
     * Was: StackOverflowError in the monitoring rule (reported as a failed rule): its metric-name
     * pattern repeated a group once per underscore, by recursion. Long tokens of every shape the
     * rules' patterns meet now lint with no rule failing.
     */
    @Test
    void hugeTokensFailNoRule() {
        for (String token : new String[] {"x_".repeat(10_000) + "total", "a".repeat(20_000), "1,".repeat(10_000) + "000 QPS",
                "p99-".repeat(5_000) + "latency", "`" + "a_b".repeat(7_000) + "_seconds`"}) {
            LintResult r = lintWithin("# Design\n\nWe watch " + token + " metrics.\n");
            assertTrue(r.failures().isEmpty(), () -> token.substring(0, 12) + "…: " + r.failures());
        }
    }

    /** Ordinary documents are parsed from their own text: the guards change nothing. */
    @Test
    void guardsLeaveOrdinaryDocumentsAlone() {
        String doc = "# T\n\n- a\n  - b\n    - c\n\n> quote\n\n---\n\n1. one\n2. two\n\n* * *\n";
        assertTrue(dev.rubric.core.model.DocumentParserAccess.flatten(doc) == doc);
    }
}
