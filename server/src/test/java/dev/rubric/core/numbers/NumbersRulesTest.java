package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateLoader;
import dev.rubric.core.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four numbers rules end to end: messages, fixes, options, and what the template asks for. */
class NumbersRulesTest {
    @Test
    void arithmeticGivesTheRightValueInTheAuthorsUnitAndAFixThatIsNotAppliedUnattended() {
        String md = NumbersTesting.doc("Scale: 50M DAU × 20 requests/day ≈ 116k QPS on average.");
        List<Diagnostic> found = NumbersTesting.findings(NumbersTesting.lint(md), "arithmetic");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("Wrong result: 50M DAU × 20 requests/day ≈ 11.6k QPS, not 116k QPS.", d.message());
        assertEquals("116k QPS", md.substring(d.range().startOffset(), d.range().endOffset()));
        Fix fix = d.fixes().get(0);
        assertFalse(fix.safe(), "the wrong figure may be an input: a person decides");
        assertEquals("Replace 116k with 11.6k", fix.title());
        assertEquals("11.6k", fix.edits().get(0).newText());
        assertEquals("116k", md.substring(fix.edits().get(0).range().startOffset(), fix.edits().get(0).range().endOffset()));
    }

    @Test
    void theFixedDocumentIsClean() {
        String md = NumbersTesting.doc("3 replicas × 64 GB = 172 GB of SSD.");
        Diagnostic d = NumbersTesting.findings(NumbersTesting.lint(md), "arithmetic").get(0);
        String fixed = md.substring(0, d.fixes().get(0).edits().get(0).range().startOffset()) + d.fixes().get(0).edits().get(0).newText()
                + md.substring(d.fixes().get(0).edits().get(0).range().endOffset());
        assertTrue(fixed.contains("= 192 GB of SSD"), fixed);
        assertTrue(NumbersTesting.findings(NumbersTesting.lint(fixed), "arithmetic").isEmpty());
    }

    @Test
    void toleranceIsAnOption() {
        String md = NumbersTesting.doc("40 ms + 80 ms + 60 ms = 170 ms.");
        assertTrue(NumbersTesting.findings(NumbersTesting.lint(md), "arithmetic").isEmpty(), "5.6% is within the default 10%");
        assertEquals(1, NumbersTesting.findings(NumbersTesting.lint(md, "arithmetic", Map.of("tolerance", 0.02)), "arithmetic").size());
        assertEquals(1, NumbersTesting.findings(NumbersTesting.lint(md, "arithmetic", Map.of("tolerance", "0.02")), "arithmetic").size());
        assertTrue(NumbersTesting.findings(NumbersTesting.lint(md, "arithmetic", Map.of("tolerance", -3)), "arithmetic").isEmpty(),
                "a nonsensical tolerance falls back to the default");
    }

    @Test
    void unitMismatchNamesTheConversion() {
        String md = NumbersTesting.doc("1B events/day ÷ 1000 servers = 1M events/s per server.");
        LintResult r = NumbersTesting.lint(md);
        assertTrue(NumbersTesting.findings(r, "arithmetic").isEmpty(), "a unit mix-up is reported once, by unit-mismatch");
        List<Diagnostic> found = NumbersTesting.findings(r, "unit-mismatch");
        assertEquals(1, found.size());
        assertEquals("Units mixed: 1B events/day ÷ 1000 servers ≈ 11.6 events/s per server, not 1M events/s per server: it mixes"
                + " events/day and events/s without converting (1 day = 86,400 s).", found.get(0).message());
        assertEquals("11.6", found.get(0).fixes().get(0).edits().get(0).newText());
    }

