package dev.rubric.core.readiness;

import dev.rubric.core.LintResult;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.template.TemplateMapping;

/**
 * The readiness score: half for covering the template's required blocks, half for what the
 * findings leave standing. docs/readiness.md documents the formula with a worked example;
 * change both together.
 *
 * <p>Two halves rather than one penalty because they fail differently: a document with every
 * block but vague content and one with perfect prose but two blocks missing are both not
 * ready, and a reviewer wants to see which.
 */
public final class Readiness {
    public static final int COVERAGE_POINTS = 50;
    public static final int FINDING_POINTS = 50;
    public static final int ERROR_COST = 12;
    public static final int WARNING_COST = 5;
    public static final int INFO_COST = 1;
    /** Hints are suggestions for the editor; they do not move the score. */
    public static final int HINT_COST = 0;

    /**
     * The rule that reports missing blocks. Its findings are already scored by coverage;
     * counting them again would make one missing block cost twice.
     */
    static final String MISSING_BLOCK_RULE = "missing-block";

    private Readiness() {
    }

    public static ReadinessScore of(LintResult result) {
        TemplateMapping mapping = result.mapping();
        int required = (int) mapping.template().blocks().stream().filter(b -> b.isRequired()).count();
        int missing = mapping.missingRequiredBlocks().size();
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long hints = 0;
        for (Diagnostic d : result.diagnostics()) {
            if (d.rule().equals(MISSING_BLOCK_RULE)) continue;
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
                case HINT -> hints++;
                case OFF -> { }
            }
        }
        return score(required, required - missing, errors, warnings, infos, hints);
    }

    /**
     * The score for a document with {@code present} of {@code required} required blocks and the
     * given findings. A template without required blocks counts as fully covered.
     */
    public static ReadinessScore score(int required, int present, long errors, long warnings, long infos, long hints) {
        if (required < 0 || present < 0 || present > required) {
            throw new IllegalArgumentException("present blocks " + present + " of " + required);
        }
        if (errors < 0 || warnings < 0 || infos < 0 || hints < 0) throw new IllegalArgumentException("negative finding count");
        double coverage = required == 0 ? COVERAGE_POINTS : COVERAGE_POINTS * (double) present / required;
        double findings = Math.max(0, FINDING_POINTS - cost(errors, warnings, infos, hints));
        int score = (int) Math.round(coverage + findings);
        return new ReadinessScore(Math.max(0, Math.min(100, score)), required, present, coverage, findings,
                errors, warnings, infos, hints);
    }

    /** The findings' cost in points; saturates instead of overflowing on absurd counts. */
    static long cost(long errors, long warnings, long infos, long hints) {
        double cost = (double) errors * ERROR_COST + (double) warnings * WARNING_COST
                + (double) infos * INFO_COST + (double) hints * HINT_COST;
        return cost >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) cost;
    }
}
