package dev.rubric.lsp;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.rule.RuleRegistry;
import java.net.URI;

/**
 * Where the server's analysis meets the core. Production uses the core {@link Linter}; tests
 * wrap it to observe, slow down or break linting without touching the protocol layer.
 */
@FunctionalInterface
public interface LintEngine {
    LintResult lint(URI uri, String text, LintOptions options);

    /**
     * The core linter, running the rules of a lint on every core: the server lints one
     * document while the user waits, so its latency is what counts.
     */
    static LintEngine core() {
        Linter linter = new Linter(RuleRegistry.builtIn(), RuleWorkers.POOL);
        return linter::lint;
    }
}
