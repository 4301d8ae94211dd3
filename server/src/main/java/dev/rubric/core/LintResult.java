package dev.rubric.core;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.TemplateMapping;
import java.util.List;
import java.util.Map;

/**
 * The outcome of linting one document: findings in document order, the template mapping,
 * how the template was chosen, each check's explanation, and rules that failed (isolated so
 * the others still ran).
 */
public record LintResult(
        DesignDocument document,
        TemplateMapping mapping,
        List<Diagnostic> diagnostics,
        Map<String, Explanation> explanations,
        List<RuleFailure> failures,
        DocumentAnalysis analysis) {

    public record RuleFailure(String rule, String error) {
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
