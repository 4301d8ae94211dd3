package dev.rubric.core.rules;

import dev.rubric.core.text.FastPattern;
import dev.rubric.core.analysis.Placeholders;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.numbers.Throughputs;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.Block;
import dev.rubric.core.text.Range;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the template asks for both peak and average throughput (its throughput block's
 * checklist or skeleton names both), the document gives both: a lone "12k QPS", or a peak
 * without the average (or the other way round), is noted once.
 */
public final class PeakVsAverage implements Rule {
    private static final FastPattern PEAK_WORD = FastPattern.compile("\\bpeak\\b");
    private static final FastPattern AVERAGE_WORD = FastPattern.compile("\\b(?:average|avg|mean)\\b");

    @Override
    public String id() {
        return "peak-vs-average";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "Where the template asks for both, throughput is given at peak and on average, each labelled.";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!templateAsksForBoth(ctx)) return;
        List<Throughputs.Figure> figures = Throughputs.find(ctx.analysis());
        if (figures.isEmpty()) return; // no rate at all is throughput-budget's finding
        if (pendingScaffold(ctx)) return;
        Throughputs.Figure firstPeak = figures.stream().filter(Throughputs.Figure::peak).findFirst().orElse(null);
        Throughputs.Figure firstAverage = figures.stream().filter(Throughputs.Figure::average).findFirst().orElse(null);
        if (firstPeak != null && firstAverage != null) return;
        Throughputs.Figure at;
        String message;
        if (firstAverage != null) {
            at = firstAverage;
            message = "Average throughput (" + at.text() + ") is given but not the peak the system must absorb; the template asks for both: add it,"
                    + " e.g. \"peak ≈ 3× average\" with the figure.";
        } else if (firstPeak != null) {
            at = firstPeak;
            message = "Peak throughput (" + at.text() + ") is given but not the average, which drives cost; the template asks for both: add it,"
                    + " e.g. \"average 4k QPS\".";
        } else {
            at = figures.get(0);
            message = at.text() + " is not said to be the peak or the average throughput, and the template asks for both: label it and give"
                    + " the other, e.g. \"12k QPS at peak, 4k QPS on average\".";
        }
        Range range = ctx.document().range(at.start(), at.end());
        ctx.report(Level.DOCUMENT, range, message, ctx.fixes().suppressLine(id(), range));
    }

    /** Whether the block that is home to throughput-budget names both peak and average in its checklist or skeleton. */
    private static boolean templateAsksForBoth(RuleContext ctx) {
        Optional<Block> home = ctx.template().homeOf("throughput-budget");
        if (home.isEmpty()) return false;
        String text = (home.get().skeleton() + "\n" + String.join("\n", home.get().checklist())).toLowerCase(Locale.ROOT);
        return PEAK_WORD.find(text) && AVERAGE_WORD.find(text);
    }

    /** A scaffold line still waiting for its peak or average figure ("Peak QPS: ___"): empty-section reports it. */
    private static boolean pendingScaffold(RuleContext ctx) {
        for (ProseUnit u : ctx.document().units()) {
            if (!Placeholders.hasBlank(u)) continue;
            String t = u.lower();
            if (PEAK_WORD.find(t) || AVERAGE_WORD.find(t)) return true;
        }
        return false;
    }
}
