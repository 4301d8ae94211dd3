package dev.rubric.cli;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Builds reporter input by hand, for findings no built-in rule produces (odd characters, errors). */
final class TestReports {
    private TestReports() {
    }

    static LintResult lint(String markdown) {
        return new Linter().lint(null, markdown, LintOptions.defaults());
    }

    /** The lint result of {@code markdown} with one extra finding over {@code [from, to)} of the text. */
    static LintResult withFinding(String markdown, String rule, Severity severity, String message, int from, int to) {
        LintResult result = lint(markdown);
        DesignDocument doc = result.document();
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.add(new Diagnostic(rule, severity, message, doc.range(from, to), List.<Fix>of()));
        return new LintResult(doc, result.mapping(), diagnostics, result.explanations(), result.failures(), result.analysis());
    }

    static String render(Reporter reporter, List<FileReport> reports) {
        StringWriter out = new StringWriter();
        reporter.write(reports, false, new PrintWriter(out));
        return out.toString();
    }
}
