package dev.rubric.core.numbers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time and data units a figure is written in, and how big each is (seconds, bytes), so a
 * calculation can tell that it mixes days with seconds or GB with GiB, and which conversion
 * factors ("86,400", "1,024", "8") an author may have written out by hand.
 */
final class Scales {
    /** Seconds in each time unit people compute with, smallest first. */
    static final double[] TIME_STEPS = {1e-9, 1e-6, 1e-3, 1, 60, 3600, 86_400, 604_800, 2_592_000, 31_536_000};
    /** Bytes in each data unit, smallest first (bit, byte, then decimal and binary multiples). */
    static final double[] DATA_STEPS = {0.125, 1, 1e3, 1024, 1e6, 1024d * 1024, 1e9, Math.pow(1024, 3), 1e12, Math.pow(1024, 4),
            1e15, Math.pow(1024, 5)};

    private static final Map<String, Double> TIME = new HashMap<>();
    private static final Map<String, Double> DATA = new HashMap<>();

    static {
        time(1e-9, "ns nsec nanosecond nanoseconds");
        time(1e-6, "µs μs us usec microsecond microseconds");
        time(1e-3, "ms msec millisecond milliseconds");
        time(1, "s sec secs second seconds");
        time(60, "min mins minute minutes m");
        time(3600, "h hr hrs hour hours");
        time(86_400, "day days d");
        time(604_800, "week weeks wk wks");
        time(2_592_000, "month months mo");
        time(31_536_000, "year years yr yrs");
        DATA.put("bit", 0.125);
        DATA.put("bits", 0.125);
        DATA.put("Kb", 125.0);
        DATA.put("Mb", 1.25e5);
        DATA.put("Gb", 1.25e8);
        DATA.put("Tb", 1.25e11);
        DATA.put("B", 1.0);
        DATA.put("byte", 1.0);
        DATA.put("bytes", 1.0);
        DATA.put("KB", 1e3);
        DATA.put("MB", 1e6);
        DATA.put("GB", 1e9);
        DATA.put("TB", 1e12);
        DATA.put("PB", 1e15);
        DATA.put("EB", 1e18);
        DATA.put("KiB", 1024.0);
        DATA.put("MiB", 1024.0 * 1024);
        DATA.put("GiB", Math.pow(1024, 3));
        DATA.put("TiB", Math.pow(1024, 4));
        DATA.put("PiB", Math.pow(1024, 5));
    }

    private Scales() {
    }

    private static void time(double seconds, String names) {
        for (String n : names.split(" ")) TIME.put(n, seconds);
    }

    /** Seconds in a time word ("day", "ms", "GPU-hour" → hour), or NaN. */
    static double seconds(String word) {
        if (word == null || word.isEmpty()) return Double.NaN;
        String w = word.strip();
        Double exact = TIME.get(w);
        if (exact != null) return exact;
        Double lower = TIME.get(w.toLowerCase(Locale.ROOT));
        if (lower != null && w.length() > 1) return lower;
        int dash = w.lastIndexOf('-');
        if (dash > 0) {
            // "GPU-hour", "node-hours": a count of things times a duration, billed per duration
            Double tail = TIME.get(w.substring(dash + 1).toLowerCase(Locale.ROOT));
            if (tail != null && w.length() - dash > 2) return tail;
        }
        return Double.NaN;
    }

    /** Bytes in a data unit ("GB", "GiB", "Gb"), or NaN. */
    static double bytes(String unit) {
        if (unit == null) return Double.NaN;
        Double b = DATA.get(unit.strip());
        return b == null ? Double.NaN : b;
    }

    /** The time a rate is per: "events/day" → day, "QPS" → s, "RPM" → min; null if unknown. */
    static Scale rateTime(String unit) {
        int slash = unit.lastIndexOf('/');
        if (slash >= 0) {
            String t = unit.substring(slash + 1);
            double s = seconds(t);
            return Double.isNaN(s) ? null : new Scale(t, s);
        }
        String u = unit.toUpperCase(Locale.ROOT);
        if (u.endsWith("PM")) return new Scale("min", 60);
        if (u.endsWith("PS") || u.endsWith("HZ")) return new Scale("s", 1);
        return null;
    }

    /** The data unit of a data rate: "GB/s" → GB, "Gbps" → Gb; null if unknown. */
    static Scale rateData(String unit) {
        int slash = unit.indexOf('/');
        String d;
        if (slash > 0) d = unit.substring(0, slash);
        else if (unit.toLowerCase(Locale.ROOT).endsWith("bps")) d = unit.length() == 3 ? "bit" : unit.substring(0, unit.length() - 3) + "b";
        else return null;
        if (d.length() == 2 && Character.isLowerCase(d.charAt(0)) && d.charAt(1) == 'b') d = Character.toUpperCase(d.charAt(0)) + "b";
        double b = bytes(d);
        return Double.isNaN(b) ? null : new Scale(d, b);
    }

    /** A unit as written and its size in the base unit (seconds or bytes). */
    record Scale(String name, double size) {
    }
}
