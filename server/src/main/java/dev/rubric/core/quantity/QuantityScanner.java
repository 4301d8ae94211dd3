package dev.rubric.core.quantity;

import java.util.ArrayList;
import java.util.List;

import dev.rubric.core.quantity.Unit.Kind;

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
    /** Spaces tolerated around a range separator and between "~" and the number. */
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
    private final RegionKey key = new RegionKey();
    private final UnitMatcher units;
    private final NumberScanner lowNumber = new NumberScanner();
    private final NumberScanner highNumber = new NumberScanner();
    private final NumberScanner perNumber = new NumberScanner();
    private final Figure low = new Figure();
    private final Figure high = new Figure();
    private final List<Quantity> found = new ArrayList<>();
    /** End of the last quantity found: look-behind never reaches before it, so quantities never overlap. */
    private int floor;

    // what precedes the current number, see readContext
    private int start;
    private String currency;
    private char currencySymbol;
    private boolean approximate;
    private boolean between;
    private boolean yearContext;
    private boolean productContext;

    // the scale just read, see readScale
    private int scaleExponent;
    private boolean scaleIsLowerM;

    // the "per" of the current quantity, see readPer
    private String per;
    private int perEnd;
    private Unit perSegmentTime;

    QuantityScanner(CharSequence text) {
        this.t = text;
        this.n = text.length();
        this.units = new UnitMatcher(text, key);
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
        if (!readContext(i)) return skipIdentifier(i);
        NumberScanner number = lowNumber;
        if (!number.scan(t, i)) return Math.max(number.end, i + 1);

        int ordinalEnd = ordinalSuffixEnd(number.end);
        if (ordinalEnd >= 0) {
            // "99th percentile" is a percentile; any other "1st", "3rd" is an ordinal, not a quantity
            int percentileEnd = percentileWordEnd(ordinalEnd);
            if (percentileEnd >= 0 && currency == null) return emitPercentile(number.value(0), percentileEnd);
            return skipIdentifier(i);
        }
        if (yearContext && number.isYearLike()) return number.end;
        if (productContext && !number.integer) return number.end; // "Kafka 3.6 brokers": a version

        boolean money = currency != null;
        readFigure(number, low, money);
        if (money && Chars.at(t, low.scaleEnd) == '$') return low.scaleEnd; // LaTeX math: "$10^6$"
        if (isDecade(low)) return skipIdentifier(i);
        if (isVersionBeforeNoun(low)) return number.end;
        boolean range = readRange(money);
        if (!range && !low.hasUnit && !money) return number.end; // a bare number is not a quantity
        return emit(range, money);
    }

    /**
     * Reads what precedes the number at {@code i}: a currency ("$", "€", "£", "US$", "USD "), an approximation
     * sign or word, "between", a label word ("top 10", "Section 3"), a year context ("in 2024"), a product
     * name whose decimals are versions ("Kafka 3.6").
     *
     * @return false if the number is glued to an identifier or follows a label word: not a quantity
     */
    private boolean readContext(int i) {
        currency = null;
        currencySymbol = 0;
        approximate = false;
        between = false;
        yearContext = false;
        productContext = false;
        int s = i;
        char before = Chars.at(t, s - 1);
        if (before == '$' || before == '€' || before == '£') {
            currencySymbol = before;
            currency = before == '$' ? "USD" : before == '€' ? "EUR" : "GBP";
            s--;
            if (before == '$' && Chars.at(t, s - 2) == 'U' && Chars.at(t, s - 1) == 'S') s -= 2;
        }
        if (s < floor || gluedToWord(s)) return false;
        if (currency == null) {
            int k = Chars.skipSpacesBack(t, s, floor, 1);
            if (k < s && k - 3 >= floor && !Chars.isWordChar(Chars.at(t, k - 4))) {
                String code = currencyCode(k - 3);
                if (code != null) {
                    currency = code;
                    s = k - 3;
                }
            }
        }
        int k = Chars.skipSpacesBack(t, s, floor, MAX_GAP);
        if (k > floor && isApproximationSign(t.charAt(k - 1))) {
            approximate = true;
            s = k - 1;
            k = Chars.skipSpacesBack(t, s, floor, MAX_GAP);
        }
        start = s;
        return readWordBefore(k);
    }

    /** Looks at the word ending at {@code k}; false if it makes the number a label. */
    private boolean readWordBefore(int k) {
        int we = k;
        boolean dotted = we > floor && t.charAt(we - 1) == '.';
        if (dotted) we--; // "approx.", "ca."
        int ws = Chars.wordStartBack(t, we, floor);
        if (ws == we || Chars.isWordChar(Chars.at(t, ws - 1))) return true;
        if (UnitTable.isApproximateWord(key, t, ws, we)) {
            approximate = true;
            between = previousWordIs(ws, "between");
            return true;
        }
        if (dotted) return true; // a sentence ended: "... the table. 5 users"
        if (UnitTable.isLabelWord(key, t, ws, we)) return false;
        if (UnitTable.isYearWord(key, t, ws, we)) {
            yearContext = true;
        } else if (UnitTable.isProductName(key, t, ws, we)) {
            productContext = true;
        } else if (we - ws == 7 && Chars.matchesIgnoreCase(t, ws, "between")) {
            between = true;
        } else if (we - ws == 2 && Chars.matchesIgnoreCase(t, ws, "of") && previousWordIs(ws, "order")) {
            approximate = true; // "on the order of 10k QPS"
        }
        return true;
    }

    private boolean previousWordIs(int wordStart, String word) {
        int k = Chars.skipSpacesBack(t, wordStart, floor, 1);
        int ws = k - word.length();
        return k < wordStart && ws >= floor && Chars.matchesIgnoreCase(t, ws, word)
                && !Chars.isWordChar(Chars.at(t, ws - 1));
    }

    private String currencyCode(int i) {
        if (Chars.at(t, i) == 'U' && Chars.at(t, i + 1) == 'S' && Chars.at(t, i + 2) == 'D') return "USD";
        if (Chars.at(t, i) == 'E' && Chars.at(t, i + 1) == 'U' && Chars.at(t, i + 2) == 'R') return "EUR";
        if (Chars.at(t, i) == 'G' && Chars.at(t, i + 1) == 'B' && Chars.at(t, i + 2) == 'P') return "GBP";
        return null;
    }

    private static boolean isApproximationSign(char c) {
        return c == '~' || c == '≈' || c == '∼' || c == '≃';
    }

    /**
     * True if the figure starting at {@code s} continues an identifier or another figure: "H100", "x86",
     * "int8", "gpt-4", "RFC-0025", "m5.xlarge", "24/7", "10:30", "§4", "#12", "n^2".
     */
    private boolean gluedToWord(int s) {
        if (s == 0) return false;
        char b = t.charAt(s - 1);
        char bb = Chars.at(t, s - 2);
        if (Chars.isWordChar(b)) return true;
        if ((b == '.' || Chars.isHyphen(b) || b == '/') && Chars.isWordChar(bb)) return true;
        if ((b == ':' || b == ',' || b == '\u2013') && Chars.isDigit(bb)) return true;
        return b == '§' || b == '#' || b == '^' || b == '@' || b == '\\' || b == '&';
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
        int afterScale = readScale(p);
        boolean lowerM = false;
        if (afterScale >= 0) {
            f.scaleExponent = scaleExponent;
            lowerM = scaleIsLowerM;
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

    /**
     * Reads a scale after a number: "12k", "1.2M", "2B", "3bn", "1.2 million". Returns its end, or -1.
     * A lone lower-case "m" must be glued to the number; "m" and "B" before "/" are units ("m/s", "B/s").
     */
    private int readScale(int p) {
        int q = Chars.skipSpaces(t, p, 1);
        if (q >= n || !Chars.isLetter(t.charAt(q))) return -1;
        int e = Chars.lettersEnd(t, q);
        if (e < 0 || !Chars.boundary(t, e)) return -1;
        int exponent = UnitTable.scaleExponent(key, t, q, e);
        if (exponent < 0) return -1;
        boolean single = e - q == 1;
        boolean lowerM = single && t.charAt(q) == 'm';
        if (lowerM && q > p) return -1;
        if (single && (lowerM || t.charAt(q) == 'B') && Chars.at(t, e) == '/') return -1;
        scaleExponent = exponent;
        scaleIsLowerM = lowerM;
        return e;
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
        if (money && currencySymbol != 0 && Chars.at(t, k) == currencySymbol) k++;
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
        } else if (k > from && between && Chars.wordAt(t, k, "and")) {
            after = k + 3;
        } else {
            return -1;
        }
        int r = Chars.skipSpaces(t, after, MAX_GAP);
        return Chars.isLetter(t.charAt(k)) && r == after ? -1 : r;
    }

    // ------------------------------------------------------------------ per

    /**
     * Reads what the quantity is per: "/month", " per 1M queries", " per GPU-hour", " a month", " monthly",
     * "/GB/month", " per user per month". A single time word is normalised ("/mo" → "month").
     */
    private boolean readPer(int from) {
        int s = Chars.skipSpaces(t, from, 1);
        if (s >= n) return false;
        char c = t.charAt(s);
        boolean slash = c == '/';
        int segment;
        if (slash) {
            segment = Chars.skipSpaces(t, s + 1, 1);
        } else if (s > from && Chars.wordAt(t, s, "per")) {
            segment = Chars.skipSpaces(t, s + 3, 1);
            if (segment == s + 3) return false;
        } else if (s > from && (Chars.wordAt(t, s, "a") || Chars.wordAt(t, s, "an"))) {
            int k = Chars.skipSpaces(t, s + (Chars.wordAt(t, s, "a") ? 1 : 2), 1);
            int e = k < n && Chars.isLetter(t.charAt(k)) ? Chars.alnumEnd(t, k) : -1;
            Unit time = e > 0 && Chars.boundary(t, e) ? UnitTable.lookup(key, t, k, e) : null;
            return time != null && time.kind() == Kind.TIME && setPer(time.alt(), e);
        } else if (s > from && Chars.isLetter(c)) {
            int e = Chars.lettersEnd(t, s);
            Unit time = e > 0 && Chars.boundary(t, e) ? UnitTable.adverb(key, t, s, e) : null;
            return time != null && setPer(time.alt(), e);
        } else {
            return false;
        }
        // "500 ms / 2 s" compares two figures; only an unspaced "/" or "per" may be followed by a number
        boolean spacedSlash = slash && (s > from || segment > s + 1);
        int end = perSegment(segment, !spacedSlash);
        if (end < 0) return false;
        Unit time = perSegmentTime;
        int more = -1;
        if (slash && Chars.at(t, end) == '/') {
            more = perSegment(end + 1, false);
        } else if (!slash) {
            int s2 = Chars.skipSpaces(t, end, 1);
            int segment2 = s2 > end && Chars.wordAt(t, s2, "per") ? Chars.skipSpaces(t, s2 + 3, 1) : -1;
            if (segment2 > s2 + 3) more = perSegment(segment2, false);
        }
        if (more > 0) return setPer(t.subSequence(segment, more).toString(), more);
        return setPer(time != null ? time.alt() : t.subSequence(segment, end).toString(), end);
    }

    private boolean setPer(String what, int end) {
        per = what;
        perEnd = end;
        return true;
    }

    /** One "per" target: an optional number and scale, then a word ("1M queries", "GPU-hour", "month"). */
    private int perSegment(int k, boolean allowNumber) {
        perSegmentTime = null;
        if (k >= n) return -1;
        int numberEnd = -1;
        boolean scaled = false;
        if (Chars.isDigit(t.charAt(k))) {
            if (!allowNumber || !perNumber.scan(t, k)) return -1;
            int p = perNumber.end;
            int afterScale = readScale(p);
            if (afterScale >= 0) {
                p = afterScale;
                scaled = true;
            }
            numberEnd = p;
            k = Chars.skipSpaces(t, p, 1);
        }
        if (k < n && Chars.isLetter(t.charAt(k))) {
            int e = Chars.tokenEnd(t, k);
            if (e > 0 && Chars.boundary(t, e) && !UnitTable.isStopWord(key, t, k, e)) {
                Unit u = UnitTable.lookup(key, t, k, e);
                if (u == null || u.kind() != Kind.TIME) return e;
                if (numberEnd < 0) {
                    perSegmentTime = u;
                    return e;
                }
                return -1; // "10ms/20ms": two durations, not a "per"
            }
        }
        return scaled ? numberEnd : -1;
    }

    // ------------------------------------------------------------------ percentiles

    /** "p50", "P95", "p99.9", "p999" (= 99.9). Single digits are priorities ("P0", "P1"), not percentiles. */
    private int atPercentileCode(int i) {
        boolean listed = Chars.at(t, i - 1) == '/'; // "p50/p95/p99"
        if (!listed && gluedToWord(i)) return skipIdentifier(i);
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
        start = i;
        approximate = false;
        return emitPercentile(value, e);
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

    private int emitPercentile(double value, int end) {
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
            unit = currency;
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
        if (readPer(end)) {
            what = per;
            end = perEnd;
        }
        double baseLow = money ? lowValue : u.toBase(lowValue);
        double baseHigh = money ? highValue : u.toBase(highValue);
        found.add(new Quantity(start, end, t.subSequence(start, end).toString(), lowValue, highValue, approximate,
                unit, dimension, baseLow, baseHigh, what));
        floor = end;
        return end;
    }
}
