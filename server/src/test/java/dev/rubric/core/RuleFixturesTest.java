package dev.rubric.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's behaviour as Markdown fixtures: {@code fixtures/<rule-id>/<case>.md} with its
 * expected findings of that rule in {@code <case>.expected}, one "line:col severity rule" per
 * line (an empty file means the rule must stay silent). Adding a case needs no Java.
 */
class RuleFixturesTest {
    private static final Linter LINTER = new Linter();

    @TestFactory
    Stream<DynamicTest> eachFixtureYieldsExactlyItsExpectedFindings() {
        Path root = Fixtures.resource("fixtures");
        return Fixtures.markdownFiles(root).stream().map(md -> DynamicTest.dynamicTest(root.relativize(md).toString(), () -> {
            String rule = md.getParent().getFileName().toString();
            Path expectedFile = Path.of(md.toString().replaceFirst("\\.md$", ".expected"));
            assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
            LintResult result = LINTER.lint(md.toUri(), Fixtures.read(md), LintOptions.defaults());
            List<String> actual = result.diagnostics().stream().filter(d -> d.rule().equals(rule)).map(Fixtures::render).toList();
            assertEquals(Fixtures.expectations(expectedFile), actual, "findings of " + rule + " in " + md.getFileName());
            assertTrue(result.failures().isEmpty(), "rules failed: " + result.failures());
        }));
    }

    @Test
    void everyRuleHasFixturesThatMakeItFireAndStaySilent() {
        Path root = Fixtures.resource("fixtures");
        for (String id : RuleRegistry.builtIn().ids()) {
            Path dir = root.resolve(id);
            assertTrue(Files.isDirectory(dir), "no fixtures for rule " + id + " in " + dir);
            List<Path> cases = Fixtures.markdownFiles(dir);
            boolean fires = cases.stream().anyMatch(md -> !Fixtures.expectations(Path.of(md.toString().replaceFirst("\\.md$", ".expected"))).isEmpty());
            boolean silent = cases.stream().anyMatch(md -> Fixtures.expectations(Path.of(md.toString().replaceFirst("\\.md$", ".expected"))).isEmpty());
            assertTrue(fires, id + " has no fixture where it reports something");
            assertTrue(silent, id + " has no fixture where it stays silent");
        }
    }
}
