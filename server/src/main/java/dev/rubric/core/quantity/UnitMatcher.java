package dev.rubric.core.quantity;

import dev.rubric.core.quantity.Unit.Kind;

/**
 * Recognises the unit written after a number (and its scale): symbols ("%", "×"), words and abbreviations
 * ("ms", "users", "GiB"), multi-word units ("daily active users"), hyphenated adjectives ("64-bit", "10-node"),
 * and rates built from a count or size and a time ("events/day", "requests per second", "GB/s", "posts a day").
 *
 * <p>All lookahead is bounded: at most two spaces between parts and tokens of at most {@link Chars#MAX_TOKEN}
 * characters, so a match costs O(1) whatever the text length.
 */
final class UnitMatcher {
    /** Spaces tolerated between a number and its unit ("10  ms" in a table). */
    private static final int MAX_GAP = 2;

    private final CharSequence t;
    private final int n;
    private final RegionKey key;

    UnitMatcher(CharSequence text, RegionKey key) {
        this.t = text;
        this.n = text.length();
        this.key = key;
    }

    /**
     * Matches a unit starting at {@code from} (right after the number, or after its scale).
     *
     * @param scaleExponent the power of ten of the scale just read (0 if none): "7B model" means parameters
     * @return true if a unit was found; {@code out} then holds it
     */
    boolean match(int from, int scaleExponent, UnitMatch out) {
        int q = Chars.skipSpaces(t, from, MAX_GAP);
        if (q >= n) return false;
        boolean attached = q == from;
        char c = t.charAt(q);
        switch (c) {
            case '%':
                if (Chars.matchesIgnoreCase(t, q, "%ile") && Chars.boundary(t, q + 4)) {
                    return out.set(UnitTable.PERCENTILE, q + 4);
                }
                return out.set(UnitTable.PERCENT_SIGN, q + 1);
            case '×':
            case '⨉':
                // "3×" is a factor; "3 × 4" and "3×4" are arithmetic
                if (!attached || !Chars.boundary(t, q + 1)) return false;
                return ratio(UnitTable.RATIO_SIGN, q + 1, out);
            case '¢':
                return out.set(UnitTable.CENTS, q + 1);
            case '€':
                return out.set(UnitTable.EURO_SIGN, q + 1);
            case '/':
                // "100/s", "60/min": a rate of nothing in particular
                return attached && rate(null, q, out);
            default:
                break;
        }
        if (Chars.isHyphen(c)) return attached && hyphenated(q + 1, out);
        if (!Chars.isLetter(c)) return false;

        char first = Chars.toLower(c);
        for (UnitTable.Phrase phrase : UnitTable.PHRASES) {
            if (phrase.text().charAt(0) == first && Chars.wordAt(t, q, phrase.text())) {
                int end = q + phrase.text().length();
                return phrase.unit().kind() == Kind.COUNT ? counted(phrase.unit(), end, false, out)
                        : out.set(phrase.unit(), end);
            }
        }
        int e = Chars.tokenEnd(t, q);
        if (e < 0 || !Chars.boundary(t, e)) return false;
        int firstPart = Chars.alnumEnd(t, q);
        if (scaleExponent >= 6 && UnitTable.isModelWord(key, t, q, firstPart)) {
            // "a 70B model": billions of parameters; the figure ends at the scale
            return out.set(UnitTable.PARAMETERS, from);
        }
        Unit u = UnitTable.lookup(key, t, q, e);
        if (u == null && e != firstPart) {
            // "ms-level", "GB-scale": the unit is the first part; but "user-facing" is not a count of users
            u = UnitTable.lookup(key, t, q, firstPart);
            if (u != null && u.kind() == Kind.COUNT) u = null;
            e = firstPart;
        }
        if (u == null) {
            if (attached) return false;
            // "100 per second": a rate of nothing in particular
            if (Chars.wordAt(t, q, "per")) return rate(null, from, out);
            // "4,000 authorisations per second": any plural noun turns into a rate when a time follows
            if (isPluralWord(q, e) && rate(null, e, out)) return true;
            return qualifiedNoun(q, out);
        }
        if (u.has(Unit.DENOMINATOR_ONLY)) return false;
        if (u.has(Unit.ATTACHED_ONLY) && !attached) return false;
        // "100s of users" is a multitude, but "within 60 s of the callback" is a duration
        if (u.has(Unit.NOT_BEFORE_OF) && Chars.nextWordIs(t, e, "of") && (attached || u.kind() != Kind.TIME)) return false;
        switch (u.kind()) {
            case COUNT:
                return counted(u, e, true, out);
            case DATA_SIZE:
                if (u.has(Unit.BYTES_RATE_ONLY)) return Chars.at(t, e) == '/' && rate(u, e, out);
                return rateOrPlain(u, e, out);
            case TIMES:
                return rateOrPlain(u, e, out);
            case RATIO:
                return ratio(u, e, out);
            default:
                return out.set(u, e);
        }
    }

