package dev.rubric.core.readiness;

/**
 * How ready a design document is for a review, 0–100, with the parts it was computed from so
 * every consumer (text, JSON, HTML report, code lens) can show the same breakdown.
 *
 * @param score                 the rounded sum of the two parts, 0–100
 * @param requiredBlocks        required blocks of the document's template
 * @param presentRequiredBlocks how many of them have a section
 * @param coveragePoints        0 to {@link Readiness#COVERAGE_POINTS}: the share of required blocks present
 * @param findingPoints         0 to {@link Readiness#FINDING_POINTS}: what is left after the findings' costs
 * @param errors                counted findings by severity (missing-block findings are not
 *                              counted: coverage already scores them)
 */
public record ReadinessScore(
        int score,
        int requiredBlocks,
        int presentRequiredBlocks,
        double coveragePoints,
        double findingPoints,
        long errors,
        long warnings,
        long infos,
        long hints) {

    public ReadinessBand band() {
        return ReadinessBand.of(score);
    }

    /** What the findings cost before the floor at zero; more than {@link Readiness#FINDING_POINTS} means the floor was hit. */
    public long findingCost() {
        return Readiness.cost(errors, warnings, infos, hints);
    }
}
