package dev.rubric.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.rule.Severity;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    @Test
    void aDocumentWithEveryRequiredBlockAndNoFindingsScores100() {
        ReadinessScore s = Readiness.score(5, 5, 0, 0, 0, 0);
        assertEquals(100, s.score());
        assertEquals(ReadinessBand.READY, s.band());
        assertEquals(Readiness.COVERAGE_POINTS, s.coveragePoints());
        assertEquals(Readiness.FINDING_POINTS, s.findingPoints());
    }

    @Test
    void everyBlockMissingAndManyErrorsFloorsAtZeroNotBelow() {
        ReadinessScore s = Readiness.score(5, 0, 40, 100, 500, 10);
        assertEquals(0, s.score());
        assertEquals(0.0, s.findingPoints());
        assertEquals(ReadinessBand.NOT_READY, s.band());
        assertTrue(s.findingCost() > Readiness.FINDING_POINTS, "the cost is kept so a reader sees how far below the floor");
    }

    @Test
    void absurdFindingCountsDoNotOverflowIntoAHighScore() {
        assertEquals(0, Readiness.score(1, 0, Long.MAX_VALUE, Long.MAX_VALUE, 0, 0).score());
        assertEquals(50, Readiness.score(1, 1, Long.MAX_VALUE, 0, 0, 0).score());
    }

    @Test
    void scoreNeverRisesWhenAFindingOfAnySeverityIsAdded() {
        for (int present = 0; present <= 5; present++) {
            for (int errors = 0; errors < 6; errors++) {
                for (int warnings = 0; warnings < 14; warnings++) {
                    for (int infos = 0; infos < 8; infos++) {
                        int base = Readiness.score(5, present, errors, warnings, infos, 0).score();
                        assertTrue(Readiness.score(5, present, errors + 1, warnings, infos, 0).score() <= base);
                        assertTrue(Readiness.score(5, present, errors, warnings + 1, infos, 0).score() <= base);
                        assertTrue(Readiness.score(5, present, errors, warnings, infos + 1, 0).score() <= base);
                        assertTrue(Readiness.score(5, present, errors, warnings, infos, 1).score() <= base);
                    }
                }
            }
        }
    }

    @Test
    void anErrorCostsMoreThanAWarningWhichCostsMoreThanAnInfo() {
        int error = Readiness.score(5, 5, 1, 0, 0, 0).score();
        int warning = Readiness.score(5, 5, 0, 1, 0, 0).score();
        int info = Readiness.score(5, 5, 0, 0, 1, 0).score();
        assertTrue(error < warning && warning < info && info < 100, error + " < " + warning + " < " + info + " < 100");
    }

    @Test
    void hintsAreEditorSuggestionsAndDoNotMoveTheScore() {
        assertEquals(100, Readiness.score(5, 5, 0, 0, 0, 30).score());
    }

    @Test
    void scoreNeverFallsWhenABlockIsAdded() {
        for (int present = 0; present < 5; present++) {
            assertTrue(Readiness.score(5, present + 1, 2, 3, 1, 0).score() > Readiness.score(5, present, 2, 3, 1, 0).score());
        }
    }

    @Test
    void coverageIsTheShareOfRequiredBlocksPresent() {
        assertEquals(30.0, Readiness.score(5, 3, 0, 0, 0, 0).coveragePoints(), 1e-9);
        assertEquals(80, Readiness.score(5, 3, 0, 0, 0, 0).score());
        assertEquals(50, Readiness.score(4, 0, 0, 0, 0, 0).score(), "no blocks, no findings: only the finding half");
    }

    @Test
    void aTemplateWithoutRequiredBlocksCountsAsCovered() {
        assertEquals(100, Readiness.score(0, 0, 0, 0, 0, 0).score());
    }

    @Test
    void theWorkedExampleInTheDocsComesOutAsDocumented() {
        // docs/readiness.md: 3 of 5 required blocks, 6 warnings and 1 info besides the missing blocks
        ReadinessScore s = Readiness.score(5, 3, 0, 6, 1, 0);
        assertEquals(30.0, s.coveragePoints(), 1e-9);
        assertEquals(19.0, s.findingPoints(), 1e-9);
        assertEquals(49, s.score());
        assertEquals(ReadinessBand.NOT_READY, s.band());

        // ...and after adding both blocks with figures: rollback, monitoring and future-work-section warnings and the info remain
        ReadinessScore revised = Readiness.score(5, 5, 0, 3, 1, 0);
        assertEquals(84, revised.score());
        assertEquals(ReadinessBand.NEEDS_WORK, revised.band());
    }

    @Test
    void bandsSplitAt60And85() {
        assertEquals(ReadinessBand.NOT_READY, ReadinessBand.of(59));
        assertEquals(ReadinessBand.NEEDS_WORK, ReadinessBand.of(60));
        assertEquals(ReadinessBand.NEEDS_WORK, ReadinessBand.of(84));
        assertEquals(ReadinessBand.READY, ReadinessBand.of(85));
        assertEquals(ReadinessBand.NOT_READY, ReadinessBand.of(0));
    }

    @Test
    void impossibleInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Readiness.score(3, 4, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Readiness.score(3, -1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Readiness.score(3, 3, -1, 0, 0, 0));
    }

    @Test
    void aLintedDocumentCountsAMissingBlockOnceInCoverageNotAgainAsAWarning() {
        String doc = """
                # Feed ranking

                ## Problem Definition

                We rank posts so that members see relevant content first, measured by click-through rate.

                ## Data Pipeline

                Sources are click logs; labels are clicks. Features come from the feature store.

                ## Model Architecture

                A two tower model with a ranking head.
                """;
        LintResult result = new Linter().lint(null, doc, LintOptions.defaults());
        long missingBlockWarnings = result.diagnostics().stream().filter(d -> d.rule().equals("missing-block")).count();
        long otherWarnings = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING && !d.rule().equals("missing-block")).count();
        assertEquals(2, missingBlockWarnings, result.diagnostics().toString());

        ReadinessScore s = Readiness.of(result);
        assertEquals(5, s.requiredBlocks());
        assertEquals(3, s.presentRequiredBlocks());
        assertEquals(otherWarnings, s.warnings());
        assertEquals(Readiness.score(5, 3, s.errors(), otherWarnings, s.infos(), s.hints()).score(), s.score());
    }
}
