package dev.rubric.core.numbers;

import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.QuantityFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A calculation the document states: two sides joined by a relation, e.g. "50M DAU × 20
 * req/day ≈ 11.6k QPS", "10 TB / 100 shards = 100 GB", "1 day = 86,400 s", "40 ms + 80 ms <
 * 150 ms". {@link #check} recomputes it in base units.
 *
 * @param left     the side before the relation
 * @param right    the side after it
 * @param relation how the sides are related
 * @param leftText  the left side as written (whitespace folded), for messages
 * @param rightText the right side as written
 */
public record Calculation(Expr left, Expr right, Relation relation, String leftText, String rightText) {

    /** How the two sides of a calculation are related. */
    public enum Relation {
        EQUALS("="), APPROX("≈"), LESS("<"), LESS_OR_EQUAL("≤"), GREATER(">"), GREATER_OR_EQUAL("≥");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean equality() {
            return this == EQUALS || this == APPROX;
        }
    }

    /** What recomputing found. */
    public enum Outcome {
        /** The result holds (within the tolerance, or as rounded as the author wrote it). */
        CORRECT,
        /** The result is wrong. */
        WRONG,
        /** The numbers work out only if units of different size are taken as equal: per day as per second, ms as s, GB as GiB. */
        UNIT_MISMATCH,
        /** The sides do not measure the same kind of thing (a unit was left implicit), so it cannot be checked. */
        UNCHECKABLE
    }

    /**
     * The verdict on a calculation.
     *
     * @param expected   the value the stated side should have, in base units
     * @param result     the single figure that states the result (where a finding points and a fix edits), or null
     * @param message    what is wrong and what the value should be; empty when correct
     * @param newNumber  the number to write instead of the result's, or null when no single replacement fits
     */
    public record Verdict(Outcome outcome, Interval expected, Operand result, String message, String newNumber) {
        static Verdict of(Outcome o) {
            return new Verdict(o, null, null, "", null);
        }
    }

    /** Every figure of both sides, in document order. */
    public List<Operand> operands() {
        List<Operand> all = new ArrayList<>(left.operands());
        all.addAll(right.operands());
        return all;
    }

    public int start() {
        return left.start();
    }

    public int end() {
        return right.end();
    }

    /** The figure holding the result: the right side if it is one figure, else the left side if it is. */
    public Operand result() {
        if (right.single()) return right.first();
        if (left.single()) return left.first();
        return null;
    }

    /** The side that is computed (the other side from {@link #result()}). */
    public Expr computedSide() {
        return left.single() && !right.single() ? right : left;
    }

    /**
     * Recomputes the calculation. A result is correct when it is within {@code tolerance} of the
     * recomputed value (relative), or when it is written as an estimate ("≈ 10k") and the
     * recomputed value rounds to it at the precision the author wrote.
     */
    public Verdict check(double tolerance) {
        Expr.Value l = left.eval(Operand::base);
        Expr.Value r = right.eval(Operand::base);
        if (l == null || r == null) return Verdict.of(Outcome.UNCHECKABLE);
        Operand result = result();
        Expr computed = computedSide();
        boolean sameKind = l.dims().equals(r.dims());
        if (!relation.equality()) return sameKind ? checkInequality(l.interval(), r.interval()) : Verdict.of(Outcome.UNCHECKABLE);

        List<Interval[]> readings = readings();
        boolean readingOk = false;
        for (Interval[] reading : readings) readingOk |= matches(reading[0], reading[1], result, tolerance);
        if (!sameKind) {
            // the sides only measure the same thing once a hand-written conversion is read as one ("/ 86,400 s")
            if (readings.isEmpty()) return Verdict.of(Outcome.UNCHECKABLE);
            if (readingOk) return Verdict.of(Outcome.CORRECT);
            return result == null ? Verdict.of(Outcome.UNCHECKABLE) : wrong(best(readings, null), result);
        }
        Interval stated = computed == left ? r.interval() : l.interval();
        Interval plain = computed == left ? l.interval() : r.interval();
        boolean plainOk = matches(plain, stated, result, tolerance);

        // The numbers as written, ignoring units: if they add up but the units make them wrong, units were mixed
        Mix mix = mixedUnits();
        if (mix != null && !readingOk) {
            Expr.Value lw = left.eval(Operand::numeric);
            Expr.Value rw = right.eval(Operand::numeric);
            if (lw != null && rw != null) {
                Interval writtenComputed = computed == left ? lw.interval() : rw.interval();
                Interval writtenStated = computed == left ? rw.interval() : lw.interval();
                double writtenGap = writtenComputed.relativeDistance(writtenStated);
                double baseGap = plain.relativeDistance(stated);
                boolean writtenOk = plainOk
                        ? writtenGap <= 0.005 && baseGap > 0.02
                        : matchesWritten(writtenComputed, writtenStated, result, tolerance);
                if (writtenOk) return mismatch(plain, result, mix);
            }
        }
        if (plainOk || readingOk) return Verdict.of(Outcome.CORRECT);
        return wrong(best(readings, new Interval[] {plain, stated}), result);
    }