    /**
     * A counted noun. A singular one may qualify a following plural noun or rate: "20 GPU nodes" counts nodes,
     * "10k read QPS" is a rate; but "3 node cluster" counts nodes (the cluster is singular).
     */
    private boolean counted(Unit u, int e, boolean mayQualify, UnitMatch out) {
        if (mayQualify && u.has(Unit.SINGULAR) && !u.has(Unit.NEVER_QUALIFIER)) {
            int q = Chars.skipSpaces(t, e, 1);
            if (q > e && q < n && Chars.isLetter(t.charAt(q))) {
                int e2 = Chars.tokenEnd(t, q);
                if (e2 > 0 && Chars.boundary(t, e2)) {
                    Unit head = UnitTable.lookup(key, t, q, e2);
                    boolean pluralNoun = head != null && head.kind() == Kind.COUNT && !head.has(Unit.SINGULAR);
                    if (head != null && (pluralNoun || head.kind() == Kind.RATE)
                            && !head.has(Unit.NOT_BEFORE_OF | Unit.DENOMINATOR_ONLY)) {
                        return head.kind() == Kind.RATE ? out.set(head, e2) : rateOrPlain(head, e2, out);
                    }
                }
            }
        }
        return rateOrPlain(u, e, out);
    }

    /**
     * A noun after one qualifier word: "8 H100 GPUs" is matched as GPUs when H100 is unknown; also "3 read
     * replicas", "50M new users", "10 m5.xlarge instances". The qualifier must not be a stop word or a scale.
     */
    private boolean qualifiedNoun(int q, UnitMatch out) {
        int e = q;
        int limit = Math.min(n, q + Chars.MAX_TOKEN);
        while (e < limit && (Chars.isLetterOrDigit(t.charAt(e))
                || ((t.charAt(e) == '.' || Chars.isHyphen(t.charAt(e))) && e + 1 < n
                && Chars.isLetterOrDigit(t.charAt(e + 1))))) {
            e++;
        }
        if (!Chars.boundary(t, e) || UnitTable.isStopWord(key, t, q, e) || UnitTable.scaleExponent(key, t, q, e) >= 0) {
            return false;
        }
        int q2 = Chars.skipSpaces(t, e, 1);
        if (q2 == e || q2 >= n || !Chars.isLetter(t.charAt(q2))) return false;
        int e2 = Chars.tokenEnd(t, q2);
        if (e2 < 0 || !Chars.boundary(t, e2)) return false;
        Unit noun = UnitTable.lookup(key, t, q2, e2);
        if (noun == null || noun.kind() != Kind.COUNT || noun.has(Unit.NOT_BEFORE_OF) && Chars.nextWordIs(t, e2, "of")) {
            return false;
        }
        return rateOrPlain(noun, e2, out);
    }

