package dev.rubric.core.rules;

import dev.rubric.core.numbers.Calculation;
import dev.rubric.core.numbers.CalculationFinder;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;

/**
 * A calculation that only works out if units of different sizes are taken as one: "1B
 * events/day ÷ 1000 servers = 1M events/s per server" (per day read as per second), "200 ms +
 * 1 s = 201 ms", "10 GB = 10 GiB". The message names the two units and the conversion that
 * was left out.
 */
public final class UnitMismatch implements Rule {
    @Override
    public String id() {
        return "unit-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Calculations convert units: no per-day figure divided as if per second, no ms added to s, no GB equated with GiB.";
    }

    @Override
    public void check(RuleContext ctx) {
        double tolerance = Arithmetic.tolerance(ctx);
        for (Calculation c : CalculationFinder.find(ctx.analysis())) {
            Calculation.Verdict v = c.check(tolerance);
            if (v.outcome() == Calculation.Outcome.UNIT_MISMATCH) Arithmetic.report(ctx, id(), c, v, "Units mixed: ");
        }
    }
}