    /** Of the readings, the one whose computed value is closest to the stated one (the likeliest intent). */
    private static Interval best(List<Interval[]> readings, Interval[] plain) {
        Interval[] best = plain;
        for (Interval[] reading : readings) {
            if (best == null || logDistance(reading[0], reading[1]) < logDistance(best[0], best[1])) best = reading;
        }
        return best[0];
    }

    // ------------------------------------------------------------------ equality

    private boolean matches(Interval computed, Interval stated, Operand result, double tolerance) {
        if (computed.relativeDistance(stated) <= tolerance) return true;
        return result != null && roundsTo(computed.scale(1 / result.unitFactor()), result);
    }

    private boolean matchesWritten(Interval computed, Interval stated, Operand result, double tolerance) {
        if (computed.relativeDistance(stated) <= tolerance) return true;
        return result != null && roundsTo(computed, result);
    }

    /** An estimate ("≈ 10k", "~1M") is right if the value rounds to it at the author's precision. */
    private boolean roundsTo(Interval computedWritten, Operand result) {
        boolean estimate = relation == Relation.APPROX || result.approximate();
        if (!estimate || !computedWritten.isPoint() || !result.written().isPoint()) return false;
        if (result.literal().digits().matches("10\\^\\d+|1[eE][+-]?\\d+") && result.literal().scale().isEmpty()
                && computedWritten.low() > 0 && result.written().low() > 0) {
            // "≈ 10^5", "~1e6" claim an order of magnitude
            return Math.abs(Math.log10(computedWritten.low()) - Math.log10(result.written().low())) <= 0.5;
        }
        int digits = result.literal().significantDigits();
        BigDecimal c = FigureFormat.round(computedWritten.low(), digits);
        BigDecimal s = FigureFormat.round(result.written().low(), digits);
        return c.compareTo(s) == 0;
    }

    private static double logDistance(Interval a, Interval b) {
        double x = (a.low() + a.high()) / 2;
        double y = (b.low() + b.high()) / 2;
        if (x <= 0 || y <= 0) return Double.MAX_VALUE;
        return Math.abs(Math.log(x / y));
    }

