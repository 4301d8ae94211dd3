package dev.rubric.cli;

import dev.rubric.core.LintResult;
import dev.rubric.core.numbers.BudgetFigures;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.rule.Severity;
import java.io.PrintWriter;
import java.util.List;

/** {@code path:line:col: severity [rule-id] message}, one per line, then a summary. */
final class TextReporter implements Reporter {
    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        int fixed = 0;
        for (FileReport r : reports) {
            if (r.result() == null) continue;
            for (Diagnostic d : r.result().diagnostics()) {
                out.printf("%s:%d:%d: %s [%s] %s%n", r.path(), d.range().start().line() + 1, d.range().start().column() + 1,
                        d.severity().id(), d.rule(), d.message());
            }
            errors += r.result().count(Severity.ERROR);
            warnings += r.result().count(Severity.WARNING);
            infos += r.result().count(Severity.INFO) + r.result().count(Severity.HINT);
            fixed += r.fixesApplied();
            if (explain) explain(r, out);
        }
        long failed = reports.stream().filter(r -> r.result() == null).count();
        long unfixed = reports.stream().filter(r -> r.result() != null && r.error() != null).count();
        StringBuilder summary = new StringBuilder();
        summary.append(reports.size()).append(reports.size() == 1 ? " file" : " files").append(" checked: ")
                .append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
                .append(infos).append(" info");
        if (fixed > 0) summary.append("; ").append(fixed).append(" fixes applied");
        if (failed > 0) summary.append("; ").append(failed).append(" could not be read");
        if (unfixed > 0) summary.append("; ").append(unfixed).append(" could not be fixed");
        out.println(summary);
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
