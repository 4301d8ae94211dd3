package dev.rubric.core.numbers;

import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.text.Whitespace;

/**
 * One figure of a calculation: a quantity the parser found ("20 req/day") or a bare number
 * ("86,400", "3", "1e9"), with its value in base units and as written, and its dimension.
 *
 * @param start       document offset of the figure (including a "≈" or "$" the parser kept)
 * @param end         document offset just past the figure
 * @param literal     where the number and its scale sit inside {@code text}
 * @param quantity    the parsed quantity, or null for a bare number
 * @param base        the value in base units (per second, seconds, bytes, USD; a percentage as a fraction)
 * @param written     the value as written, ignoring units ("1B events/day" → 1e9, "200 ms" → 200, "20%" → 20)
 * @param time        the time unit the figure is written in or per ("day" for events/day), or null
 * @param data        the data unit it is written in ("GiB"), or null
 * @param ratioSign   a factor written with a sign glued to it ("3x"), which multiplies what follows
 */
public record Operand(int start, int end, String text, FigureFormat.Literal literal, Quantity quantity,
                      Interval base, Interval written, Dims dims, boolean approximate,
                      Scales.Scale time, Scales.Scale data, boolean ratioSign) {

    public boolean bare() {
        return quantity == null;
    }

    /** The written value as a plain number to compute with: a percentage as a fraction. */
    public Interval numeric() {
        return quantity != null && quantity.dimension() == Dimension.PERCENT ? written.scale(0.01) : written;
    }

    /** Base units per written unit: multiply a written value by this to get the base value. */
    public double unitFactor() {
        double w = written.high();
        return w == 0 ? 1 : base.high() / w;
    }

    public int numberStart() {
        return start + literal.start();
    }

    public int numberEnd() {
        return start + literal.end();
    }

    /** The figure without a leading "≈" or "~": "11.6k QPS". */
    public String display() {
        return fold(raw());
    }

    private String raw() {
        int from = 0;
        while (from < literal.start() && "~≈∼≃≅ \u00a0".indexOf(text.charAt(from)) >= 0) from++;
        return text.substring(from).strip();
    }

    private static String fold(String s) {
        return Whitespace.collapse(s);
    }

    /** The figure with its number replaced: "116k QPS" → "11.6k QPS". */
    public String displayWith(double writtenValue) {
        String d = raw();
        int offset = text.indexOf(d);
        if (offset < 0 || literal.start() < offset) return FigureFormat.number(writtenValue, literal);
        int s = literal.start() - offset;
        int e = literal.end() - offset;
        return fold(d.substring(0, s) + FigureFormat.number(writtenValue, literal) + d.substring(e));
    }
}
