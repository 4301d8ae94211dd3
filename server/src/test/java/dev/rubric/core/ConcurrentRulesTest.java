package dev.rubric.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.parallel.GiveWay;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The language server runs a lint's rules side by side; the result must be the one the rules
 * give one after another: the same findings with the same fixes, in the same order, the same
 * explanations, the same failures.
 */
class ConcurrentRulesTest {
    private static ExecutorService workers;

    @BeforeAll
    static void start() {
        workers = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        workers.shutdownNow();
    }

    /** Side by side whatever the document's length (the linter's own threshold keeps short ones on one thread). */
    private Linter sideBySide() {
        return new Linter(RuleRegistry.builtIn(), workers, new DocumentParser(workers), 0);
    }

    @Test
    void rulesRunSideBySideGiveWhatTheyGiveInOrder() {
        Linter inOrder = new Linter(RuleRegistry.builtIn());
        Linter sideBySide = sideBySide();
        List<Path> docs = new ArrayList<>(Fixtures.markdownFiles(Fixtures.repoRoot().resolve("samples")));
        docs.addAll(Fixtures.markdownFiles(Fixtures.resource("fixtures")));
        assertFalse(docs.isEmpty());
        for (Path doc : docs) {
            String text = Fixtures.read(doc);
            for (int round = 0; round < 3; round++) {
                LintResult expected = inOrder.lint(doc.toUri(), text, LintOptions.defaults());
                LintResult actual = sideBySide.lint(doc.toUri(), text, LintOptions.defaults());
                assertEquals(expected.diagnostics(), actual.diagnostics(), doc.toString());
                assertEquals(List.copyOf(expected.explanations().entrySet()), List.copyOf(actual.explanations().entrySet()), doc.toString());
                assertEquals(expected.failures(), actual.failures(), doc.toString());
            }
        }
    }

    /**
     * A lint that gives way (the language server's, while an outline request is answered) asks
     * after handing its structure over and before every rule it takes, on one thread and on two,
     * and its result is the same as a lint's that never pauses.
     */
    @Test
    void aLintGivesWayAfterItsStructureAndBeforeEveryRuleWithTheSameResult() {
        Linter inOrder = new Linter(RuleRegistry.builtIn());
        Path doc = Fixtures.repoRoot().resolve("samples/weak-rfc.md");
        String text = Fixtures.read(doc);
        LintResult expected = inOrder.lint(doc.toUri(), text, LintOptions.defaults());
        int rules = RuleRegistry.builtIn().all().size();
        for (Linter linter : List.of(inOrder, sideBySide())) {
            AtomicInteger asked = new AtomicInteger();
            AtomicReference<StructureReader.Structure> handedOver = new AtomicReference<>();
            AtomicInteger askedBeforeStructure = new AtomicInteger();
            GiveWay counting = () -> {
                if (handedOver.get() == null) askedBeforeStructure.incrementAndGet();
                asked.incrementAndGet();
            };
            LintResult paused = linter.lint(doc.toUri(), text, LintOptions.defaults(), handedOver::set, counting);
            assertEquals(expected.diagnostics(), paused.diagnostics());
            assertEquals(0, askedBeforeStructure.get(), "it gave way before anyone could take its structure");
            assertTrue(asked.get() >= rules + 1, "asked " + asked.get() + " times for " + rules + " rules");
        }
    }
}
