package dev.rubric.core.readiness;

import dev.rubric.core.quantity.Dimension;
import java.util.Optional;

/** The budgets a reviewer looks for, and which measured dimensions state each of them. */
public enum BudgetKind {
    THROUGHPUT("Throughput"),
    LATENCY("Latency"),
    COST("Cost"),
    STORAGE("Storage");

    private final String title;

    BudgetKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The budget a figure of this dimension speaks to; counts, percentages and ratios speak to none. */
    public static Optional<BudgetKind> of(Dimension dimension) {
        return Optional.ofNullable(switch (dimension) {
            case RATE, DATA_RATE -> THROUGHPUT;
            case TIME -> LATENCY;
            case MONEY -> COST;
            case DATA_SIZE -> STORAGE;
            case COUNT, PERCENT, RATIO, PERCENTILE -> null;
        });
    }
}
