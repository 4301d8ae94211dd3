package dev.rubric.core.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over one text, finding quantities. Not thread-safe: one instance per call.
 *
 * <p>The pass visits each character once. At a digit (or at "p" followed by a digit) it tries to read a
 * quantity: what precedes the number (currency, "~", "about", a label word such as "top"), the number, its
 * scale, its unit, an optional second end of a range, and what it is "per". Every one of those steps looks at
 * a bounded number of characters, and after a success or a failure the pass resumes past everything read, so
 * the whole scan is linear in the length of the text.
 */
final class QuantityScanner {
    /** Spaces tolerated around a range separator. */
    private static final int MAX_GAP = 2;

    /** A number with what follows it: scale, "+", unit. */
    private static final class Figure {
        NumberScanner number;
        int scaleExponent;
        /** Offset past the number, its scale and a trailing "+". */
        int scaleEnd;
        boolean hasUnit;
        final UnitMatch unit = new UnitMatch();
        /** Offset past the whole figure (the unit if any, else the scale). */
        int end;

        double value() {
            return number.value(scaleExponent);
        }
    }

    private final CharSequence t;
    private final int n;
    private final NumberContext context;
    private final ScaleReader scale;
    private final UnitMatcher units;
    private final PerReader per;
    private final NumberScanner lowNumber = new NumberScanner();
    private final NumberScanner highNumber = new NumberScanner();
    private final Figure low = new Figure();
    private final Figure high = new Figure();
    private final List<Quantity> found = new ArrayList<>();
    /** End of the last quantity found: look-behind never reaches before it, so quantities never overlap. */
    private int floor;

    QuantityScanner(CharSequence text) {
        this.t = text;
        this.n = text.length();
        RegionKey key = new RegionKey(); // shared: each reader uses it only during its own lookups
        this.context = new NumberContext(text, key);
        this.scale = new ScaleReader(text, key);
        this.units = new UnitMatcher(text, key);
        this.per = new PerReader(text, key, scale);
    }

