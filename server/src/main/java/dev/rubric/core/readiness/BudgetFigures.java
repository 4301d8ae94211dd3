package dev.rubric.core.readiness;

import dev.rubric.core.LintResult;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Quantity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The budget figures a document states — throughput, latency, cost, storage — in document
 * order, for the readiness report. Reads the quantities the analysis already parsed.
 */
public final class BudgetFigures {
    private BudgetFigures() {
    }

    /** Every kind is a key, with an empty list when the document states no such figure. */
    public static Map<BudgetKind, List<BudgetFigure>> of(LintResult result) {
        return of(result.document(), unit -> result.analysis().quantities(unit));
    }

    /**
     * @param quantities the quantities of a unit, offsets relative to the unit's start (what
     *                   {@code DocumentAnalysis.quantities} returns)
     */
    public static Map<BudgetKind, List<BudgetFigure>> of(DesignDocument document, Function<ProseUnit, List<Quantity>> quantities) {
        Map<BudgetKind, List<BudgetFigure>> byKind = new EnumMap<>(BudgetKind.class);
        for (BudgetKind kind : BudgetKind.values()) byKind.put(kind, new ArrayList<>());
        for (ProseUnit unit : document.units()) {
            for (Quantity q : quantities.apply(unit)) {
                Optional<BudgetKind> kind = BudgetKind.of(q.dimension());
                if (kind.isEmpty()) continue;
                int start = unit.startOffset() + q.start();
                int end = unit.startOffset() + q.end();
                String section = unit.section() == null || unit.section().isRoot() ? "" : unit.section().title();
                byKind.get(kind.get()).add(new BudgetFigure(kind.get(), q, document.range(start, end), section, unit.normalized()));
            }
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return byKind;
    }
}