    /**
     * Other readings of the calculation, as {computed, stated} pairs whose sides measure the
     * same thing. The parser already turns "1.2B req/day" into per second, so an author's
     * "/ 86,400" (or "/ 86,400 s", or the round "/ 100k") must not divide a second time: a
     * factor that only multiplies or divides and is within 25% of the ratio of two time units
     * (or two data units) the calculation spans is read as that conversion, at the author's
     * rounding. And "99.9% × 30 days" may mean the 0.1% left over.
     */
    private List<Interval[]> readings() {
        List<Interval[]> out = new ArrayList<>();
        List<Double> factors = conversionFactors();
        Map<Operand, Double> candidates = new IdentityHashMap<>();
        for (Expr side : List.of(left, right)) {
            for (Operand o : side.scaleCandidates()) {
                double k = o.written().low();
                double bestRatio = 0;
                for (double f : factors) {
                    double ratio = k / f;
                    if (ratio >= 0.8 && ratio <= 1.25 && Math.abs(Math.log(ratio)) < Math.abs(Math.log(bestRatio == 0 ? 1e9 : bestRatio))) bestRatio = ratio;
                }
                if (bestRatio > 0) candidates.put(o, bestRatio);
            }
            for (Operand o : side.complementCandidates()) candidates.put(o, (100 - o.written().low()) / 100);
        }
        if (candidates.isEmpty()) return out;
        List<Operand> list = new ArrayList<>(candidates.keySet());
        int n = Math.min(list.size(), 4);
        Expr computed = computedSide();
        for (int mask = 1; mask < (1 << n); mask++) {
            Map<Operand, Double> replace = new IdentityHashMap<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) replace.put(list.get(i), candidates.get(list.get(i)));
            }
            Function<Operand, Expr.Value> value = o -> replace.containsKey(o)
                    ? new Expr.Value(Interval.of(replace.get(o)), Dims.NONE) : new Expr.Value(o.base(), o.dims());
            Expr.Value l = left.evalValues(value);
            Expr.Value r = right.evalValues(value);
            if (l == null || r == null || !l.dims().equals(r.dims())) continue;
            out.add(computed == left ? new Interval[] {l.interval(), r.interval()} : new Interval[] {r.interval(), l.interval()});
        }
        return out;
    }

    /**
     * Ratios between the time units (and between the data units) the calculation uses, and
     * between the standard units in between: a calculation in days and seconds may convert
     * through hours ("/ 24 / 3600").
     */
    private List<Double> conversionFactors() {
        List<Double> out = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        List<Double> data = new ArrayList<>();
        boolean bits = false;
        boolean bytes = false;
        for (Operand o : operands()) {
            if (o.time() != null) times.add(o.time().size());
            if (o.data() != null) {
                data.add(o.data().size());
                boolean bit = o.data().name().endsWith("b") || o.data().name().startsWith("bit");
                bits |= bit;
                bytes |= !bit;
            }
        }
        ratios(Scales.TIME_STEPS, times, out);
        ratios(Scales.DATA_STEPS, data, out);
        if (bits && bytes) out.add(8.0); // bits to bytes, written out: "1 Gbps / 8"
        return out;
    }

    private static void ratios(double[] steps, List<Double> all, List<Double> out) {
        List<Double> present = new ArrayList<>(); // distinct sizes: a handful whatever the length of the calculation
        for (double v : all) {
            if (present.stream().noneMatch(p -> Math.abs(p - v) <= 1e-9 * Math.max(p, v))) present.add(v);
        }
        if (present.size() < 2) return;
        double min = present.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = present.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= min * 1.0001) return;
        for (int i = 0; i < present.size(); i++) {
            for (int j = 0; j < present.size(); j++) {
                if (present.get(j) > present.get(i) * 1.0001) out.add(present.get(j) / present.get(i));
            }
        }
        for (int i = 0; i < steps.length; i++) {
            for (int j = i + 1; j < steps.length; j++) {
                if (steps[i] >= min * 0.9999 && steps[j] <= max * 1.0001) out.add(steps[j] / steps[i]);
            }
        }
    }

    // ------------------------------------------------------------------ unit mixes

    /** Two units of one kind with different sizes that the calculation uses side by side. */
    record Mix(Scales.Scale larger, Scales.Scale smaller, String largerUnit, String smallerUnit) {
        String conversion() {
            return "1 " + larger.name() + " = " + FigureFormat.grouped(larger.size() / smaller.size()) + " " + smaller.name();
        }
    }

    private Mix mixedUnits() {
        Mix time = mix(true);
        return time != null ? time : mix(false);
    }

    private Mix mix(boolean time) {
        Operand result = result();
        Operand big = null;
        Operand small = null;
        List<Operand> ordered = new ArrayList<>();
        if (result != null) ordered.add(result);
        ordered.addAll(operands());
        for (Operand o : ordered) {
            Scales.Scale s = scale(o, time);
            if (s == null) continue;
            if (big == null || s.size() > scale(big, time).size() * 1.0001) big = o;
            if (small == null || s.size() < scale(small, time).size() * 0.9999) small = o;
        }
        if (big == null || small == null || big == small) return null;
        return new Mix(scale(big, time), scale(small, time), unitName(big), unitName(small));
    }

    private static Scales.Scale scale(Operand o, boolean time) {
        return time ? o.time() : o.data();
    }

    private static String unitName(Operand o) {
        if (o.quantity() == null) return "";
        String u = o.quantity().unit();
        if (o.quantity().dimension() == Dimension.MONEY && !o.quantity().per().isEmpty()) u = u + "/" + o.quantity().per();
        return u;
    }

    // ------------------------------------------------------------------ verdicts

    private Verdict checkInequality(Interval l, Interval r) {
        boolean holds = switch (relation) {
            case LESS -> l.low() < r.high() * (1 + 1e-9);
            case LESS_OR_EQUAL -> l.low() <= r.high() * (1 + 1e-9);
            case GREATER -> l.high() > r.low() * (1 - 1e-9);
            default -> l.high() >= r.low() * (1 - 1e-9);
        };
        if (holds) return Verdict.of(Outcome.CORRECT);
        Expr computed = computedSide();
        Interval value = computed == left ? l : r;
        Expr other = computed == left ? right : left;
        String v = describe(value, other.single() ? other.first() : null, dims(computed));
        String msg = (computed == left ? leftText : rightText) + " " + approx(value, other.single() ? other.first() : null) + " " + v + ", so \"" + leftText + " "
                + relation.symbol() + " " + rightText + "\" does not hold.";
        return new Verdict(Outcome.WRONG, value, other.first(), msg, null);
    }

    private Verdict wrong(Interval value, Operand result) {
        Expr computed = computedSide();
        String computedText = computed == left ? leftText : rightText;
        String v = describe(value, result, dims(computed));
        String stated = result != null ? result.display() : computed == left ? rightText : leftText;
        String msg = computedText + " " + approx(value, result) + " " + v + ", not " + stated + ".";
        return new Verdict(Outcome.WRONG, value, result, msg, replacement(value, result));
    }

    private Verdict mismatch(Interval value, Operand result, Mix mix) {
        Expr computed = computedSide();
        String computedText = computed == left ? leftText : rightText;
        String v = describe(value, result, dims(computed));
        String stated = result != null ? result.display() : computed == left ? rightText : leftText;
        boolean named = !mix.largerUnit().isEmpty() && !mix.smallerUnit().isEmpty() && !mix.largerUnit().equals(mix.smallerUnit());
        String units = named ? mix.largerUnit() + " and " + mix.smallerUnit() : mix.larger().name() + " and " + mix.smaller().name();
        String msg = computedText + " " + approx(value, result) + " " + v + ", not " + stated + ": it mixes " + units
                + " without converting (" + mix.conversion() + ").";
        return new Verdict(Outcome.UNIT_MISMATCH, value, result, msg, replacement(value, result));
    }

    private static Dims dims(Expr e) {
        Expr.Value v = e.eval(Operand::base);
        return v == null ? Dims.NONE : v.dims();
    }

    private static String approx(Interval value, Operand result) {
        if (result == null || !value.isPoint()) return "≈";
        double w = value.low() / result.unitFactor();
        String n = FigureFormat.number(w, result.literal());
        try {
            return new BigDecimal(n.replace(",", "")).compareTo(BigDecimal.valueOf(w)) == 0 ? "=" : "≈";
        } catch (NumberFormatException e) {
            return "≈";
        }
    }

    private static String replacement(Interval value, Operand result) {
        if (result == null || !value.isPoint() || !result.written().isPoint()) return null;
        double w = value.low() / result.unitFactor();
        if (!(w > 0) || !Double.isFinite(w)) return null;
        return FigureFormat.number(w, result.literal());
    }

    /** A value in the unit of the figure it replaces, or in a readable unit of its dimension. */
    private static String describe(Interval value, Operand like, Dims dims) {
        if (like != null) {
            double f = like.unitFactor();
            if (value.isPoint()) return like.displayWith(value.low() / f);
            return FigureFormat.number(value.low() / f, like.literal()) + "–" + like.displayWith(value.high() / f);
        }
        Dimension dim = dimensionOf(dims);
        if (dim == null) return FigureFormat.number(value.high(), null);
        if (value.isPoint()) return QuantityFormat.human(value.low(), dim);
        return QuantityFormat.human(value.low(), dim) + "–" + QuantityFormat.human(value.high(), dim);
    }

    static Dimension dimensionOf(Dims d) {
        if (d.equals(Dims.NONE)) return Dimension.COUNT;
        if (d.equals(Dims.TIME)) return Dimension.TIME;
        if (d.equals(Dims.BYTES)) return Dimension.DATA_SIZE;
        if (d.equals(new Dims(-1, 0, 0))) return Dimension.RATE;
        if (d.equals(new Dims(-1, 1, 0))) return Dimension.DATA_RATE;
        if (d.equals(new Dims(0, 0, 1))) return Dimension.MONEY;
        return null;
    }
}
