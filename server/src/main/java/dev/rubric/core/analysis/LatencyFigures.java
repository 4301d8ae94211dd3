package dev.rubric.core.analysis;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.text.FastPattern;
import java.util.regex.Pattern;

/**
 * Whether a duration in the text is a latency — a wait someone experiences — or a setting,
 * a period or a window. One judgment, used by the {@code latency-budget} rule and by the
 * budget figures that {@code --explain} and the report list, so the two never disagree.
 */
public final class LatencyFigures {
    /** Words saying a duration is a setting, a period or a window, not how long a caller waits. */
    public static final FastPattern NOT_LATENCY = FastPattern.compile(
            "\\b(?:time ?outs?|timed out|ttl|ttls|defaults?|configurable|configured|intervals?|every|poll\\w*|periods?|periodic\\w*|expir\\w*|cache[ds]?|sleep\\w*|back-?off|retr(?:y|ies|ying|ied)"
                    + "|heartbeats?|grace|resync|lease|leases|deadline|cron|schedule\\w*|windows?|retention|retain\\w*|ago|age|uptime|duration of the (?:test|experiment)"
                    + "|training (?:takes|took|time)|for \\d+ (?:days|weeks|months)|once a|per (?:day|week|month)"
                    // a label or attribution definition: "labels are clicks within 30 minutes of an impression"
                    + "|labels?|labell?ed|labell?ing|attribut\\w*|look-?back|dwell\\w*"
                    // a lifecycle wait: "the hook delays the shutdown sequence by 5 seconds"
                    + "|shut ?down|shutting down|termination"
                    // an amount or a resolution of time, not a wait: "16 ms worth of tokens", "a 10 ms granularity"
                    + "|worth of|resolution|granularity"
                    + "|the (?:duration|amount of time|length of time|time) (?:that|for which|before|after which))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words saying a duration is a wait someone experiences. */
    public static final FastPattern LATENCY_CONTEXT = FastPattern.compile(
            "\\b(?:latenc\\w*|p\\d{2,3}(?:\\.\\d)?|percentile|response|respond\\w*|round[- ]trip|rtt|end[- ]to[- ]end|e2e|within|under|below|less than|at most"
                    + "|takes?|took|taking|time to|time-to|delay\\w*|lag|wait\\w*|startup|start-up|cold start|load time|turnaround|ingestion|freshness"
                    + "|available|availability|budget|sla|slo|speed|per iter\\w*|per step|per batch|per request|per query|step time|time per|elapsed|wall[- ]?clock"
                    + "|runtime|run time|running time|execution time|inference time|time \\(|acquisition|failover|recovery|downtime|completes?|finish\\w*)\\b|<|≤|<=",
            Pattern.CASE_INSENSITIVE);
    /** Longer than an hour is a schedule or a project timeline, not a wait. */
    private static final double MAX_SECONDS = 3600;

    /** What a time figure was read as. */
    public enum Reading {
        /** A wait, said so by the words around it, its table column or its section. */
        LATENCY_IN_CONTEXT,
        /** Under a second with no sign of being a setting: a wait. */
        SUB_SECOND,
        /** A timeout, interval, period or window. */
        SETTING,
        /** A duration with nothing saying it is a wait. */
        NO_CONTEXT;

        public boolean isLatency() {
            return this == LATENCY_IN_CONTEXT || this == SUB_SECOND;
        }
    }

    private final ProseUnit unit;
    private final DesignDocument document;
    private final String text;
    // the unit's context is built only for a unit with a time in it, and once per unit, not once
    // per figure: a table row of a thousand figures stays linear
    private boolean contextRead;
    private boolean settingContext;
    private boolean contextSaysLatency;

    /** Judges the time figures of one unit. */
    public LatencyFigures(ProseUnit unit, DesignDocument document) {
        this.unit = unit;
        this.document = document;
        this.text = UnitContext.lower(unit);
    }

    /** @param q a quantity of this unit, of dimension TIME */
    public Reading read(Quantity q) {
        if (q.dimension() != Dimension.TIME) throw new IllegalArgumentException("not a time: " + q.text());
        if (!contextRead) readContext();
        String clause = window(text, q);
        if (NOT_LATENCY.find(clause) || isPeriodOfARate(q)) return Reading.SETTING;
        if (q.baseValue() > MAX_SECONDS) return Reading.NO_CONTEXT;
        if (contextSaysLatency || LATENCY_CONTEXT.find(clause)) return Reading.LATENCY_IN_CONTEXT;
        return q.baseValue() < 1.0 && !settingContext ? Reading.SUB_SECOND : Reading.NO_CONTEXT;
    }

    private void readContext() {
        contextRead = true;
        String cell = UnitContext.cell(unit, document);
        String headings = UnitContext.headings(unit);
        settingContext = NOT_LATENCY.find(text + " | " + cell + " | " + headings);
        boolean headingLatency = unit.cell() == null
                && (headings.contains("latency") || headings.contains("performance") || headings.contains("slo"));
        contextSaysLatency = headingLatency || LATENCY_CONTEXT.find(cell);
    }

    /** "one range per 50 milliseconds": the figure is the period of a rate, not a wait. */
    private boolean isPeriodOfARate(Quantity q) {
        int end = q.start();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        return end >= 4 && text.startsWith(" per", end - 4);
    }

    /** The clause around a figure: 60 characters before and 40 after, cut at sentence-internal breaks. */
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
