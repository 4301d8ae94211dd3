package dev.rubric.core.rule;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.fix.FixFactory;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a rule sees while it runs, and where it reports. One context per rule per lint. */
public final class RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final Map<String, Object> options;
    private final DocumentAnalysis analysis;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Supplier<Explanation> explanation;

    public RuleContext(Rule rule, Severity severity, Map<String, Object> options, DocumentAnalysis analysis) {
        this.rule = rule;
        this.severity = severity;
        this.options = options == null ? Map.of() : options;
        this.analysis = analysis;
    }

    public Rule rule() {
        return rule;
    }

    public DesignDocument document() {
        return analysis.document();
    }

    public TemplateMapping mapping() {
        return analysis.mapping();
    }

    public Template template() {
        return analysis.mapping().template();
    }

    public DocumentAnalysis analysis() {
        return analysis;
    }

    public FixFactory fixes() {
        return analysis.fixes();
    }

    public Map<String, Object> options() {
        return options;
    }

    public double option(String key, double fallback) {
        Object v = options.get(key);
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    public void report(Level level, Range range, String message, List<Fix> fixes) {
        Severity s = level == Level.NIT && severity.compareTo(Severity.INFO) > 0 ? Severity.INFO : severity;
        diagnostics.add(new Diagnostic(rule.id(), s, message, range, fixes));
    }

    public void report(Range range, String message, Fix... fixes) {
        report(Level.DOCUMENT, range, message, List.of(fixes));
    }

    public void explain(Explanation e) {
        this.explanation = () -> e;
    }

    /**
     * An explanation that costs a search of its own, made only if somebody reads it (see
     * {@link LazyExplanations}). The supplier runs after the rule returned, at most once.
     */
    public void explainLater(Supplier<Explanation> e) {
        this.explanation = new Supplier<>() {
            private Explanation made;

            @Override
            public synchronized Explanation get() {
                if (made == null) made = e.get();
                return made;
            }
        };
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The explanation, made now if it was deferred; null when the rule gave none. */
    public Explanation explanation() {
        return explanation == null ? null : explanation.get();
    }

    /** The explanation as the rule left it, possibly still to be made; null when none. */
    public Supplier<Explanation> explanationSource() {
        return explanation;
    }
}
