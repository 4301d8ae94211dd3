package dev.rubric.lsp;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.StructureReader;
import dev.rubric.core.parallel.GiveWay;
import dev.rubric.core.rule.RuleRegistry;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Where the server's analysis meets the core. Production uses the core {@link Linter}; tests
 * wrap it to observe, slow down or break linting without touching the protocol layer.
 */
@FunctionalInterface
public interface LintEngine {
    LintResult lint(URI uri, String text, LintOptions options);

    /**
     * As {@link #lint(URI, String, LintOptions)}, handing the structure (model and template
     * mapping) to {@code structureReady} as soon as it is known, so the outline of a state being
     * linted need not read it a second time, and stepping aside for urgent requests between its
     * steps ({@link GiveWay}). An engine that cannot tell it earlier tells it with the result.
     */
    default LintResult lint(URI uri, String text, LintOptions options, Consumer<StructureReader.Structure> structureReady, GiveWay giveWay) {
        LintResult result = lint(uri, text, options);
        structureReady.accept(new StructureReader.Structure(result.document(), result.mapping()));
        return result;
    }

    /**
     * Whether {@link #lint(URI, String, LintOptions, Consumer, GiveWay)} hands the structure over before
     * the rules run. Only then does an outline wait for a lint under way rather than read the
     * structure itself: waiting for a whole lint would be slower.
     */
    default boolean handsOverStructureEarly() {
        return false;
    }

    /**
     * The core linter, running the rules of a lint on every core: the server lints one
     * document while the user waits, so its latency is what counts. It parses with the
     * server's shared parser, which re-parses only what an edit changed.
     */
    static LintEngine core() {
        Linter linter = new Linter(RuleRegistry.builtIn(), RuleWorkers.POOL, ServerParser.INSTANCE);
        return new LintEngine() {
            @Override
            public LintResult lint(URI uri, String text, LintOptions options) {
                return linter.lint(uri, text, options);
            }

            @Override
            public LintResult lint(URI uri, String text, LintOptions options, Consumer<StructureReader.Structure> structureReady,
                                   GiveWay giveWay) {
                return linter.lint(uri, text, options, structureReady, giveWay);
            }

            @Override
            public boolean handsOverStructureEarly() {
                return true;
            }
        };
    }
}
