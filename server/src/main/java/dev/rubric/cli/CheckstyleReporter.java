package dev.rubric.cli;

import dev.rubric.core.LintResult;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Checkstyle XML, read by tools that know no other lint format (reviewdog, Jenkins' Warnings
 * plugin, SonarQube's generic import): {@code <file>} per document, {@code <error>} per
 * finding, with the rule as {@code source="rubric.<rule-id>"}.
 */
final class CheckstyleReporter implements Reporter {
    /** The Checkstyle report version these files imitate; consumers check it is present, not its value. */
    static final String FORMAT_VERSION = "8.0";

    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start("checkstyle").attribute("version", FORMAT_VERSION);
            for (FileReport r : reports) {
                xml.start("file").attribute("name", r.path());
                if (r.result() == null) {
                    error(xml, 1, 1, "error", r.error(), "rubric.read");
                } else {
                    for (Diagnostic d : r.result().diagnostics()) {
                        error(xml, d.range().start().line() + 1, d.range().start().column() + 1, severity(d.severity()),
                                d.message(), "rubric." + d.rule());
                    }
                    for (LintResult.RuleFailure f : r.result().failures()) {
                        error(xml, 1, 1, "error", "rule " + f.rule() + " failed (other rules ran): " + f.error(), "rubric." + f.rule());
                    }
                }
                xml.end();
            }
            xml.end();
        }
        out.flush();
    }

    private static void error(XmlOutput xml, int line, int column, String severity, String message, String source) {
        xml.empty("error").attribute("line", line).attribute("column", column).attribute("severity", severity)
                .attribute("message", message).attribute("source", source);
    }

    /** Checkstyle's severities are error, warning, info and ignore. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "info";
            case OFF -> "ignore";
        };
    }
}
