package dev.rubric.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Short readable renderings of base-unit values for hints and hovers: "11.6k/s", "150 ms", "1.2 GB", "$0.12".
 *
 * <p>Three significant digits, trailing zeros dropped, and the largest unit in which the value is at least 1
 * (so 0.2 s is "200 ms" and 90 s is "1.5 min"). MONEY base values are US dollars.
 */
public final class QuantityFormat {
    private static final String[] COUNT_SUFFIXES = {"", "k", "M", "B", "T"};
    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    private static final double[] TIME_FACTORS = {31_536_000, 86_400, 3600, 60, 1, 1e-3, 1e-6, 1e-9};
    private static final String[] TIME_UNITS = {"year", "day", "h", "min", "s", "ms", "µs", "ns"};
    /** A rate is shown per the shortest period in which it reaches 1: 0.5/s is "30/min". */
    private static final double[] RATE_PERIODS = {1, 60, 3600, 86_400};
    private static final String[] RATE_UNITS = {"/s", "/min", "/h", "/day"};
    private static final int SIGNIFICANT = 3;

    private QuantityFormat() {
    }

    /** A short string for a value in the base unit of {@code d}. */
    public static String human(double baseValue, Dimension d) {
        if (Double.isNaN(baseValue) || Double.isInfinite(baseValue)) return Double.toString(baseValue);
        if (baseValue < 0) return "-" + human(-baseValue, d);
        switch (d) {
            case RATE:
                return rate(baseValue);
            case DATA_RATE:
                return bytes(baseValue) + "/s";
            case TIME:
                return time(baseValue);
            case DATA_SIZE:
                return bytes(baseValue);
            case MONEY:
                return money(baseValue);
            case COUNT:
                return compact(baseValue);
            case PERCENT:
                return belowHundred(baseValue) + "%";
            case RATIO:
                return plain(round(baseValue, SIGNIFICANT)) + "x";
            case PERCENTILE:
                return "p" + belowHundred(baseValue);
            default:
                throw new IllegalArgumentException("unknown dimension " + d);
        }
    }

    /** 1200 → "1.2k", 11574 → "11.6k", 2e9 → "2B". */
    static String compact(double v) {
        for (int i = COUNT_SUFFIXES.length - 1; i > 0; i--) {
            BigDecimal r = round(v / Math.pow(1000, i), SIGNIFICANT);
            if (r.compareTo(BigDecimal.ONE) >= 0) return plain(r) + COUNT_SUFFIXES[i];
        }
        return plain(round(v, SIGNIFICANT));
    }

    private static String rate(double perSecond) {
        for (int i = 0; i < RATE_PERIODS.length; i++) {
            double v = perSecond * RATE_PERIODS[i];
            if (perSecond == 0 || round(v, SIGNIFICANT).compareTo(BigDecimal.ONE) >= 0 || i == RATE_PERIODS.length - 1) {
                return compact(v) + RATE_UNITS[i];
            }
        }
        throw new AssertionError("unreachable");
    }

    private static String bytes(double v) {
        for (int i = BYTE_UNITS.length - 1; i > 0; i--) {
            BigDecimal r = round(v / Math.pow(1000, i), SIGNIFICANT);
            if (r.compareTo(BigDecimal.ONE) >= 0) return plain(r) + " " + BYTE_UNITS[i];
        }
        return plain(round(v, SIGNIFICANT)) + " B";
    }

    private static String time(double seconds) {
        if (seconds == 0) return "0 s";
        for (int i = 0; i < TIME_FACTORS.length; i++) {
            BigDecimal r = round(seconds / TIME_FACTORS[i], SIGNIFICANT);
            if (r.compareTo(BigDecimal.ONE) >= 0 || i == TIME_FACTORS.length - 1) {
                String unit = TIME_UNITS[i];
                boolean word = unit.equals("day") || unit.equals("year");
                return plain(r) + " " + (word && r.compareTo(BigDecimal.ONE) != 0 ? unit + "s" : unit);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** "$0.12", "$12.5", "$300", "$12.5k", "$1.2M": cents are kept below a thousand dollars. */
    private static String money(double usd) {
        if (usd >= 1000) return "$" + compact(usd);
        if (usd >= 1) return "$" + plain(BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_UP));
        return "$" + plain(round(usd, SIGNIFICANT));
    }

    /** Three significant digits, more if needed so that 99.99 does not round up to 100. */
    private static String belowHundred(double v) {
        int digits = SIGNIFICANT;
        BigDecimal r = round(v, digits);
        while (v < 100 && r.compareTo(BigDecimal.valueOf(100)) >= 0 && digits < 12) r = round(v, ++digits);
        return plain(r);
    }

    private static BigDecimal round(double v, int significant) {
        return BigDecimal.valueOf(v).round(new MathContext(significant, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
