package dev.rubric.core.rule;

import dev.rubric.core.fix.Fix;
import dev.rubric.core.text.Range;
import java.util.List;

/** A finding: which rule, how severe, what is wrong and what would satisfy it, where, how to fix it. */
public record Diagnostic(String rule, Severity severity, String message, Range range, List<Fix> fixes) {
    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(rule, s, message, range, fixes);
    }

    public Diagnostic withFixes(List<Fix> more) {
        return new Diagnostic(rule, severity, message, range, more);
    }
}
