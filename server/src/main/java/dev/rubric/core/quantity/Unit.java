package dev.rubric.core.quantity;

/**
 * One unit of the {@link UnitTable}, whatever its spelling: "msec", "milliseconds" and "ms" are the same Unit.
 *
 * <p>A written value converts to the dimension's base unit as {@code value * mul / div}. Two factors instead of
 * one so that sub-units divide exactly: 200 ms is {@code 200 / 1000} (0.2 exactly as a double), whereas
 * {@code 200 * 0.001} is not.
 *
 * @param id        dense index, used to cache derived names ("events/day")
 * @param canonical the unit as reported in {@link Quantity#unit()}: "ms", "GB", "users", "QPS"
 * @param kind      how the parser may combine it with what follows
 * @param alt       for TIME: the word used as a "per" ("month"); for COUNT: the name used in a rate ("req")
 * @param slot      for TIME: a small index 0..{@link UnitTable#TIME_SLOTS}-1; else -1
 * @param flags     bit set of the constants below
 */
record Unit(int id, String canonical, Dimension dimension, Kind kind, double mul, double div, String alt, int slot,
            int flags) {

    /** How a unit combines with its neighbours. */
    enum Kind {
        /** a duration; also the denominator of rates */
        TIME,
        /** bytes or bits; "/s" after it makes a DATA_RATE */
        DATA_SIZE,
        /** a complete data rate: "Gbps" */
        DATA_RATE,
        /** a complete rate: "QPS", "fps", "Hz" */
        RATE,
        /** a counted noun: "users", "GPUs"; "/day" after it makes a RATE */
        COUNT,
        /** "USD", "cents" written after the number */
        MONEY,
        /** "%", "percent" */
        PERCENT,
        /** "x", "×", "fold" */
        RATIO,
        /** "times": a ratio ("20 times faster") unless a time follows ("3 times a day") */
        TIMES,
        /** "percentile" */
        PERCENTILE
    }

    /** Only directly after the number, no space: "3x", "7d", "6mo" (a spaced "3 x" is a multiplication sign). */
    static final int ATTACHED_ONLY = 1;
    /** A singular noun ("GPU", "node"): may qualify a following noun, as in "8 H100 GPUs" or "20 GPU nodes". */
    static final int SINGULAR = 1 << 1;
    /** "B" is read as bytes only in "B/s"; elsewhere a B after a number is billions (or nothing). */
    static final int BYTES_RATE_ONLY = 1 << 2;
    /** Not a unit before " of": "100s of users", "2 orders of magnitude". */
    static final int NOT_BEFORE_OF = 1 << 3;
    /** Never a qualifier of the next noun: "7B params model" is parameters, not models. */
    static final int NEVER_QUALIFIER = 1 << 4;
    /** Only valid as the denominator of a rate: "m" in "req/m" (a lone "5 m" could be metres). */
    static final int DENOMINATOR_ONLY = 1 << 5;
    /** Hardware that can be counted as "8x H100" or "4× GPUs". */
    static final int HARDWARE = 1 << 6;

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    double toBase(double value) {
        return value * mul / div;
    }
}
