package dev.rubric.core.quantity;

/**
 * Reads the scale written after a number: "12k", "1.2M", "2B", "3bn", "1.2 million". Mutable and reused.
 *
 * <p>A lone lower-case "m" must be glued to the number ("5m users"; a spaced "5 m" could be metres), and "m" or
 * "B" right before "/" are units, not scales ("10m/s", "500B/s").
 */
final class ScaleReader {
    private final CharSequence t;
    private final RegionKey key;

    /** Power of ten of the scale last read. */
    int exponent;
    /** The scale last read was a lone lower-case "m": millions before a noun, minutes alone. */
    boolean lowerCaseM;

    ScaleReader(CharSequence text, RegionKey key) {
        this.t = text;
        this.key = key;
    }

    /** Reads a scale at {@code p} (after at most one space); returns its end, or -1 if there is none. */
    int read(int p) {
        int q = Chars.skipSpaces(t, p, 1);
        if (q >= t.length() || !Chars.isLetter(t.charAt(q))) return -1;
        int e = Chars.lettersEnd(t, q);
        if (e < 0 || !Chars.boundary(t, e)) return -1;
        int power = UnitTable.scaleExponent(key, t, q, e);
        if (power < 0) return -1;
        boolean single = e - q == 1;
        boolean m = single && t.charAt(q) == 'm';
        if (m && q > p) return -1;
        if (single && (m || t.charAt(q) == 'B') && Chars.at(t, e) == '/') return -1;
        exponent = power;
        lowerCaseM = m;
        return e;
    }
}
