package dev.rubric.core.numbers;

/** A value that may be a range ("50–100 ms"); a single figure has {@code low == high}. */
public record Interval(double low, double high) {
    public static Interval of(double v) {
        return new Interval(v, v);
    }

    public boolean isPoint() {
        return low == high;
    }

    public boolean containsZero() {
        return low <= 0 && high >= 0;
    }

    public Interval times(Interval o) {
        double a = low * o.low;
        double b = low * o.high;
        double c = high * o.low;
        double d = high * o.high;
        return new Interval(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
    }

    public Interval over(Interval o) {
        return times(new Interval(1 / o.high, 1 / o.low));
    }

    public Interval plus(Interval o) {
        return new Interval(low + o.low, high + o.high);
    }

    public Interval minus(Interval o) {
        return new Interval(low - o.high, high - o.low);
    }

    public Interval scale(double f) {
        return f >= 0 ? new Interval(low * f, high * f) : new Interval(high * f, low * f);
    }

    /**
     * How far apart two values are, relative to the larger magnitude: 0 when they overlap,
     * 0.1 when they differ by a tenth of the larger one, approaching 1 for values orders of
     * magnitude apart.
     */
    public double relativeDistance(Interval o) {
        double gap;
        if (low > o.high) gap = low - o.high;
        else if (o.low > high) gap = o.low - high;
        else return 0;
        double scale = Math.max(Math.max(Math.abs(low), Math.abs(high)), Math.max(Math.abs(o.low), Math.abs(o.high)));
        return scale == 0 ? 0 : gap / scale;
    }

    public boolean finite() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
