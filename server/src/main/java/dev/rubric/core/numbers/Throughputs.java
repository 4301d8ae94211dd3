package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The throughput figures a document states, and whether each is said to be the peak or the
 * average: "35k QPS at peak", "11.6k QPS on average", a daily volume ("1B events/day", which
 * is an average by construction).
 */
public final class Throughputs {
    static final FastPattern PEAK = FastPattern.compile(
            "\\b(?:peak\\w*|max|maximum|busiest|burst\\w*|worst[- ]case|highest|spikes?|top of the hour|rush)\\b", Pattern.CASE_INSENSITIVE);
    static final FastPattern AVERAGE = FastPattern.compile(
            "\\b(?:average\\w*|avg|mean|typical\\w*|steady[- ]state|sustained|baseline|normal\\w*|median|daily|per day|a day|off[- ]peak)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Rates that are not a system's load: clock speeds and frame rates of a device. */
    private static final Set<String> NOT_LOAD_UNITS = Set.of("Hz", "kHz", "MHz", "GHz", "fps");
    /** A count of times: how often a job runs ("3 times a day") unless it comes at least once a second ("read 5,000 times per second"). */
    private static final Pattern TIMES = Pattern.compile("^times/.*$");
    private static final FastPattern PER_USER = FastPattern.compile("\\b(?:per|each|every|a) (?:user|dau|visitor|customer|session|person)\\b|/user\\b",
            Pattern.CASE_INSENSITIVE);

    /** A label further than this from every rate labels none of them. */
    private static final int LABEL_REACH = 120;

    /** One throughput figure and how the document labels it. */
    public record Figure(ProseUnit unit, Quantity quantity, int start, int end, boolean peak, boolean average) {
        public String text() {
            return Whitespace.collapse(quantity.text()).strip();
        }
    }

    private Throughputs() {
    }

    /** A rate or data rate that can be a system's load: not a clock speed, a device's frame rate or how often a job runs (under once a second). */
    public static boolean isLoad(Quantity q) {
        if (q.dimension() != Dimension.RATE && q.dimension() != Dimension.DATA_RATE) return false;
        if (NOT_LOAD_UNITS.contains(q.unit())) return false;
        // the prefix first: a matcher per figure is most of what this costs, and few are counts of times
        return !(q.unit().startsWith("times/") && TIMES.matcher(q.unit()).matches()) || q.baseValue() >= 1.0;
    }

    /** Gives each label word ("peak", "on average") to the nearest rate in the same sentence part (not across a ";"). */
    private static void label(String text, List<Quantity> rates, FastPattern words, boolean[] into) {
        int next = 0; // first rate that starts after the label: rates are in order, and so are labels
        for (MatchResult m : words.all(text)) {
            while (next < rates.size() && rates.get(next).start() < m.end()) next++;
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = Math.max(0, next - 2); i < Math.min(rates.size(), next + 1); i++) {
                Quantity q = rates.get(i);
                int distance = m.end() <= q.start() ? q.start() - m.end() : m.start() >= q.end() ? m.start() - q.end() : 0;
                if (distance > LABEL_REACH) continue;
                int from = Math.min(m.end(), q.end());
                int to = Math.max(m.start(), q.start());
                if (from < to && text.substring(from, to).indexOf(';') >= 0) continue;
                if (distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            if (best >= 0) into[best] = true;
        }
    }

    /** Every system-load rate in readable prose, in order; rates that feed a stated calculation (per-user rates) are left out. */
    public static List<Figure> find(DocumentAnalysis analysis) {
        Set<Integer> inputs = new HashSet<>();
        for (Calculation c : CalculationFinder.find(analysis)) {
            Operand result = c.result();
            for (Operand o : c.operands()) if (o != result) inputs.add(o.start());
        }
        List<Figure> out = new ArrayList<>();
        for (ProseUnit u : analysis.document().units()) {
            if (!analysis.readable(u) || u.cell() != null && u.cell().header()) continue;
            String text = u.text();
            // by index, and the list made only for a unit with a rate: this runs on every unit
            // at every keystroke, and most units have none
            List<Quantity> quantities = analysis.quantities(u);
            List<Quantity> rates = null;
            for (int k = 0; k < quantities.size(); k++) {
                Quantity q = quantities.get(k);
                if (!isLoad(q)) continue;
                if (inputs.contains(u.startOffset() + q.start())) continue;
                if (PER_USER.find(StageBudgets.clause(text, q.start(), q.end()))) continue;
                if (rates == null) rates = new ArrayList<>(2);
                rates.add(q);
            }
            if (rates == null) continue;
            boolean[] peak = new boolean[rates.size()];
            boolean[] average = new boolean[rates.size()];
            label(text, rates, PEAK, peak);
            label(text, rates, AVERAGE, average);
            String cell = UnitContext.cell(u, analysis.document());
            boolean cellPeak = PEAK.find(cell);
            boolean cellAverage = AVERAGE.find(cell);
            for (int i = 0; i < rates.size(); i++) {
                Quantity q = rates.get(i);
                String unit = q.unit().toLowerCase(Locale.ROOT);
                boolean dailyVolume = unit.endsWith("/day") || unit.endsWith("/week") || unit.endsWith("/month") || unit.endsWith("/year");
                boolean p = peak[i] || cellPeak;
                boolean a = average[i] || cellAverage || dailyVolume && !p;
                out.add(new Figure(u, q, u.startOffset() + q.start(), u.startOffset() + q.end(), p, a));
            }
        }
        return out;
    }
}
