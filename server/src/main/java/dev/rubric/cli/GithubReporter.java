package dev.rubric.cli;

import dev.rubric.core.LintResult;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.text.Range;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff ({@code ::warning file=...,line=...::message}); the readiness lines and the summary
 * stay in the log as plain text.
 */
final class GithubReporter implements Reporter {
    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        for (FileReport r : reports) {
            if (r.result() == null) {
                out.println(command("error", "file=" + property(r.path()) + ",title=" + property("rubric"), r.error()));
                continue;
            }
            for (Diagnostic d : r.result().diagnostics()) out.println(annotation(r.path(), d));
            for (LintResult.RuleFailure f : r.result().failures()) {
                out.println(command("error", "file=" + property(r.path()) + ",title=" + property("rubric(" + f.rule() + ")"),
                        "rule " + f.rule() + " failed (other rules ran): " + f.error()));
            }
        }
        for (FileReport r : reports) {
            if (r.result() != null) out.println(CheckSummary.readinessLine(r));
        }
        out.println(CheckSummary.totals(reports));
    }

    static String annotation(String path, Diagnostic d) {
        Range range = d.range();
        String properties = "file=" + property(path)
                + ",line=" + (range.start().line() + 1)
                + ",col=" + (range.start().column() + 1)
                + ",endLine=" + (range.end().line() + 1)
                + ",endColumn=" + (range.end().column() + 1)
                + ",title=" + property("rubric(" + d.rule() + ")");
        return command(level(d.severity()), properties, d.message());
    }

    /** GitHub has three annotation levels; info and hint findings are notices. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT, OFF -> "notice";
        };
    }

    private static String command(String name, String properties, String message) {
        return "::" + name + " " + properties + "::" + data(message);
    }

    /**
     * Escapes a command's message the way the Actions runner unescapes it: without this a
     * newline in a message would end the command and a "%0A" in a document would become one.
     */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: also ':' and ',' which separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
