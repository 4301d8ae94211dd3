package dev.rubric.core.quantity;

/**
 * A figure with its unit, as written in a document.
 *
 * @param start       offset of the first character of the figure in the parsed text
 * @param end         offset just past the figure (and its unit)
 * @param text        the source text of the figure, e.g. "~12k QPS" or "50–100 ms"
 * @param low         the value as written, in the written unit (the lower bound of a range)
 * @param high        the upper bound of a range; equal to {@code low} for a single value
 * @param approximate written with ~, ≈, "about", "roughly", "around", "approximately"
 * @param unit        canonical unit as written: "ms", "QPS", "events/day", "GB", "USD", "DAU"
 * @param dimension   what it measures
 * @param baseLow     {@code low} in the dimension's base unit (seconds, per second, bytes, USD)
 * @param baseHigh    {@code high} in the base unit
 * @param per         for money and counts, what it is per ("1M queries", "month"), else ""
 */
public record Quantity(
        int start,
        int end,
        String text,
        double low,
        double high,
        boolean approximate,
        String unit,
        Dimension dimension,
        double baseLow,
        double baseHigh,
        String per) {

    public boolean isRange() {
        return high != low;
    }

    /** The value a budget means: the upper bound of a range. */
    public double value() {
        return high;
    }

    public double baseValue() {
        return baseHigh;
    }
}