    @Test
    void latencySumReportsAtTheTotalWithTheSumAndTheOverrun() {
        String md = NumbersTesting.doc("200 ms end to end: 40 ms retrieval, 80 ms ranking, 60 ms feature fetch, 50 ms re-ranking.");
        List<Diagnostic> found = NumbersTesting.findings(NumbersTesting.lint(md), "latency-budget-sum");
        assertEquals(1, found.size());
        assertEquals("200 ms", md.substring(found.get(0).range().startOffset(), found.get(0).range().endOffset()));
        assertTrue(found.get(0).message().startsWith("The 4 stage budgets add up to 230 ms (40 ms + 80 ms + 60 ms + 50 ms), 30 ms over the 200 ms total"),
                found.get(0).message());
        assertTrue(NumbersTesting.findings(NumbersTesting.lint(md, "latency-budget-sum", Map.of("tolerance", 0.2)), "latency-budget-sum").isEmpty());
    }

    @Test
    void peakVsAverageReadsWhatTheTemplateAsksFor() throws Exception {
        String both = """
                id: both
                title: Asks for both
                blocks:
                  - id: load
                    title: Load
                    concerns: [throughput-budget]
                    checklist: [Peak and mean request rate]
                """;
        String peakOnly = both.replace("id: both", "id: peak-only").replace("Peak and mean request rate", "Peak request rate");
        String md = "---\ntemplate: %s\n---\n# Service\n\n## Load\n\nIt serves 12k QPS.\n";
        assertEquals(1, NumbersTesting.findings(lintWith(template(both), String.format(md, "both")), "peak-vs-average").size());
        assertTrue(NumbersTesting.findings(lintWith(template(peakOnly), String.format(md, "peak-only")), "peak-vs-average").isEmpty());
    }

    private static Template template(String yaml) throws Exception {
        return TemplateLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static LintResult lintWith(Template t, String md) {
        LintOptions o = new LintOptions(null, false, Map.of(), Map.of(), TemplateRegistry.builtIn().with(List.of(t)));
        return NumbersTesting.LINTER.lint(URI.create("file:///test.md"), md, o);
    }

    @Test
    void peakVsAverageIsOneNoteAtTheFirstFigure() {
        String md = "---\ntemplate: ml-system-design\n---\n# Feed\n\n## Requirements and constraints\n\nPeak load is 35k QPS. At 35k QPS we need 24 hosts.\n";
        List<Diagnostic> found = NumbersTesting.findings(NumbersTesting.lint(md), "peak-vs-average");
        assertEquals(1, found.size());
        assertEquals("info", found.get(0).severity().id());
        assertTrue(found.get(0).message().startsWith("Peak throughput (35k QPS) is given but not the average"), found.get(0).message());
    }

    /**
     * Only the numbers rules run here: this pins their cost, not the other rules' (at the time
     * of writing, quantified-tradeoffs and latency-budget are super-linear on a 10,000-figure
     * sentence).
     */
    @Test
    void linearInTheSizeOfTheDocument() {
        StringBuilder sb = new StringBuilder("# Load\n\n## Requirements\n\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("- 50M DAU × 20 req/day ≈ 116k QPS; 200 ms end to end: 40 ms retrieval, 80 ms ranking, 90 ms re-ranking.\n");
        }
        StringBuilder line = new StringBuilder("Chain: ");
        for (int i = 0; i < 5000; i++) line.append("1 ms + ");
        line.append("1 ms = 7,001 ms, and peak peak peak ");
        for (int i = 0; i < 5000; i++) line.append("1 QPS peak average ");
        sb.append('\n').append(line).append(".\n");
        String md = sb.toString();
        Map<String, Severity> others = new HashMap<>();
        for (Rule rule : RuleRegistry.builtIn().all()) {
            if (!Set.of("arithmetic", "unit-mismatch", "latency-budget-sum", "peak-vs-average").contains(rule.id())) others.put(rule.id(), Severity.OFF);
        }
        LintOptions options = new LintOptions(null, false, others, Map.of(), null);
        LintResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> NumbersTesting.LINTER.lint(URI.create("file:///big.md"), md, options));
        assertEquals(2001, NumbersTesting.findings(r, "arithmetic").size());
        assertEquals(2000, NumbersTesting.findings(r, "latency-budget-sum").size());
        assertTrue(r.failures().isEmpty(), r.failures().toString());
    }
}
