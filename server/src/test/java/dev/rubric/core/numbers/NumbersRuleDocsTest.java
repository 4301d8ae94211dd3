package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.Fixtures;
import dev.rubric.core.LintResult;
import dev.rubric.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages of the numbers rules say what the rules do: the right default severity, the
 * required sections, and every ```markdown example under "Flagged" makes its rule report
 * while every one under "Not flagged" keeps it silent. (The repository-wide RuleDocsTest
 * checks every page the same way; this one keeps these four honest on their own.)
 */
class NumbersRuleDocsTest {
    private static final List<String> RULES = List.of("arithmetic", "unit-mismatch", "latency-budget-sum", "peak-vs-average");
    private static final List<String> SECTIONS = List.of("What it checks", "Why it matters", "How to fix", "Flagged", "Not flagged", "Options", "Suppress");
    private static final Pattern SEVERITY = Pattern.compile("^Default severity: \\*\\*([a-z]+)\\*\\*", Pattern.MULTILINE);

    private record Example(String rule, String section, int line, String text) {
    }

    @TestFactory
    Stream<DynamicTest> pages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String rule : RULES) {
            String page = Fixtures.read(Fixtures.repoRoot().resolve("docs/rules/" + rule + ".md"));
            tests.add(DynamicTest.dynamicTest(rule + " page", () -> {
                assertTrue(page.startsWith("# " + rule + "\n"), rule + ": title");
                Matcher m = SEVERITY.matcher(page);
                assertTrue(m.find(), rule + ": severity line");
                assertEquals(RuleRegistry.builtIn().get(rule).orElseThrow().defaultSeverity().id(), m.group(1), rule + ": severity");
                for (String s : SECTIONS) assertTrue(page.contains("\n## " + s + "\n"), rule + ": no section " + s);
            }));
            for (Example e : examples(rule, page)) {
                tests.add(DynamicTest.dynamicTest(rule + " / " + e.section() + " line " + e.line(), () -> {
                    LintResult r = NumbersTesting.lint(e.text());
                    assertTrue(r.failures().isEmpty(), r.failures().toString());
                    boolean fires = !NumbersTesting.findings(r, rule).isEmpty();
                    if (e.section().equals("Flagged")) assertTrue(fires, rule + " should report:\n" + e.text());
                    else assertFalse(fires, rule + " should stay silent:\n" + e.text() + "\n" + NumbersTesting.findings(r, rule));
                }));
            }
        }
        return tests.stream();
    }

    private static List<Example> examples(String rule, String page) {
        List<Example> out = new ArrayList<>();
        String section = "";
        StringBuilder block = null;
        int start = 0;
        String[] lines = page.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (block != null) {
                if (line.equals("```")) {
                    out.add(new Example(rule, section, start, block.toString()));
                    block = null;
                } else {
                    block.append(line).append('\n');
                }
            } else if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.equals("```markdown") && (section.equals("Flagged") || section.equals("Not flagged"))) {
                block = new StringBuilder();
                start = i + 2;
            }
        }
        return out;
    }
}
