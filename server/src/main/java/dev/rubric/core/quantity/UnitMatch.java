package dev.rubric.core.quantity;

/**
 * The unit found after a number, possibly built from several parts ("events" + "/day" → "events/day").
 * Mutable and reused by the scanner to avoid allocating per candidate.
 */
final class UnitMatch {
    String unit;
    Dimension dimension;
    Unit.Kind kind;
    /** base = value * mul / div, as in {@link Unit}. */
    double mul;
    double div;
    /** Offset just past the unit in the text. */
    int end;
    /** Written as a singular noun ("3 node cluster", "1.29 cluster"): the scanner checks it fits the number. */
    boolean singular;

    boolean set(Unit u, int end) {
        set(u.canonical(), u.dimension(), u.kind(), u.mul(), u.div(), end);
        singular = u.kind() == Unit.Kind.COUNT && u.has(Unit.SINGULAR);
        return true;
    }

    boolean set(String unit, Dimension dimension, Unit.Kind kind, double mul, double div, int end) {
        this.unit = unit;
        this.dimension = dimension;
        this.kind = kind;
        this.mul = mul;
        this.div = div;
        this.end = end;
        this.singular = false;
        return true;
    }

    double toBase(double value) {
        return value * mul / div;
    }

    /** The inverse of {@link #toBase}: a base value expressed in this unit. */
    double fromBase(double base) {
        return base * div / mul;
    }
}
