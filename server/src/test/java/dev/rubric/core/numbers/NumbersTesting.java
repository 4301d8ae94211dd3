package dev.rubric.core.numbers;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.rule.Diagnostic;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Lints small documents for the numbers tests. */
final class NumbersTesting {
    static final Linter LINTER = new Linter();

    private NumbersTesting() {
    }

    static LintResult lint(String markdown) {
        return LINTER.lint(URI.create("file:///test.md"), markdown, LintOptions.defaults());
    }

    static LintResult lint(String markdown, String rule, Map<String, Object> options) {
        LintOptions o = new LintOptions(null, false, Map.of(), Map.of(rule, options), null);
        return LINTER.lint(URI.create("file:///test.md"), markdown, o);
    }

    static List<Diagnostic> findings(LintResult r, String rule) {
        return r.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /** A one-section document around a line of prose. */
    static String doc(String prose) {
        return "# Design\n\n## Requirements\n\n" + prose + "\n";
    }
}
