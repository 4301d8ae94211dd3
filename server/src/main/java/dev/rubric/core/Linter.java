package dev.rubric.core;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.rule.Suppressions;
import dev.rubric.core.template.TemplateMapping;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the rules over a document. Thread-safe: it holds no per-document state. */
public final class Linter {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.range().startOffset())
            .thenComparing(Diagnostic::rule)
            .thenComparingInt(d -> d.range().endOffset());

    private final RuleRegistry rules;
    private final DocumentParser parser = new DocumentParser();

    public Linter(RuleRegistry rules) {
        this.rules = rules;
    }

    public Linter() {
        this(RuleRegistry.builtIn());
    }

    public RuleRegistry rules() {
        return rules;
    }

    public DesignDocument parse(URI uri, String text) {
        return parser.parse(uri, text);
    }

    public LintResult lint(URI uri, String text, LintOptions options) {
        return lint(parse(uri, text), options);
    }

    public LintResult lint(DesignDocument doc, LintOptions options) {
        TemplateMapping mapping = StructureReader.map(doc, options);
        Suppressions suppressions = Suppressions.of(doc, rules.ids());
        DocumentAnalysis analysis = new DocumentAnalysis(doc, mapping, suppressions);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Explanation> explanations = new LinkedHashMap<>();
        List<LintResult.RuleFailure> failures = new ArrayList<>();
        for (Rule rule : rules.all()) {
            Severity severity = options.severities().getOrDefault(rule.id(), rule.defaultSeverity());
            if (severity == Severity.OFF) continue;
            RuleContext context = new RuleContext(rule, severity, options.ruleOptions().get(rule.id()), analysis);
            try {
                rule.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                // a broken rule must not take the others down: report it once and go on
                failures.add(new LintResult.RuleFailure(rule.id(), e.toString()));
                continue;
            }
            for (Diagnostic d : context.diagnostics()) {
                if (!suppressions.suppresses(d)) diagnostics.add(d);
            }
            if (context.explanation() != null) explanations.put(rule.id(), context.explanation());
        }
        diagnostics.sort(ORDER);
        return new LintResult(doc, mapping, List.copyOf(diagnostics), explanations, List.copyOf(failures), analysis);
    }
}
