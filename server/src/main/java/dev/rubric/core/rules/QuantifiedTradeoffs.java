package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * At least one choice is weighed against an alternative or the status quo with numbers:
 * "cuts p99 from 120 ms to 30 ms at +$0.12 per 1M queries", "3× faster", "20% fewer
 * bytes than X". A comparison counts as quantified when a figure supports it in the same
 * sentence, the same table row, or the sentence next to it. In a document that quantifies
 * its trade-offs, each further unquantified comparison is an info-level nit.
 */
public final class QuantifiedTradeoffs extends ConcernRule {
    /** A comparison between options, or between the design and what exists today. */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:faster|slower|quicker|cheaper|costlier|smaller|larger|bigger|fewer|less|more|better|worse|higher|lower|shorter|longer"
                    + "|reduc\\w*|improv\\w*|speed-?ups?|slow-?downs?|overheads?|regress\\w*|savings?|saves?|cuts?|increas\\w*|decreas\\w*"
                    + "|compared (?:to|with)|comparison|relative to|vs\\.?|versus|instead of|rather than|at the (?:cost|expense) of|trade-?offs?"
                    + "|outperform\\w*|baseline|than|drops?|gains?|penalty|from .{1,40} to|→|->|x (?:faster|slower|more|less)|times (?:faster|slower|more|less|fewer|larger|smaller))\\b|→|->",
            Pattern.CASE_INSENSITIVE);
    /** Figures that can quantify a comparison. */
    private static final List<Dimension> COMPARABLE = List.of(Dimension.RATIO, Dimension.PERCENT, Dimension.TIME, Dimension.DATA_SIZE,
            Dimension.MONEY, Dimension.RATE, Dimension.DATA_RATE, Dimension.COUNT);
    /** Words saying a percentage is a probability or a split, not a difference. */
    private static final Pattern NOT_A_DIFFERENCE = Pattern.compile(
            "\\b(?:probability|chance|likelihood|split|of the (?:data|dataset|traffic|samples)|train(?:ing)?/|test set|holdout|sampled?"
                    + "|rounds? (?:up|down)|formula|estimat\\w*)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "quantified-tradeoffs";
    }

    @Override
    public String description() {
        return "Trade-offs against alternatives or the status quo carry numbers.";
    }

    @Override
    protected String missingMessage() {
        return "No quantified trade-off: compare the choice with an alternative using figures, e.g. \"sharding cuts p99 from"
                + " 120 ms to 30 ms at +$0.12 per 1M queries\" or \"2× storage for +15% recall\". Pros and cons without numbers do not count.";
    }

    @Override
    protected String placeholderLine() {
        return "- Trade-off: ___ instead of ___ cuts ___ from ___ to ___ at the cost of ___";
    }

    @Override
    protected String placeholderKeyword() {
        return "Trade-off";
    }

    @Override
    protected ConcernFinding find(RuleContext ctx) {
        ConcernFinding finding = new ConcernFinding();
        List<ProseUnit> units = ctx.document().units();
        for (int i = 0; i < units.size(); i++) {
            ProseUnit u = units.get(i);
            if (!readable(u)) continue;
            String text = u.text().toLowerCase(Locale.ROOT);
            String cell = UnitContext.cell(u, ctx.document());
            boolean comparison = COMPARISON.matcher(text).find() || u.cell() != null && COMPARISON.matcher(cell).find();
            if (!comparison) continue;
            Quantity figure = supportingFigure(ctx, u);
            if (figure == null && u.cell() == null) {
                figure = neighbourFigure(ctx, units, i);
            }
            if (figure != null) {
                finding.accept(evidence("comparison quantified by " + figure.text().trim(), u));
            } else if (isClaimOfTradeoff(text)) {
                finding.reject(evidence("comparison with no figure", u));
            }
        }
        if (finding.satisfied()) reportNits(ctx, finding);
        return finding;
    }

    private static boolean isClaimOfTradeoff(String text) {
        return text.matches("(?s).*\\b(?:faster|slower|cheaper|better|worse|at the cost of|instead of|trade-?off|more expensive|less expensive)\\b.*");
    }

    /** In a document that does quantify trade-offs, each unquantified claim is worth an info nit. */
    private void reportNits(RuleContext ctx, ConcernFinding finding) {
        int reported = 0;
        for (var rejected : finding.rejected()) {
            if (reported++ >= 5) break;
            ctx.report(Level.NIT, rejected.range(), "Unquantified comparison: \"" + rejected.excerpt()
                    + "\" — add the figure, e.g. \"30% faster (120 ms → 84 ms)\".", List.of(ctx.fixes().suppressLine(id(), rejected.range())));
        }
    }

    private static Quantity supportingFigure(RuleContext ctx, ProseUnit u) {
        String text = u.text().toLowerCase(Locale.ROOT);
        for (Quantity q : ctx.analysis().quantities(u)) {
            if (!COMPARABLE.contains(q.dimension())) continue;
            if (q.dimension() == Dimension.PERCENT && NOT_A_DIFFERENCE.matcher(text).find()) continue;
            if (q.dimension() == Dimension.COUNT && !text.matches("(?s).*\\b(?:fewer|less|more|from .{1,30} to|reduc\\w*|→)\\b.*")) continue;
            return q;
        }
        if (u.cell() != null) {
            // a bare number in a comparison table's row ("Speedup | 3.2")
            String value = u.normalized();
            if (value.matches("[~≈+\\-]?\\s*\\d[\\d,.]*\\s*[x×%]?")) {
                return new Quantity(0, value.length(), value, 0, 0, false, "", Dimension.RATIO, 0, 0, "");
            }
        }
        return null;
    }

    /** A figure in the sentence before or after, within the same paragraph or list. */
    private static Quantity neighbourFigure(RuleContext ctx, List<ProseUnit> units, int i) {
        ProseUnit u = units.get(i);
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= units.size()) continue;
            ProseUnit n = units.get(j);
            if (n.section() != u.section() || n.cell() != null || Math.abs(n.block() - u.block()) > 1) continue;
            for (Quantity q : ctx.analysis().quantities(n)) {
                if (q.dimension() == Dimension.RATIO || q.dimension() == Dimension.PERCENT || q.dimension() == Dimension.TIME
                        || q.dimension() == Dimension.MONEY) {
                    if (q.dimension() == Dimension.PERCENT && NOT_A_DIFFERENCE.matcher(n.text()).find()) continue;
                    return q;
                }
            }
        }
        return null;
    }
}
