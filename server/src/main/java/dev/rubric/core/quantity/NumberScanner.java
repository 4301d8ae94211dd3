package dev.rubric.core.quantity;

/**
 * Reads one numeric literal: {@code 12}, {@code 1.5}, {@code 1,000,000}, {@code 1e6}, {@code 10^6}, {@code 10⁶},
 * {@code 1.5 × 10^6}, {@code 2^32}, and (with no-break or thin spaces only) {@code 1 000 000}.
 *
 * <p>The value is kept as a decimal mantissa and a power of ten, so that applying a scale ("1.2M") or reading
 * decimals ("0.12") rounds once, exactly like {@link Double#parseDouble}, instead of accumulating errors.
 *
 * <p>Rejects what only looks like a number: versions and IP addresses ({@code 2.1.0}, {@code 10.0.0.1}) and hex
 * literals ({@code 0x1F}). A rejected scan still reports {@link #end} past the whole token so the caller can skip
 * it without rescanning its pieces.
 *
 * <p>Mutable and reused: one instance per parse call and role (low end, high end, ...), to avoid allocation.
 */
final class NumberScanner {
    private static final double[] POW10 = new double[23];
    /** More digits than this cannot be held exactly in a long mantissa; further digits only shift the exponent. */
    private static final int MAX_MANTISSA_DIGITS = 18;
    private static final int MAX_EXPONENT_DIGITS = 3;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    int start;
    int end;
    /** Digits before the decimal point, grouping separators excluded. */
    int integerDigits;
    /** No decimal point, exponent or power: a candidate for years, list numbers, percentile codes. */
    boolean integer;
    /** Written with thousands separators. */
    boolean grouped;

    private long mantissa;
    private int mantissaDigits;
    private int exp10;
    /** Set for powers of a base other than ten ("2^32"), whose value is not a decimal mantissa. */
    private double direct;

    /** Scans the literal at {@code i}, which must be a digit. False if it is a version, IP or hex literal. */
    boolean scan(CharSequence t, int i) {
        start = i;
        integerDigits = 0;
        integer = true;
        grouped = false;
        mantissa = 0;
        mantissaDigits = 0;
        exp10 = 0;
        direct = Double.NaN;
        int n = t.length();
        int p = readDigits(t, i, false);
        integerDigits = p - i;
        p = readGroups(t, p);
        if (p + 1 < n && t.charAt(p) == '.' && Chars.isDigit(t.charAt(p + 1))) {
            int afterDecimals = readDigits(t, p + 1, true);
            if (afterDecimals + 1 < n && t.charAt(afterDecimals) == '.' && Chars.isDigit(t.charAt(afterDecimals + 1))) {
                return reject(t, afterDecimals); // 2.1.0, 10.0.0.1
            }
            integer = false;
            p = afterDecimals;
        }
        if (integerDigits == 1 && integer && mantissa == 0 && p + 1 < n && (t.charAt(p) == 'x' || t.charAt(p) == 'X')
                && Character.digit(t.charAt(p + 1), 16) >= 0) {
            return reject(t, p); // 0x1F
        }
        p = readExponent(t, p);
        int afterPower = readPower(t, p);
        p = afterPower > p ? afterPower : readTimesTenToThe(t, p);
        end = p;
        return true;
    }

    /** The value with an extra power of ten from a scale: {@code value(3)} for "12k" is 12000. */
    double value(int scaleExponent) {
        if (!Double.isNaN(direct)) return direct * pow10(scaleExponent);
        int e = exp10 + scaleExponent;
        // one multiplication or division of two exact doubles: correctly rounded
        return e >= 0 ? mantissa * pow10(e) : mantissa / pow10(-e);
    }

    /** A plain four-digit integer between 1800 and 2100, e.g. "2024": could be a year. */
    boolean isYearLike() {
        if (!integer || grouped || integerDigits != 4 || !Double.isNaN(direct)) return false;
        double v = value(0);
        return v >= 1800 && v <= 2100;
    }

    private static double pow10(int e) {
        return e < POW10.length ? POW10[e] : Math.pow(10, e);
    }

    private boolean reject(CharSequence t, int p) {
        int n = t.length();
        while (p < n && (Chars.isWordChar(t.charAt(p))
                || (t.charAt(p) == '.' && p + 1 < n && Chars.isLetterOrDigit(t.charAt(p + 1))))) {
            p++;
        }
        end = p;
        return false;
    }

    private int readDigits(CharSequence t, int p, boolean decimals) {
        int n = t.length();
        while (p < n && Chars.isDigit(t.charAt(p))) {
            addDigit(t.charAt(p) - '0', decimals);
            p++;
        }
        return p;
    }

    private void addDigit(int d, boolean decimal) {
        if (mantissaDigits < MAX_MANTISSA_DIGITS) {
            if (mantissa != 0 || d != 0) mantissaDigits++;
            mantissa = mantissa * 10 + d;
            if (decimal) exp10--;
        } else if (!decimal) {
            exp10++; // a dropped integer digit still multiplies the value by ten
        }
    }