    List<Quantity> scan() {
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Chars.isDigit(c)) {
                i = atNumber(i);
            } else if ((c == 'p' || c == 'P') && Chars.isDigit(Chars.at(t, i + 1))) {
                i = atPercentileCode(i);
            } else {
                i++;
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ numbers

    /** Tries a quantity whose number starts at {@code i}; returns where the scan resumes (always > i). */
    private int atNumber(int i) {
        if (!context.read(i, floor)) return skipIdentifier(i);
        NumberScanner number = lowNumber;
        if (!number.scan(t, i)) return Math.max(number.end, i + 1);

        int ordinalEnd = ordinalSuffixEnd(number.end);
        if (ordinalEnd >= 0) {
            // "99th percentile" is a percentile; any other "1st", "3rd" is an ordinal, not a quantity
            int percentileEnd = percentileWordEnd(ordinalEnd);
            if (percentileEnd >= 0 && context.currency == null) {
                return emitPercentile(context.start, number.value(0), context.approximate, percentileEnd);
            }
            return skipIdentifier(i);
        }
        if (context.yearContext && number.isYearLike()) return number.end;
        if (context.productContext && !number.integer) return number.end; // "Kafka 3.6 brokers": a version

        boolean money = context.currency != null;
        readFigure(number, low, money);
        if (money && Chars.at(t, low.scaleEnd) == '$') return low.scaleEnd; // LaTeX math: "$10^6$"
        if (isDecade(low)) return skipIdentifier(i);
        if (isVersionBeforeNoun(low)) return number.end;
        boolean range = readRange(money);
        if (!range && !low.hasUnit && !money) return number.end; // a bare number is not a quantity
        return emit(range, money);
    }

    /** Skips an identifier-like run ("H100", "2.1.0", "x86_64", "1st") so its pieces are not re-read. */
    private int skipIdentifier(int i) {
        int p = i + 1;
        while (p < n && (Chars.isWordChar(t.charAt(p))
                || ((t.charAt(p) == '.' || t.charAt(p) == ',') && Chars.isDigit(Chars.at(t, p + 1))))) {
            p++;
        }
        return p;
    }

    /** Reads scale, "+" and unit after an already scanned number. Money figures take no unit. */
    private void readFigure(NumberScanner number, Figure f, boolean money) {
        f.number = number;
        f.scaleExponent = 0;
        f.hasUnit = false;
        int p = number.end;
        int afterScale = scale.read(p);
        boolean lowerM = false;
        if (afterScale >= 0) {
            f.scaleExponent = scale.exponent;
            lowerM = scale.lowerCaseM;
            p = afterScale;
        }
        if (Chars.at(t, p) == '+' && !Chars.isDigit(Chars.at(t, p + 1))) p++; // "10k+ users"
        f.scaleEnd = p;
        f.end = p;
        if (money) return;
        if (units.match(p, f.scaleExponent, f.unit)) {
            f.hasUnit = true;
            f.end = f.unit.end;
        } else if (lowerM && p == afterScale) {
            // "30m TTL": a lone m glued to a number, with no noun after it, is minutes rather than millions
            f.scaleExponent = 0;
            f.unit.set(UnitTable.MINUTE, p);
            f.hasUnit = true;
        }
    }

    /** "1990s" is a decade, not 1990 seconds. */
    private boolean isDecade(Figure f) {
        return f.hasUnit && "s".equals(f.unit.unit) && f.unit.end == f.number.end + 1 && f.scaleExponent == 0
                && f.number.isYearLike() && f.number.value(0) % 10 == 0;
    }

    /**
     * "k8s 1.29 cluster", "Kafka 3.6 broker": a decimal before a singular noun is a version, not a count
     * (a count above one takes the plural: "1.5 GPUs").
     */
    private boolean isVersionBeforeNoun(Figure f) {
        return f.hasUnit && f.unit.singular && !f.number.integer && f.scaleExponent == 0 && f.value() > 1;
    }

    // ------------------------------------------------------------------ ranges

    /**
     * Reads the upper end of a range after the low figure: "50–100 ms", "50 ms - 100 ms", "10k to 20k QPS",
     * "between 10 and 20 GB", "$1–2M", "10 GB to 1 TB". Both ends must measure the same thing and be in order.
     */
    private boolean readRange(boolean money) {
        int from = low.hasUnit ? low.end : low.scaleEnd;
        int k = rangeSeparatorEnd(from);
        if (k < 0) return false;
        if (money && context.currencySymbol != 0 && Chars.at(t, k) == context.currencySymbol) k++;
        if (!Chars.isDigit(Chars.at(t, k)) || !highNumber.scan(t, k) || ordinalSuffixEnd(highNumber.end) >= 0) {
            return false;
        }
        readFigure(highNumber, high, money);
        if (money ? high.hasUnit : !high.hasUnit) return false;
        if (low.hasUnit && (low.unit.dimension != high.unit.dimension || low.unit.kind != high.unit.kind)) return false;
        int lowScale = low.scaleExponent;
        if (!low.hasUnit && lowScale == 0 && high.scaleExponent > 0
                && low.number.value(0) <= high.number.value(0)) {
            lowScale = high.scaleExponent; // "1–2M users" is 1M to 2M
        }
        double lowValue = low.number.value(lowScale);
        double lowBase = money ? lowValue : low.hasUnit ? low.unit.toBase(lowValue) : high.unit.toBase(lowValue);
        double highBase = money ? high.value() : high.unit.toBase(high.value());
        if (lowBase > highBase) return false; // "from 300 ms to 150 ms" is a change, not a range
        low.scaleExponent = lowScale;
        return true;
    }

    private int rangeSeparatorEnd(int from) {
        int k = Chars.skipSpaces(t, from, MAX_GAP);
        if (k >= n) return -1;
        int after;
        if (Chars.isRangeDash(t.charAt(k))) {
            after = k + 1;
        } else if (k > from && Chars.wordAt(t, k, "to")) {
            after = k + 2;
        } else if (k > from && context.between && Chars.wordAt(t, k, "and")) {
            after = k + 3;
        } else {
            return -1;
        }
        int r = Chars.skipSpaces(t, after, MAX_GAP);
        return Chars.isLetter(t.charAt(k)) && r == after ? -1 : r;
    }

    // ------------------------------------------------------------------ percentiles

    /** "p50", "P95", "p99.9", "p999" (= 99.9). Single digits are priorities ("P0", "P1"), not percentiles. */
    private int atPercentileCode(int i) {
        boolean listed = Chars.at(t, i - 1) == '/'; // "p50/p95/p99"
        if (!listed && NumberContext.gluedToWord(t, i)) return skipIdentifier(i);
        NumberScanner number = lowNumber;
        if (!number.scan(t, i + 1) || number.grouped) return skipIdentifier(i);
        int e = number.end;
        // "p3.xlarge", "P2P", "p4d" are names
        if (!Chars.boundary(t, e) || (Chars.at(t, e) == '.' && Chars.isLetterOrDigit(Chars.at(t, e + 1)))) {
            return skipIdentifier(i);
        }
        double value = number.value(0);
        if (number.integer) {
            if (number.integerDigits < 2) return skipIdentifier(i);
            if (value > 100) value = number.value(2 - number.integerDigits); // p999 → 99.9
        }
        if (value > 100) return skipIdentifier(i);
        return emitPercentile(i, value, false, e);
    }

    private int ordinalSuffixEnd(int p) {
        if (p + 2 > n) return -1;
        boolean suffix = Chars.matchesIgnoreCase(t, p, "th") || Chars.matchesIgnoreCase(t, p, "st")
                || Chars.matchesIgnoreCase(t, p, "nd") || Chars.matchesIgnoreCase(t, p, "rd");
        return suffix && Chars.boundary(t, p + 2) ? p + 2 : -1;
    }

    /** After "99th": " percentile", "-percentile", " pctl", " %ile". */
    private int percentileWordEnd(int p) {
        int k = p;
        char c = Chars.at(t, k);
        if (c == ' ' || Chars.isHyphen(c)) k++;
        if (Chars.wordAt(t, k, "percentile")) return k + "percentile".length();
        if (Chars.wordAt(t, k, "pctl")) return k + 4;
        if (Chars.matchesIgnoreCase(t, k, "%ile") && Chars.boundary(t, k + 4)) return k + 4;
        return -1;
    }

    // ------------------------------------------------------------------ output

    private int emitPercentile(int start, double value, boolean approximate, int end) {
        if (!Double.isFinite(value)) return end; // "p0*10^610": 0 × an overflow is no percentile
        found.add(new Quantity(start, end, t.subSequence(start, end).toString(), value, value, approximate, "p",
                Dimension.PERCENTILE, value, value, ""));
        floor = end;
        return end;
    }

    private int emit(boolean range, boolean money) {
        Figure last = range ? high : low;
        String unit;
        Dimension dimension;
        UnitMatch u = last.unit;
        if (money) {
            unit = context.currency;
            dimension = Dimension.MONEY;
        } else {
            unit = u.unit;
            dimension = u.dimension;
        }
        double highValue = last.value();
        double lowValue;
        if (!range) {
            lowValue = highValue;
        } else if (money || !low.hasUnit || low.unit.unit.equals(u.unit)) {
            lowValue = low.value();
        } else {
            lowValue = u.fromBase(low.unit.toBase(low.value())); // "10 GB to 1 TB": the low end in TB
        }
        int end = last.end;
        String what = "";
        if (per.read(end)) {
            what = per.per;
            end = per.end;
        }
        double baseLow = money ? lowValue : u.toBase(lowValue);
        double baseHigh = money ? highValue : u.toBase(highValue);
        if (!Double.isFinite(lowValue) || !Double.isFinite(baseHigh)) return end; // "10^999 users": overflow
        int start = context.start;
        found.add(new Quantity(start, end, t.subSequence(start, end).toString(), lowValue, highValue,
                context.approximate, unit, dimension, baseLow, baseHigh, what));
        floor = end;
        return end;
    }
}
