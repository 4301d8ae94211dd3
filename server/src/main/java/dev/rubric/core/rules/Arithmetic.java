package dev.rubric.core.rules;

import dev.rubric.core.fix.Fix;
import dev.rubric.core.numbers.Calculation;
import dev.rubric.core.numbers.CalculationFinder;
import dev.rubric.core.numbers.Operand;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Stated calculations are right: "50M DAU × 20 req/day ≈ 11.6k QPS", "10 TB / 100 shards =
 * 100 GB each", "3 replicas × 64 GB = 192 GB". Each is recomputed in base units (a per-day rate
 * becomes per second, GB become bytes) and a result more than {@code tolerance} away is
 * reported with the right value. A result that is only wrong because per-day was taken as
 * per-second, or ms as s, is left to unit-mismatch.
 */
public final class Arithmetic implements Rule {
    static final double DEFAULT_TOLERANCE = 0.10;

    @Override
    public String id() {
        return "arithmetic";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Stated calculations add up: \"50M DAU × 20 req/day ≈ 11.6k QPS\" is recomputed, within 10%.";
    }

    @Override
    public void check(RuleContext ctx) {
        double tolerance = tolerance(ctx);
        for (Calculation c : CalculationFinder.find(ctx.analysis())) {
            Calculation.Verdict v = c.check(tolerance);
            if (v.outcome() != Calculation.Outcome.WRONG) continue;
            report(ctx, id(), c, v, "Wrong result: ");
        }
    }

    static double tolerance(RuleContext ctx) {
        double t = ctx.option("tolerance", DEFAULT_TOLERANCE);
        return Double.isFinite(t) && t >= 0 && t < 1 ? t : DEFAULT_TOLERANCE;
    }

    /**
     * Reports a verdict at its result figure, with a fix that writes the recomputed number in
     * (applied by hand only); a calculation whose sides are both expressions ("2 × 3 = 4 × 5")
     * has no single result figure, so the finding spans the calculation and offers no number.
     */
    static void report(RuleContext ctx, String rule, Calculation c, Calculation.Verdict v, String prefix) {
        Operand at = v.result();
        Range range = at == null ? ctx.document().range(c.start(), c.end()) : ctx.document().range(at.numberStart(), at.end());
        List<Fix> fixes = new ArrayList<>();
        if (at != null && v.newNumber() != null) {
            String old = ctx.document().text().substring(at.numberStart(), at.numberEnd());
            // not safe: the wrong figure may be an input rather than the result, so a person decides
            fixes.add(ctx.fixes().replace("Replace " + old + " with " + v.newNumber(), ctx.document().range(at.numberStart(), at.numberEnd()),
                    v.newNumber(), false));
        }
        fixes.addAll(ctx.fixes().suppressLine(rule, range));
        ctx.report(Level.DOCUMENT, range, prefix + v.message(), fixes);
    }
}
