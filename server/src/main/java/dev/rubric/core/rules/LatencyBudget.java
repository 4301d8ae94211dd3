package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.LatencyFigures;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.CodeUnit;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.Lines;
import java.util.regex.Pattern;

/**
 * The design bounds or measures how long things take for a caller: "p99 < 150 ms", "results
 * within 10 s", a benchmark table in milliseconds. Timeouts, TTLs, polling intervals and
 * relative changes are not latency budgets.
 */
public final class LatencyBudget extends ConcernRule {
    /** A column header carrying a time unit: "Min (s)", "Time (ms per iter)", "p99 (ms)". */
    private static final Pattern TIME_COLUMN = Pattern.compile("\\((?:ms|msec|s|sec|secs|seconds|milliseconds|us|µs)\\b[^)]*\\)", Pattern.CASE_INSENSITIVE);
    // compiled once: String.matches compiles its regex on every call, and rules call these per unit
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[~≈]?\\s*\\d[\\d,.]*");
    private static final Pattern TIME_UNIT_HEADER = Pattern.compile("(?s).*\\((?:ms|msec|s|sec|seconds|milliseconds|us|µs)\\b.*");
    /**
     * A latency stated as an order of magnitude in words: "must complete in low tens of
     * milliseconds", "single-digit ms". ("A few milliseconds" and "sub-second" are left out:
     * they are as often an aside as a bound.)
     */
    private static final FastPattern WORDED_MILLISECONDS = FastPattern.compile(
            "\\b(?:(?:low |high )?(?:tens|hundreds) of|single[- ]digit|double[- ]digit) (?:milliseconds?|ms)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURED_ROW = Pattern.compile("^\\s*[A-Za-z][\\w /.-]*?\\s{2,}[~≈]?\\d[\\d.,]*(?:\\s+[~≈]?\\d[\\d.,]*)*\\s*$");

    @Override
    public String id() {
        return "latency-budget";
    }

    @Override
    public String description() {
        return "The design states a latency target or measurement in time units (p99 < 150 ms).";
    }

    @Override
    protected String missingMessage() {
        return "No latency budget: state a target in time units, e.g. \"p99 < 150 ms end to end, 40 ms of it for retrieval\""
                + " or \"results visible within 10 s\". \"Low latency\" or \"real-time\" with no figure is not a budget.";
    }

    @Override
    protected String placeholderLine() {
        return "- Latency budget: p99 < ___ ms end to end";
    }

    @Override
    protected String placeholderKeyword() {
        return "latency";
    }

    @Override
    protected void collect(RuleContext ctx, ConcernFinding finding) {
        for (ProseUnit u : ctx.document().units()) {
            if (finding.enough()) return;
            if (!readable(ctx, u)) continue;
            LatencyFigures figures = new LatencyFigures(u, ctx.document());
            for (Quantity q : ctx.analysis().quantities(u)) {
                if (q.dimension() != Dimension.TIME) continue;
                String figure = q.text().trim();
                switch (figures.read(q)) {
                    case LATENCY_IN_CONTEXT -> finding.accept(evidence("time " + figure + " in a latency context", u));
                    case SUB_SECOND -> finding.accept(evidence("time " + figure, u));
                    case SETTING -> finding.reject(evidence("'" + figure + "' is a timeout, interval or period", u));
                    case NO_CONTEXT -> finding.reject(evidence("'" + figure + "' is a duration with no latency context", u));
                }
            }
            java.util.regex.MatchResult worded = WORDED_MILLISECONDS.first(u.normalized());
            if (worded != null) finding.accept(evidence("order-of-magnitude latency '" + worded.group() + "'", u));
            if (u.cell() != null && !u.cell().header() && PLAIN_NUMBER.matcher(u.normalized()).matches()) {
                String header = UnitContext.cell(u, ctx.document());
                if (TIME_UNIT_HEADER.matcher(header).matches() && LatencyFigures.LATENCY_CONTEXT.find(header)
                        && !LatencyFigures.NOT_LATENCY.find(header)) {
                    finding.accept(evidence("time in a '" + u.cell().columnHeader() + "' column: " + u.normalized(), u));
                }
            }
        }
        for (CodeUnit code : ctx.document().code()) {
            if (finding.enough()) return;
            measuredTimes(ctx, code, finding);
        }
    }

    /**
     * Benchmark output pasted as a plain-text table: a header naming a time unit per column
     * ("Min (s)  Max (s)") above rows of numbers. Code is not prose, but measured latencies
     * in it are still measurements the design reports.
     */
    private static void measuredTimes(RuleContext ctx, CodeUnit code, ConcernFinding finding) {
        String[] lines = Lines.of(code.text());
        for (int i = 0; i < lines.length; i++) {
            if (!TIME_COLUMN.matcher(lines[i]).find() || LatencyFigures.NOT_LATENCY.find(lines[i])) continue;
            for (int j = i + 1; j < Math.min(lines.length, i + 20); j++) {
                if (MEASURED_ROW.matcher(lines[j]).matches()) {
                    int at = ctx.document().text().indexOf(lines[j], code.range().startOffset());
                    int start = at >= 0 ? at : code.range().startOffset();
                    finding.accept(new dev.rubric.core.rule.Evidence("measured times in a code-block table under '" + lines[i].strip() + "'",
                            lines[j].strip(), code.section().isRoot() ? "(preamble)" : code.section().title(),
                            ctx.document().range(start, start + lines[j].length())));
                    return;
                }
            }
        }
    }
}
