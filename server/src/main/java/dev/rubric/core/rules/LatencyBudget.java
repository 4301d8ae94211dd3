package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.CodeUnit;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.rule.RuleContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The design bounds or measures how long things take for a caller: "p99 < 150 ms", "results
 * within 10 s", a benchmark table in milliseconds. Timeouts, TTLs, polling intervals and
 * relative changes are not latency budgets.
 */
public final class LatencyBudget extends ConcernRule {
    /** Words saying a duration is a setting or a period, not how long a caller waits. */
    private static final Pattern NOT_LATENCY = Pattern.compile(
            "\\b(?:time ?outs?|timed out|ttl|ttls|defaults?|configurable|intervals?|every|poll\\w*|periods?|periodic\\w*|expir\\w*|cache[ds]?|sleep\\w*|back-?off|retr(?:y|ies|ying|ied)"
                    + "|heartbeats?|grace|resync|lease|leases|deadline|cron|schedule\\w*|window|retention|retain\\w*|ago|age|uptime|duration of the (?:test|experiment)"
                    + "|training (?:takes|took|time)|for \\d+ (?:days|weeks|months)|once a|per (?:day|week|month)"
                    + "|the (?:duration|amount of time|length of time|time) (?:that|for which|before|after which))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words saying a duration is a wait someone experiences. */
    private static final Pattern LATENCY_CONTEXT = Pattern.compile(
            "\\b(?:latenc\\w*|p\\d{2,3}(?:\\.\\d)?|percentile|response|respond\\w*|round[- ]trip|rtt|end[- ]to[- ]end|e2e|within|under|below|less than|at most"
                    + "|takes?|took|taking|time to|time-to|delay\\w*|lag|wait\\w*|startup|start-up|cold start|load time|turnaround|ingestion|freshness"
                    + "|available|availability|budget|sla|slo|speed|per iter\\w*|per step|per batch|per request|per query|step time|time per|elapsed|wall[- ]?clock"
                    + "|runtime|run time|running time|execution time|inference time|time \\(|acquisition|failover|recovery|downtime|completes?|finish\\w*)\\b|<|≤|<=",
            Pattern.CASE_INSENSITIVE);

    /** A column header carrying a time unit: "Min (s)", "Time (ms per iter)", "p99 (ms)". */
    private static final Pattern TIME_COLUMN = Pattern.compile("\\((?:ms|msec|s|sec|secs|seconds|milliseconds|us|µs)\\b[^)]*\\)", Pattern.CASE_INSENSITIVE);
    // compiled once: String.matches compiles its regex on every call, and rules call these per unit
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[~≈]?\\s*\\d[\\d,.]*");
    private static final Pattern TIME_UNIT_HEADER = Pattern.compile("(?s).*\\((?:ms|msec|s|sec|seconds|milliseconds|us|µs)\\b.*");
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
    protected ConcernFinding find(RuleContext ctx) {
        ConcernFinding finding = new ConcernFinding();
        for (ProseUnit u : ctx.document().units()) {
            if (!readable(ctx, u)) continue;
            List<Quantity> qs = ctx.analysis().quantities(u);
            String text = UnitContext.lower(u);
            // the unit's context is built only for a unit with a time in it, and once per unit, not
            // once per figure: a table row of a thousand figures stays linear
            String cell = null;
            boolean settingContext = false;
            boolean cellLatency = false;
            boolean headingLatency = false;
            for (Quantity q : qs) {
                if (q.dimension() != Dimension.TIME) continue;
                if (cell == null) {
                    cell = UnitContext.cell(u, ctx.document());
                    String headings = UnitContext.headings(u);
                    settingContext = NOT_LATENCY.matcher(text + " | " + cell + " | " + headings).find();
                    cellLatency = LATENCY_CONTEXT.matcher(cell).find();
                    headingLatency = u.cell() == null && latencyHeading(headings);
                }
                double seconds = q.baseValue();
                String local = window(text, q);
                if (NOT_LATENCY.matcher(local).find()) {
                    finding.reject(evidence("'" + q.text().trim() + "' is a timeout, interval or period", u));
                    continue;
                }
                boolean subSecond = seconds < 1.0;
                boolean inLatencyContext = LATENCY_CONTEXT.matcher(local).find() || cellLatency || headingLatency;
                if (seconds <= 3600 && (subSecond && !settingContext || inLatencyContext)) {
                    finding.accept(evidence("time " + q.text().trim() + (inLatencyContext ? " in a latency context" : ""), u));
                } else {
                    finding.reject(evidence("'" + q.text().trim() + "' is a duration with no latency context", u));
                }
            }
            if (u.cell() != null && !u.cell().header() && u.normalized().matches("[~≈]?\\s*\\d[\\d,.]*")) {
                String header = cell != null ? cell : UnitContext.cell(u, ctx.document());
                if (header.matches("(?s).*\\((?:ms|msec|s|sec|seconds|milliseconds|us|µs)\\b.*") && LATENCY_CONTEXT.matcher(header).find()
                        && !NOT_LATENCY.matcher(header).find()) {
                    finding.accept(evidence("time in a '" + u.cell().columnHeader() + "' column: " + u.normalized(), u));
                }
            }
        }
        for (CodeUnit code : ctx.document().code()) measuredTimes(ctx, code, finding);
        return finding;
    }

    /**
     * Benchmark output pasted as a plain-text table: a header naming a time unit per column
     * ("Min (s)  Max (s)") above rows of numbers. Code is not prose, but measured latencies
     * in it are still measurements the design reports.
     */
    private static void measuredTimes(RuleContext ctx, CodeUnit code, ConcernFinding finding) {
        String[] lines = code.text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!TIME_COLUMN.matcher(lines[i]).find() || NOT_LATENCY.matcher(lines[i]).find()) continue;
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

    private static boolean latencyHeading(String headings) {
        return headings.contains("latency") || headings.contains("performance") || headings.contains("slo");
    }

    /** The clause around a figure: 60 characters either side, cut at sentence-internal breaks. */
    private static String window(String text, Quantity q) {
        int from = Math.max(0, q.start() - 60);
        int to = Math.min(text.length(), q.end() + 40);
        String before = text.substring(from, q.start());
        int cut = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf(". "), before.lastIndexOf(", and")));
        if (cut >= 0) before = before.substring(cut + 1);
        String after = text.substring(q.end(), to);
        int stop = after.indexOf(';');
        if (stop >= 0) after = after.substring(0, stop);
        return before + text.substring(q.start(), q.end()) + after;
    }
}
