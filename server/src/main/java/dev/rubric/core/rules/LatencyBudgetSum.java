package dev.rubric.core.rules;

import dev.rubric.core.numbers.StageBudgets;
import dev.rubric.core.numbers.StageBudgets.Budget;
import dev.rubric.core.numbers.StageBudgets.Figure;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.QuantityFormat;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.text.Range;
import java.util.List;

/**
 * Per-stage latency budgets fit in the total they split: "200 ms end to end: 40 ms retrieval,
 * 80 ms ranking, 60 ms feature fetch, 50 ms re-ranking" adds up to 230 ms and is reported at
 * the 200 ms. Stages may be in one sentence, a list (under a lead-in, a heading or a parent
 * item that gives the total, or with a Total item) or a table (with a Total row).
 */
public final class LatencyBudgetSum implements Rule {
    private static final int MAX_LISTED = 6;

    @Override
    public String id() {
        return "latency-budget-sum";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Per-stage latency budgets add up to no more than the end-to-end budget they split.";
    }

    @Override
    public void check(RuleContext ctx) {
        double slack = ctx.option("tolerance", 0);
        if (!Double.isFinite(slack) || slack < 0) slack = 0;
        for (Budget b : StageBudgets.find(ctx.analysis())) {
            double sum = b.sum();
            double total = b.total().high();
            if (sum <= total * (1 + slack + 1e-9)) continue;
            Range range = ctx.document().range(b.total().start(), b.total().end());
            ctx.report(Level.DOCUMENT, range, message(b, sum, total), ctx.fixes().suppressLine(id(), range));
        }
    }

    private static String message(Budget b, double sum, double total) {
        StringBuilder parts = new StringBuilder();
        List<Figure> stages = b.stages();
        for (int i = 0; i < stages.size() && i < MAX_LISTED; i++) {
            if (i > 0) parts.append(" + ");
            parts.append(stages.get(i).text());
        }
        if (stages.size() > MAX_LISTED) parts.append(" + …");
        String what = b.complete() ? "The " + stages.size() + " stage budgets add up to " : "The stage budgets that have one figure each already add up to ";
        return what + human(sum) + " (" + parts + (b.anyRange() ? ", ranges at their upper end" : "") + "), "
                + human(sum - total) + " over the " + human(total) + " total: trim a stage or raise the total deliberately.";
    }

    private static String human(double seconds) {
        return QuantityFormat.human(seconds, Dimension.TIME);
    }
}
