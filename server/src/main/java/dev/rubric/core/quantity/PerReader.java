package dev.rubric.core.quantity;

import dev.rubric.core.quantity.Unit.Kind;

/**
 * Reads what a quantity is per, written after it: "/month", " per 1M queries", " per GPU-hour", " a month",
 * " monthly", "/GB/month", " per user per month". A single time word is normalised ("/mo" → "month"); anything
 * else is kept as written. Mutable and reused; all lookahead is bounded.
 */
final class PerReader {
    private final CharSequence t;
    private final int n;
    private final RegionKey key;
    private final ScaleReader scale;
    private final NumberScanner number = new NumberScanner();

    /** What the quantity is per, after a successful {@link #read}. */
    String per;
    /** Offset past the per phrase, after a successful {@link #read}. */
    int end;
    /** The time unit of the last segment read, if it was a lone time word. */
    private Unit segmentTime;

    PerReader(CharSequence text, RegionKey key, ScaleReader scale) {
        this.t = text;
        this.n = text.length();
        this.key = key;
        this.scale = scale;
    }

    /** Reads a per phrase starting at {@code from} (the end of the quantity). */
    boolean read(int from) {
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
            return time != null && time.kind() == Kind.TIME && found(time.alt(), e);
        } else if (s > from && Chars.isLetter(c)) {
            int e = Chars.lettersEnd(t, s);
            Unit time = e > 0 && Chars.boundary(t, e) ? UnitTable.adverb(key, t, s, e) : null;
            return time != null && found(time.alt(), e);
        } else {
            return false;
        }
        // "500 ms / 2 s" compares two figures; only an unspaced "/" or "per" may be followed by a number
        boolean spacedSlash = slash && (s > from || segment > s + 1);
        int segmentEnd = segment(segment, !spacedSlash);
        if (segmentEnd < 0) return false;
        Unit time = segmentTime;
        int more = -1;
        if (slash && Chars.at(t, segmentEnd) == '/') {
            more = segment(segmentEnd + 1, false);
        } else if (!slash) {
            int s2 = Chars.skipSpaces(t, segmentEnd, 1);
            int segment2 = s2 > segmentEnd && Chars.wordAt(t, s2, "per") ? Chars.skipSpaces(t, s2 + 3, 1) : -1;
            if (segment2 > s2 + 3) more = segment(segment2, false);
        }
        if (more > 0) return found(t.subSequence(segment, more).toString(), more);
        return found(time != null ? time.alt() : t.subSequence(segment, segmentEnd).toString(), segmentEnd);
    }

    private boolean found(String what, int at) {
        per = what;
        end = at;
        return true;
    }

    /** One per target: an optional number and scale, then a word ("1M queries", "GPU-hour", "month"). */
    private int segment(int k, boolean allowNumber) {
        segmentTime = null;
        if (k >= n) return -1;
        int numberEnd = -1;
        boolean scaled = false;
        if (Chars.isDigit(t.charAt(k))) {
            if (!allowNumber || !number.scan(t, k)) return -1;
            int p = number.end;
            int afterScale = scale.read(p);
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
                    segmentTime = u;
                    return e;
                }
                return -1; // "10ms/20ms": two durations, not a per
            }
        }
        return scaled ? numberEnd : -1;
    }
}