    /**
     * Thousands groups: a separator followed by exactly three digits. Only after a leading group of 1..3 digits,
     * and only with one kind of separator, so "10,20" and "1,2,3" stay separate numbers.
     */
    private int readGroups(CharSequence t, int p) {
        int n = t.length();
        if (integerDigits == 0 || integerDigits > 3 || p >= n) return p;
        char sep = t.charAt(p);
        if (sep != ',' && sep != '_' && sep != '\u00A0' && sep != '\u2009' && sep != '\u202F') return p;
        while (p + 3 < n && t.charAt(p) == sep && Chars.isDigit(t.charAt(p + 1)) && Chars.isDigit(t.charAt(p + 2))
                && Chars.isDigit(t.charAt(p + 3)) && (p + 4 == n || !Chars.isDigit(t.charAt(p + 4)))) {
            readDigits(t, p + 1, false);
            integerDigits += 3;
            grouped = true;
            p += 4;
        }
        return p;
    }

    /** "1e6", "2.5E-3"; only when not followed by a letter or digit (so hashes like "1e6a" are left alone). */
    private int readExponent(CharSequence t, int p) {
        int n = t.length();
        if (p >= n || (t.charAt(p) != 'e' && t.charAt(p) != 'E')) return p;
        int q = p + 1;
        int sign = 1;
        if (q < n && (t.charAt(q) == '+' || t.charAt(q) == '-')) {
            sign = t.charAt(q) == '-' ? -1 : 1;
            q++;
        }
        int digitsStart = q;
        int e = 0;
        while (q < n && Chars.isDigit(t.charAt(q)) && q - digitsStart < MAX_EXPONENT_DIGITS) {
            e = e * 10 + (t.charAt(q) - '0');
            q++;
        }
        if (q == digitsStart || !Chars.boundary(t, q)) return p;
        exp10 += sign * e;
        integer = false;
        return q;
    }

    /** "10^6", "2^32", "10⁶". */
    private int readPower(CharSequence t, int p) {
        int n = t.length();
        if (!integer || grouped || p >= n) return p;
        int exponent;
        int q;
        if (t.charAt(p) == '^' && p + 1 < n && Chars.isDigit(t.charAt(p + 1))) {
            q = p + 1;
            exponent = 0;
            while (q < n && Chars.isDigit(t.charAt(q)) && q - p <= MAX_EXPONENT_DIGITS) {
                exponent = exponent * 10 + (t.charAt(q) - '0');
                q++;
            }
        } else if (superscriptDigit(t.charAt(p)) >= 0 && value(0) == 10) {
            q = p;
            exponent = 0;
            while (q < n && superscriptDigit(t.charAt(q)) >= 0 && q - p < MAX_EXPONENT_DIGITS) {
                exponent = exponent * 10 + superscriptDigit(t.charAt(q));
                q++;
            }
        } else {
            return p;
        }
        if (!Chars.boundary(t, q)) return p;
        double base = value(0);
        if (base == 10) {
            mantissa = 1;
            exp10 = exponent;
        } else {
            direct = Math.pow(base, exponent);
        }
        integer = false;
        return q;
    }

    /** "1.5 × 10^6", "3x10^9", "2 * 10^3": scientific notation written out. */
    private int readTimesTenToThe(CharSequence t, int p) {
        int q = Chars.skipSpaces(t, p, 1);
        char c = Chars.at(t, q);
        if (c != '×' && c != 'x' && c != 'X' && c != '*' && c != '·' && c != '⋅') return p;
        q = Chars.skipSpaces(t, q + 1, 1);
        if (Chars.at(t, q) != '1' || Chars.at(t, q + 1) != '0') return p;
        q += 2;
        int n = t.length();
        int exponent = 0;
        int digitsStart;
        if (Chars.at(t, q) == '^') {
            digitsStart = ++q;
            while (q < n && Chars.isDigit(t.charAt(q)) && q - digitsStart < MAX_EXPONENT_DIGITS) {
                exponent = exponent * 10 + (t.charAt(q) - '0');
                q++;
            }
        } else {
            digitsStart = q;
            while (q < n && superscriptDigit(t.charAt(q)) >= 0 && q - digitsStart < MAX_EXPONENT_DIGITS) {
                exponent = exponent * 10 + superscriptDigit(t.charAt(q));
                q++;
            }
        }
        if (q == digitsStart || !Chars.boundary(t, q)) return p;
        exp10 += exponent;
        integer = false;
        return q;
    }

    private static int superscriptDigit(char c) {
        switch (c) {
            case '⁰': return 0;
            case '¹': return 1;
            case '²': return 2;
            case '³': return 3;
            case '⁴': return 4;
            case '⁵': return 5;
            case '⁶': return 6;
            case '⁷': return 7;
            case '⁸': return 8;
            case '⁹': return 9;
            default: return -1;
        }
    }
}
