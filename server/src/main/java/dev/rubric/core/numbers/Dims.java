package dev.rubric.core.numbers;

import dev.rubric.core.quantity.Dimension;

/**
 * The physical dimension of a value as exponents of time, bytes and money, so that a product
 * or quotient of figures has a dimension too: a count times a rate per day is a rate, a rate
 * in bytes per second times a time is a size. Counts, percentages and factors are
 * dimensionless.
 */
public record Dims(int time, int bytes, int money) {
    public static final Dims NONE = new Dims(0, 0, 0);
    public static final Dims TIME = new Dims(1, 0, 0);
    public static final Dims BYTES = new Dims(0, 1, 0);

    public static Dims of(Dimension d) {
        return switch (d) {
            case RATE -> new Dims(-1, 0, 0);
            case DATA_RATE -> new Dims(-1, 1, 0);
            case TIME -> TIME;
            case DATA_SIZE -> BYTES;
            case MONEY -> new Dims(0, 0, 1);
            default -> NONE;
        };
    }

    public Dims times(Dims o) {
        return new Dims(time + o.time, bytes + o.bytes, money + o.money);
    }

    public Dims over(Dims o) {
        return new Dims(time - o.time, bytes - o.bytes, money - o.money);
    }

    public boolean dimensionless() {
        return time == 0 && bytes == 0 && money == 0;
    }
}
