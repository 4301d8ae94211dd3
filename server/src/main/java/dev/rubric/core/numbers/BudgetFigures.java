package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityFormat;
import dev.rubric.core.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The budget figures of a document, normalised, for {@code rubric check --explain}:
 * throughput (rates and data rates), latency (durations someone waits for), cost (money) and
 * storage (data sizes), each with its value in the base unit (per second, seconds, USD, bytes).
 */
public final class BudgetFigures {
    /** Clock speeds and how often something happens are rates, but not a load. */
    private static final Pattern NOT_LOAD_UNIT = Pattern.compile("^(?:[kMG]?Hz|times/.*)$");
    private static final double MAX_LATENCY_SECONDS = 3600;

    /** What a budget figure bounds. */
    public enum Kind {
        THROUGHPUT, LATENCY, COST, STORAGE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One figure.
     *
     * @param value the value in the base unit of its dimension (the upper end of a range)
     * @param unit  that base unit: "/s", "B/s", "s", "USD", "B"
     * @param per   for money, what it is per ("1M queries", "month"), else ""
     */
    public record Figure(Kind kind, String text, double value, String unit, String per, Dimension dimension, Range range) {
        /** The value in a readable unit: "12k/s", "150 ms", "$0.12", "1.2 GB". */
        public String human() {
            String h = QuantityFormat.human(value, dimension);
            return per.isEmpty() ? h : h + " per " + per;
        }
    }

    private BudgetFigures() {
    }

    public static List<Figure> of(DocumentAnalysis analysis) {
        List<Figure> out = new ArrayList<>();
        for (ProseUnit u : analysis.document().units()) {
            if (!Segment.readable(u)) continue;
            String text = u.text();
            String cell = null;
            for (Quantity q : analysis.quantities(u)) {
                Kind kind = switch (q.dimension()) {
                    case RATE, DATA_RATE -> NOT_LOAD_UNIT.matcher(q.unit()).matches() ? null : Kind.THROUGHPUT;
                    case MONEY -> Kind.COST;
                    case DATA_SIZE -> Kind.STORAGE;
                    case TIME -> {
                        if (cell == null) cell = UnitContext.cell(u, analysis.document());
                        yield latency(text, q, cell) ? Kind.LATENCY : null;
                    }
                    default -> null;
                };
                if (kind == null) continue;
                Range range = analysis.document().range(u.startOffset() + q.start(), u.startOffset() + q.end());
                out.add(new Figure(kind, q.text().replaceAll("\\s+", " ").strip(), q.baseValue(), q.dimension().baseUnit(), q.per(), q.dimension(), range));
            }
        }
        return out;
    }

    /** A duration someone waits for: in a latency context, or under a second and not a setting or period. */
    static boolean latency(String text, Quantity q, String cellContext) {
        if (q.baseValue() > MAX_LATENCY_SECONDS) return false;
        String local = window(text, q);
        if (LatencyWords.NOT_LATENCY.matcher(local).find()) return false;
        if (LatencyWords.LATENCY_CONTEXT.matcher(local).find() || LatencyWords.LATENCY_CONTEXT.matcher(cellContext).find()) return true;
        return q.baseValue() < 1.0;
    }

    /** The clause around a figure: up to 60 characters before it and 40 after, cut at ";" and sentence breaks. */
    private static String window(String text, Quantity q) {
        int from = Math.max(0, q.start() - 60);
        int to = Math.min(text.length(), q.end() + 40);
        String before = text.substring(from, q.start());
        int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
        if (cut >= 0) before = before.substring(cut + 1);
        String after = text.substring(q.end(), to);
        int stop = after.indexOf(';');
        if (stop >= 0) after = after.substring(0, stop);
        return before + text.substring(q.start(), q.end()) + after;
    }
}
