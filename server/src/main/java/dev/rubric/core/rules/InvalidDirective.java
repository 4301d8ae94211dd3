package dev.rubric.core.rules;

import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.rule.Suppressions;

/** A rubric-disable comment that names a rule id Rubric does not have (it would silently do nothing). */
public final class InvalidDirective implements Rule {
    @Override
    public String id() {
        return "invalid-directive";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Suppression comments name rules that exist.";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Suppressions.Problem p : ctx.analysis().suppressions().problems()) {
            ctx.report(p.range(), p.message() + ".");
        }
    }
}
