package dev.rubric.core.quantity;

import java.util.Locale;

/**
 * A figure explained in base units, for hovers and reports: "12k QPS → 12,000 per second
 * (rate)". Ranges show both ends; approximate figures keep their "≈".
 */
public final class QuantityDescription {
    private QuantityDescription() {
    }

    public static String describe(Quantity q) {
        String value = q.isRange()
                ? QuantityFormat.human(q.baseLow(), q.dimension()) + " – " + QuantityFormat.human(q.baseHigh(), q.dimension())
                : QuantityFormat.human(q.baseHigh(), q.dimension());
        StringBuilder text = new StringBuilder(q.text().strip()).append(" → ");
        if (q.approximate()) text.append("≈ ");
        text.append(value).append(" (").append(kind(q.dimension()));
        String base = baseValue(q);
        if (!base.isEmpty()) text.append("; ").append(base);
        if (!q.per().isEmpty()) text.append("; per ").append(q.per());
        return text.append(")").toString();
    }

    private static String kind(Dimension d) {
        return switch (d) {
            case RATE -> "rate";
            case DATA_RATE -> "data rate";
            case TIME -> "duration";
            case DATA_SIZE -> "data size";
            case MONEY -> "money";
            case COUNT -> "count";
            case PERCENT -> "percentage";
            case RATIO -> "ratio";
            case PERCENTILE -> "percentile";
        };
    }

    /** The exact value in the dimension's base unit, when that says more than the short form. */
    private static String baseValue(Quantity q) {
        String unit = switch (q.dimension()) {
            case RATE -> "per second";
            case DATA_RATE -> "bytes per second";
            case TIME -> "seconds";
            case DATA_SIZE -> "bytes";
            case MONEY -> "USD".equals(q.unit()) || "cents".equals(q.unit()) ? "US dollars" : q.unit();
            default -> "";
        };
        if (unit.isEmpty()) return "";
        return String.format(Locale.ROOT, "%s %s", plain(q.baseHigh()), unit);
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%,.6g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
