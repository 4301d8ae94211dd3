package dev.rubric.lsp;

import dev.rubric.cli.RuleDocs;
import dev.rubric.core.rule.Severity;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Core findings as LSP diagnostics: code = rule id, a link to the rule's page, source "rubric". */
final class DiagnosticConverter {
    static final String SOURCE = "rubric";

    private DiagnosticConverter() {
    }

    static List<Diagnostic> convert(Analysis analysis, PositionEncoding encoding) {
        if (analysis.ignored()) return List.of();
        Coordinates coordinates = new Coordinates(analysis.result().document().lines(), encoding);
        return analysis.result().diagnostics().stream().map(d -> convert(d, coordinates)).toList();
    }

    static Diagnostic convert(dev.rubric.core.rule.Diagnostic finding, Coordinates coordinates) {
        Diagnostic d = new Diagnostic(coordinates.range(finding.range()), finding.message(), severity(finding.severity()), SOURCE);
        d.setCode(Either.forLeft(finding.rule()));
        d.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.uri(finding.rule())));
        return d;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT, OFF -> DiagnosticSeverity.Hint;
        };
    }

    /** The rule id of an LSP diagnostic that Rubric published, or null for other sources' diagnostics. */
    static String ruleOf(Diagnostic d) {
        if (d.getSource() != null && !SOURCE.equals(d.getSource())) return null;
        return d.getCode() != null && d.getCode().isLeft() ? d.getCode().getLeft() : null;
    }
}
