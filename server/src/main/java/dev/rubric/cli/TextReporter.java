package dev.rubric.cli;

import dev.rubric.core.LintResult;
import dev.rubric.core.numbers.BudgetFigures;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.Explanation;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code path:line:col: severity [rule-id] message}, one per line, then each document's
 * readiness ({@code path: readiness 72/100 (...)}) and a summary.
 */
final class TextReporter implements Reporter {
    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        for (FileReport r : reports) {
            if (r.result() == null) continue;
            for (Diagnostic d : r.result().diagnostics()) {
                out.printf("%s:%d:%d: %s [%s] %s%n", r.path(), d.range().start().line() + 1, d.range().start().column() + 1,
                        d.severity().id(), d.rule(), d.message());
            }
            out.println(CheckSummary.readinessLine(r));
            if (explain) explain(r, out);
        }
        out.println(CheckSummary.totals(reports));
    }

    private static void explain(FileReport r, PrintWriter out) {
        LintResult res = r.result();
        out.printf("%n%s — template %s (%s)%n", r.path(), res.mapping().template().id(), res.mapping().detection());
        for (Explanation e : res.explanations().values()) {
            out.printf("  %-22s %s — %s%n", e.rule(), e.satisfied() ? "present" : "ABSENT ", e.summary());
            for (Evidence ev : e.evidence()) {
                out.printf("      ✓ line %d, %s: %s — \"%s\"%n", ev.range().start().line() + 1, ev.section(), ev.what(), ev.excerpt());
            }
            if (!e.satisfied()) {
                for (Evidence ev : e.rejected()) {
                    out.printf("      ✗ line %d, %s: %s — \"%s\"%n", ev.range().start().line() + 1, ev.section(), ev.what(), ev.excerpt());
                }
            }
        }
        List<BudgetFigures.Figure> budgets = BudgetFigures.of(res.analysis());
        out.printf("  budget figures (%d)%n", budgets.size());
        for (BudgetFigures.Figure b : budgets) {
            out.printf("      %-10s line %d: %s = %s%n", b.kind().id(), b.range().start().line() + 1, b.text(), b.human());
        }
        out.println();
    }
}
