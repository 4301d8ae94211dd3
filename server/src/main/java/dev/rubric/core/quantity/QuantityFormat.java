package dev.rubric.core.quantity;

/** Placeholder until the quantity branch lands. */
public final class QuantityFormat {
    private QuantityFormat() {
    }

    public static String human(double base, Dimension d) {
        return base + d.baseUnit();
    }
}
