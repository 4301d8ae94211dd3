package dev.rubric.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/rules stays true to the code: every rule has a page with the rule's real default
 * severity and the required sections, the index lists exactly the registered rules, and
 * every ```markdown example under "Flagged" makes its rule report while every example under
 * "Not flagged" makes it stay silent.
 */
class RuleDocsTest {
    private static final Linter LINTER = new Linter();
    private static final RuleRegistry RULES = RuleRegistry.builtIn();


    private static final List<String> REQUIRED_SECTIONS = List.of("What it checks", "Why it matters", "How to fix", "Flagged", "Not flagged");
    private static final String FLAGGED = "Flagged";
    private static final String NOT_FLAGGED = "Not flagged";
    private static final Pattern SEVERITY_LINE = Pattern.compile("^Default severity: \\*\\*([a-z]+)\\*\\*", Pattern.MULTILINE);
    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([\\w-]*)\\s*$");
    private static final Pattern INDEX_ROW = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|\\s*([a-z]+)\\s*\\|[^|]*\\|\\s*\\[[^\\]]*]\\(([^)]+)\\)\\s*\\|\\s*$");


    private record Example(String rule, String section, int number, int line, String text) {
        String name() {
            return rule + " / " + section + " #" + number + " (line " + line + ")";
        }
    }

    private record Page(String rule, String text, Map<String, String> sections, List<Example> examples) {
    }

    // ---- pages ---------------------------------------------------------------------------

    @Test
    void everyRegisteredRuleAndEveryPendingRuleHasAPage() {
        for (String id : documentedIds()) {
            assertTrue(Files.isRegularFile(page(id)), "no page for rule " + id + ": " + page(id));
        }
    }

    @Test
    void everyPageIsForARegisteredOrPendingRule() throws IOException {
        try (Stream<Path> files = Files.list(docsDir())) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(id -> !documentedIds().contains(id))
                    .sorted().toList();
            assertEquals(List.of(), orphans, "pages for rules that are not registered");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachPageHasItsTitleSeverityAndSections() {
        return documentedIds().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Page page = read(id);
            assertTrue(page.text().startsWith("# " + id + "\n"), id + ": the page must start with '# " + id + "'");
            Matcher severity = SEVERITY_LINE.matcher(page.text());
            assertTrue(severity.find(), id + ": no 'Default severity: **<severity>**' line");
            Optional<Rule> rule = RULES.get(id);
            if (rule.isPresent()) {
                assertEquals(rule.get().defaultSeverity().id(), severity.group(1), id + ": the page names the wrong default severity");
            } else {
                assertTrue(Severity.parse(severity.group(1)).isPresent(), id + ": '" + severity.group(1) + "' is not a severity");
            }
            for (String section : REQUIRED_SECTIONS) {
                assertTrue(page.sections().containsKey(section), id + ": no '## " + section + "' section");
            }
            assertTrue(page.examples().stream().anyMatch(e -> e.section().equals(FLAGGED)), id + ": no ```markdown example under Flagged");
            assertTrue(page.examples().stream().anyMatch(e -> e.section().equals(NOT_FLAGGED)), id + ": no ```markdown example under Not flagged");
        }));
    }

    // ---- examples ------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> eachExampleBehavesAsItsSectionSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : documentedIds()) {
            if (!Files.isRegularFile(page(id))) continue; // reported by everyRegisteredRuleAndEveryPendingRuleHasAPage
            for (Example example : read(id).examples()) {
                tests.add(DynamicTest.dynamicTest(example.name(), () -> check(example)));
            }
        }
        return tests.stream();
    }

    private static void check(Example example) {
        LintResult result = LINTER.lint(URI.create("file:///example.md"), example.text(), LintOptions.defaults());
        assertEquals(List.of(), result.failures(), "rules failed on " + example.name());
        List<Diagnostic> findings = result.diagnostics().stream().filter(d -> d.rule().equals(example.rule())).toList();
        if (example.section().equals(FLAGGED)) {
            assertFalse(findings.isEmpty(), example.name() + " should produce a finding of " + example.rule() + " but produced none:\n"
                    + example.text());
        } else {
            assertEquals(List.of(), findings.stream().map(RuleDocsTest::render).toList(),
                    example.name() + " should produce no finding of " + example.rule() + ":\n" + example.text());
        }
    }

    private static String render(Diagnostic d) {
        return (d.range().start().line() + 1) + ":" + (d.range().start().column() + 1) + " " + d.severity().id() + " " + d.rule()
                + ": " + d.message();
    }

    // ---- index ---------------------------------------------------------------------------

    @Test
    void indexListsExactlyTheRegisteredRules() {
        List<String> lines = readString(docsDir().resolve("README.md")).lines().toList();
        Map<String, String> severities = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = INDEX_ROW.matcher(line);
            if (!row.matches()) continue;
            String id = row.group(1);
            assertTrue(severities.put(id, row.group(2)) == null, "README lists " + id + " twice");
            assertEquals(id + ".md", row.group(3), "README links " + id + " to the wrong page");
        }
        assertEquals(new TreeSet<>(RULES.ids()), new TreeSet<>(severities.keySet()), "rules in the README table vs registered rules");
        for (Map.Entry<String, String> e : severities.entrySet()) {
            assertEquals(RULES.get(e.getKey()).orElseThrow().defaultSeverity().id(), e.getValue(),
                    "README gives " + e.getKey() + " the wrong default severity");
        }
    }

    // ---- reading pages -------------------------------------------------------------------

    private static Set<String> documentedIds() {
        return new TreeSet<>(RULES.ids());
    }

    private static Path repoRoot() {
        String configured = System.getProperty("rubric.repo.root");
        return (configured != null ? Paths.get(configured) : Paths.get("..")).toAbsolutePath().normalize();
    }

    private static Path docsDir() {
        return repoRoot().resolve("docs/rules");
    }

    private static Path page(String id) {
        return docsDir().resolve(id + ".md");
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a page into its level-2 sections and collects the ```markdown examples under
     * each, ignoring anything that looks like a heading inside a fenced block.
     */
    private static Page read(String id) {
        String text = readString(page(id));
        Map<String, String> sections = new LinkedHashMap<>();
        List<Example> examples = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        String section = null;
        StringBuilder sectionText = new StringBuilder();
        String fence = null;
        boolean collecting = false;
        int exampleLine = 0;
        StringBuilder example = new StringBuilder();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != null) {
                if (closes(line, fence)) {
                    if (collecting) {
                        int n = numbers.merge(section, 1, Integer::sum);
                        examples.add(new Example(id, section, n, exampleLine, example.toString()));
                    }
                    fence = null;
                    collecting = false;
                } else if (collecting) {
                    example.append(line).append('\n');
                }
                if (section != null) sectionText.append(line).append('\n');
                continue;
            }
            Matcher open = FENCE_OPEN.matcher(line);
            if (open.matches()) {
                fence = open.group(1);
                collecting = "markdown".equals(open.group(2)) && (FLAGGED.equals(section) || NOT_FLAGGED.equals(section));
                exampleLine = i + 2;
                example.setLength(0);
            } else if (line.startsWith("## ")) {
                if (section != null) sections.put(section, sectionText.toString());
                section = line.substring(3).strip();
                sectionText.setLength(0);
                continue;
            }
            if (section != null) sectionText.append(line).append('\n');
        }
        if (fence != null) fail(id + ": a fenced block is not closed");
        if (section != null) sections.put(section, sectionText.toString());
        return new Page(id, text, sections, examples);
    }

    /** A closing fence: the opening character, at least as many times, and nothing else. */
    private static boolean closes(String line, String fence) {
        String t = line.strip();
        if (t.length() < fence.length()) return false;
        char c = fence.charAt(0);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != c) return false;
        }
        return line.length() - line.stripLeading().length() <= 3;
    }
}
