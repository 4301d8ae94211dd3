package dev.rubric.core.readiness;

import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.text.Range;

/**
 * A figure in the document that states a budget: "12k QPS" under throughput.
 *
 * @param range   where the figure is in the document
 * @param section the heading of the section it is in ("" before the first heading)
 * @param excerpt the sentence, list item or table cell the figure is in, whitespace folded
 */
public record BudgetFigure(BudgetKind kind, Quantity quantity, Range range, String section, String excerpt) {
    public String text() {
        return quantity.text();
    }
}
