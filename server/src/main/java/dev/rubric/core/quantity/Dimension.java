package dev.rubric.core.quantity;

/** What a quantity measures; each dimension has one base unit that values normalise to. */
public enum Dimension {
    /** events per second (QPS, req/s, events/day, fps, ...). Base: per second. */
    RATE("/s"),
    /** bytes per second (GB/s, Mbps). Base: bytes per second. */
    DATA_RATE("B/s"),
    /** durations (ns ... weeks). Base: seconds. */
    TIME("s"),
    /** data sizes (bits, bytes, KB/KiB ... PB). Base: bytes. */
    DATA_SIZE("B"),
    /** money ($, USD, cents). Base: US dollars. */
    MONEY("USD"),
    /** counts of things (users, DAU, MAU, items, shards, replicas). Base: count. */
    COUNT(""),
    /** percentages. Base: percent. */
    PERCENT("%"),
    /** multiplicative factors (3x, 2×, "20 times"). Base: factor. */
    RATIO("x"),
    /** a percentile marker (p50, p99, "99th percentile"); value is the percentile. */
    PERCENTILE("p");

    private final String baseUnit;

    Dimension(String baseUnit) {
        this.baseUnit = baseUnit;
    }

    public String baseUnit() {
        return baseUnit;
    }
}
