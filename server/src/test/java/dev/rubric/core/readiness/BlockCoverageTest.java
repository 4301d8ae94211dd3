package dev.rubric.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.Linter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlockCoverageTest {
    private static final String DOC = """
            ---
            template: mle-five-block
            ---
            # Feed ranking

            ## Problem Definition

            We rank posts so that members see relevant content first.

            ### Users

            Members who open the app daily.

            ## Data Pipeline

            Sources are click logs and labels are clicks. It handles high traffic.

            ## Future Work

            Maybe later.
            """;

    private final Map<String, BlockCoverage> blocks = BlockCoverage.of(new Linter().lint(null, DOC, LintOptions.defaults()))
            .stream().collect(Collectors.toMap(b -> b.block().id(), Function.identity()));

    @Test
    void everyBlockOfTheTemplateIsListedInTemplateOrder() {
        List<String> ids = BlockCoverage.of(new Linter().lint(null, DOC, LintOptions.defaults())).stream().map(b -> b.block().id()).toList();
        assertEquals(List.of("problem-definition", "data-pipeline", "model-architecture", "scaling-strategy", "tradeoff-summary"), ids);
    }

    @Test
    void aBlockWithASectionIsPresentAndNamesIt() {
        BlockCoverage problem = blocks.get("problem-definition");
        assertTrue(problem.present());
        assertEquals(List.of("Problem Definition"), problem.sections());
    }

    @Test
    void wordsIncludeSubsectionsThatInheritTheBlockCountedOnce() {
        // "We rank posts so that members see relevant content first." (10) + "Members who open the app daily." (6)
        assertEquals(16, blocks.get("problem-definition").words());
        assertEquals(12, blocks.get("data-pipeline").words());
    }

    @Test
    void aRequiredBlockWithoutASectionIsMissing() {
        BlockCoverage scaling = blocks.get("scaling-strategy");
        assertFalse(scaling.present());
        assertTrue(scaling.missingRequired());
        assertEquals(0, scaling.words());
    }

    @Test
    void findingsAreCountedInTheBlockTheyPointInto() {
        assertEquals(1, blocks.get("data-pipeline").findings(), "'high traffic' with no figure");
        assertEquals(0, blocks.get("problem-definition").findings());
        assertEquals(0, blocks.get("scaling-strategy").findings(), "a missing block has no text to point into");
    }
}
