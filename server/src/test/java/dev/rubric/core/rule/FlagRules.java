package dev.rubric.core.rule;

import dev.rubric.core.Linter;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.rules.InvalidDirective;
import java.util.List;

/**
 * Test rules with predictable findings: {@code flag-a} reports every prose unit containing
 * "ALPHA", {@code flag-b} every unit containing "BRAVO". With the real invalid-directive
 * rule, they make suppression behaviour observable line by line.
 */
final class FlagRules {
    private FlagRules() {
    }

    static final class Flag implements Rule {
        private final String id;
        private final String token;

        Flag(String id, String token) {
            this.id = id;
            this.token = token;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "reports " + token;
        }

        @Override
        public void check(RuleContext ctx) {
            for (ProseUnit u : ctx.document().units()) {
                if (u.text().contains(token)) ctx.report(u.range(), id + " found");
            }
        }
    }

    static RuleRegistry registry() {
        return new RuleRegistry(List.of(new Flag("flag-a", "ALPHA"), new Flag("flag-b", "BRAVO"), new InvalidDirective()));
    }

    static Linter linter() {
        return new Linter(registry());
    }
}
