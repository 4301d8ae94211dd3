package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.analysis.LatencyFigures;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityFormat;
import dev.rubric.core.text.Range;
import dev.rubric.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget figures of a document, normalised, for {@code rubric check --explain}:
 * throughput (rates and data rates), latency (durations someone waits for), cost (money) and
 * storage (data sizes), each with its value in the base unit (per second, seconds, USD, bytes).
 */
public final class BudgetFigures {
    /** Clock speeds and how often something happens are rates, but not a load. */

    /** What a budget figure bounds. */
    public enum Kind {
        THROUGHPUT, LATENCY, COST, STORAGE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** "Throughput", as a heading. */
        public String title() {
            return name().charAt(0) + id().substring(1);
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
            if (!analysis.readable(u)) continue;
            LatencyFigures latency = null;
            for (Quantity q : analysis.quantities(u)) {
                Kind kind = switch (q.dimension()) {
                    case RATE, DATA_RATE -> Throughputs.isLoad(q) ? Kind.THROUGHPUT : null;
                    case MONEY -> Kind.COST;
                    case DATA_SIZE -> Kind.STORAGE;
                    case TIME -> {
                        if (latency == null) latency = new LatencyFigures(u, analysis.document());
                        yield latency.read(q).isLatency() ? Kind.LATENCY : null;
                    }
                    default -> null;
                };
                if (kind == null) continue;
                Range range = analysis.document().range(u.startOffset() + q.start(), u.startOffset() + q.end());
                out.add(new Figure(kind, Whitespace.collapse(q.text()).strip(), q.baseValue(), q.dimension().baseUnit(), q.per(), q.dimension(), range));
            }
        }
        return out;
    }
}