    /** "64-bit", "10-node", "24-hour", "7B-parameter", "10-fold": a unit used as an adjective. */
    private boolean hyphenated(int q, UnitMatch out) {
        if (q >= n || !Chars.isLetter(t.charAt(q))) return false;
        int e = Chars.alnumEnd(t, q);
        if (e - q < 2 || !Chars.boundary(t, e)) return false; // no "3-x", "5-s", "3-d"
        Unit u = UnitTable.lookup(key, t, q, e);
        if (u == null || u.has(Unit.ATTACHED_ONLY | Unit.BYTES_RATE_ONLY | Unit.DENOMINATOR_ONLY)) return false;
        switch (u.kind()) {
            case TIME:
            case DATA_SIZE:
            case COUNT:
            case RATIO:
            case PERCENTILE:
                out.set(u, e);
                out.singular = false; // "10-node" is singular by grammar, not because the count is one
                return true;
            default:
                return false;
        }
    }

    /** A factor; "8x H100" and "4× GPUs" count hardware instead. */
    private boolean ratio(Unit u, int e, UnitMatch out) {
        int q = Chars.skipSpaces(t, e, 1);
        if (q > e && q < n && Chars.isLetter(t.charAt(q))) {
            int e2 = Chars.tokenEnd(t, q);
            if (e2 > 0 && Chars.boundary(t, e2)) {
                Unit hardware = UnitTable.lookup(key, t, q, e2);
                if (hardware != null && hardware.has(Unit.HARDWARE)) return counted(hardware, e2, true, out);
            }
        }
        return out.set(u, e);
    }

    /** A lower-case word of four or more letters ending in "s": the shape of a plural noun. */
    private boolean isPluralWord(int q, int e) {
        if (e - q < 4 || Chars.lettersEnd(t, q) != e) return false;
        for (int i = q; i < e; i++) {
            if (!Character.isLowerCase(t.charAt(i))) return false;
        }
        return t.charAt(e - 1) == 's' && t.charAt(e - 2) != 's';
    }

    /** The unit, turned into a rate if a time follows ("events/day", "GB per second"), else as is. */
    private boolean rateOrPlain(Unit u, int e, UnitMatch out) {
        return rate(u, e, out) || out.set(u, e);
    }

    /**
     * "{@code head} per time" after {@code e}: "/day", " / day", " per second", " a day", " daily".
     * With a null head ("100/s", "100 per minute") the rate has no noun.
     */
    private boolean rate(Unit head, int e, UnitMatch out) {
        int s = Chars.skipSpaces(t, e, 1);
        if (s >= n) return false;
        int d;
        if (t.charAt(s) == '/') {
            d = Chars.skipSpaces(t, s + 1, 1);
        } else if (s > e && Chars.wordAt(t, s, "per")) {
            d = Chars.skipSpaces(t, s + 3, 1);
            if (d == s + 3) return false;
        } else if (s > e && head != null && (Chars.wordAt(t, s, "a") || Chars.wordAt(t, s, "an"))) {
            d = Chars.skipSpaces(t, s + (Chars.wordAt(t, s, "a") ? 1 : 2), 1);
        } else if (s > e && head != null && Chars.isLetter(t.charAt(s))) {
            int ae = Chars.lettersEnd(t, s);
            Unit time = ae > 0 && Chars.boundary(t, ae) ? UnitTable.adverb(key, t, s, ae) : null;
            return time != null && setRate(head, time, ae, out);
        } else {
            return false;
        }
        if (d >= n || !Chars.isLetter(t.charAt(d))) return false;
        int de = Chars.alnumEnd(t, d);
        if (de < 0 || !Chars.boundary(t, de)) return false;
        Unit time = UnitTable.lookup(key, t, d, de);
        return time != null && time.kind() == Kind.TIME && setRate(head, time, de, out);
    }

    private boolean setRate(Unit head, Unit time, int end, UnitMatch out) {
        // base per second = value * head.mul / head.div / (time.mul / time.div)
        double mul = (head == null ? 1 : head.mul()) * time.div();
        double div = (head == null ? 1 : head.div()) * time.mul();
        Dimension d = head != null && head.kind() == Kind.DATA_SIZE ? Dimension.DATA_RATE : Dimension.RATE;
        Kind kind = d == Dimension.DATA_RATE ? Kind.DATA_RATE : Kind.RATE;
        return out.set(UnitTable.rateName(head, time), d, kind, mul, div, end);
    }
}
