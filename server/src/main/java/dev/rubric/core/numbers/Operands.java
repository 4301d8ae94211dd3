package dev.rubric.core.numbers;

import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds {@link Operand}s from parsed quantities and from bare numbers. */
final class Operands {
    /** One "per" target: "1M queries", "GPU-hour", "month", "GB". */
    private static final Pattern PER_SEGMENT = Pattern.compile(
            "^\\s*(\\d[\\d,]*(?:\\.\\d+)?)?\\s*(k|K|M|B|bn|thousand|million|billion)?\\s*([A-Za-zµμ][\\w-]*)?\\s*$");

    private Operands() {
    }

    static Operand of(Quantity q, int offset) {
        String text = q.text();
        FigureFormat.Literal literal = FigureFormat.locate(text);
        if (literal == null) literal = new FigureFormat.Literal(0, text.length(), text, "", 1);
        Interval base = new Interval(q.baseLow(), q.baseHigh());
        Interval written = new Interval(q.low(), q.high());
        if (q.dimension() == Dimension.PERCENT) base = base.scale(0.01);
        Dims dims = Dims.of(q.dimension());
        Scales.Scale time = null;
        Scales.Scale data = null;
        double perUnit = q.high() == 0 ? 1 : q.baseHigh() / q.high();
        switch (q.dimension()) {
            case TIME -> time = new Scales.Scale(q.unit(), perUnit);
            case DATA_SIZE -> data = new Scales.Scale(q.unit(), perUnit);
            case RATE -> time = Scales.rateTime(q.unit());
            case DATA_RATE -> {
                time = Scales.rateTime(q.unit());
                data = Scales.rateData(q.unit());
            }
            default -> { }
        }
        if (!q.per().isEmpty()) {
            for (String segment : q.per().split("/| per ")) {
                Matcher m = PER_SEGMENT.matcher(segment);
                if (!m.matches()) continue;
                double number = m.group(1) == null ? 1 : parse(m.group(1)) * scale(m.group(2));
                if (number <= 0) continue;
                base = base.scale(1 / number);
                written = written.scale(1 / number);
                String word = m.group(3);
                double seconds = Scales.seconds(word);
                double bytes = Scales.bytes(word);
                if (!Double.isNaN(seconds)) {
                    base = base.scale(1 / seconds);
                    dims = dims.over(Dims.TIME);
                    if (time == null) time = new Scales.Scale(word.contains("-") ? word.substring(word.lastIndexOf('-') + 1) : word, seconds);
                } else if (!Double.isNaN(bytes)) {
                    base = base.scale(1 / bytes);
                    dims = dims.over(Dims.BYTES);
                    if (data == null) data = new Scales.Scale(word, bytes);
                }
            }
        }
        return new Operand(offset + q.start(), offset + q.end(), text, literal, q, base, written, dims, q.approximate(), time, data, ratioSign(q));
    }

    /** {@link Operand#ratioSign()} of the quantity's operand: a ratio written with a sign glued to it ("3x"). */
    static boolean ratioSign(Quantity q) {
        String text = q.text();
        return q.dimension() == Dimension.RATIO && !text.isEmpty() && "xX×".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** A bare number matched by {@code CalculationFinder.BARE}; null if its value is out of range. */
    static Operand bare(String text, Matcher m, int start) {
        double v = parse(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
            v *= Math.pow(10, Integer.parseInt(m.group(4).replace("+", "")));
        } else if (m.group(5) != null) {
            v = Math.pow(v, Integer.parseInt(m.group(5)));
        }
        v *= scale(m.group(6) != null ? m.group(6) : m.group(7));
        if (!Double.isFinite(v)) return null;
        FigureFormat.Literal literal = FigureFormat.locate(text);
        if (literal == null) return null;
        Interval value = Interval.of(v);
        return new Operand(start, start + text.length(), text, literal, null, value, value, Dims.NONE, false, null, null, false);
    }

    private static double parse(String digits) {
        try {
            return Double.parseDouble(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double scale(String word) {
        if (word == null) return 1;
        return switch (word) {
            case "k", "K", "thousand" -> 1e3;
            case "M", "million" -> 1e6;
            case "B", "bn", "billion" -> 1e9;
            case "T", "trillion" -> 1e12;
            default -> 1;
        };
    }
}
