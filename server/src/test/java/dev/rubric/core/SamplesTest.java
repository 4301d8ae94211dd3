package dev.rubric.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.config.RubricConfig;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The samples are the product's shop window: each one's exact findings are pinned in
 * {@code server/src/test/resources/samples/<name>.expected}, the strong samples lint clean
 * and each weak one shows several problems.
 */
class SamplesTest {
    private static final Linter LINTER = new Linter();
    private static final ConfigLoader CONFIGS = new ConfigLoader(RuleRegistry.builtIn().ids(), new HashSet<>(TemplateRegistry.BUILT_IN));

    private static List<Path> samples() throws Exception {
        Path dir = Fixtures.repoRoot().resolve("samples");
        RubricConfig config = CONFIGS.forDocument(dir.resolve("any.md"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).filter(p -> !config.isIgnored(p)).sorted().toList();
        }
    }

    private static LintResult lint(Path sample) throws Exception {
        RubricConfig config = CONFIGS.forDocument(sample);
        return LINTER.lint(sample.toUri(), Fixtures.read(sample), LintOptions.from(config, null));
    }

    @TestFactory
    Stream<DynamicTest> eachSampleHasExactlyItsPinnedFindings() throws Exception {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            Path expected = Fixtures.resource("samples/" + sample.getFileName().toString().replaceFirst("\\.md$", ".expected"));
            assertTrue(Files.exists(expected), "no pinned findings for " + sample + " at " + expected);
            List<String> actual = lint(sample).diagnostics().stream().map(Fixtures::render).toList();
            assertEquals(Fixtures.expectations(expected), actual, "findings of " + sample.getFileName());
        }));
    }

    @Test
    void strongSamplesLintCleanAndWeakOnesShowSeveralProblems() throws Exception {
        for (Path sample : samples()) {
            LintResult result = lint(sample);
            boolean weak = sample.getFileName().toString().startsWith("weak-");
            long problems = result.diagnostics().stream().filter(d -> d.severity().compareTo(Severity.WARNING) >= 0).count();
            if (weak) {
                assertTrue(problems >= 3, sample + " should show several problems, shows " + problems);
            } else {
                assertTrue(result.diagnostics().isEmpty(), sample + " should lint clean: " + result.diagnostics());
            }
            assertFalse(result.mapping().detection().startsWith("auto"), sample + " names its template in front matter");
        }
    }
}
