package dev.rubric.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry, the context a rule reports through, and the linter that runs them. */
class RuleFrameworkTest {

    /** A rule that reports what it is told to, or throws. */
    private static Rule rule(String id, Severity severity, java.util.function.Consumer<RuleContext> check) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Severity defaultSeverity() {
                return severity;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public void check(RuleContext ctx) {
                check.accept(ctx);
            }
        };
    }

    private static final java.util.function.Consumer<RuleContext> AT_START = ctx -> ctx.report(ctx.document().range(0, 1), "at start");

    @Test
    void theRegistryListsRulesByIdAndRefusesBadOrDuplicateIds() {
        RuleRegistry r = new RuleRegistry(List.of(rule("zeta", Severity.INFO, AT_START), rule("alpha-two", Severity.INFO, AT_START)));
        assertEquals(List.of("alpha-two", "zeta"), r.all().stream().map(Rule::id).toList());
        assertEquals(List.of("alpha-two", "zeta"), new ArrayList<>(r.ids()));
        assertTrue(r.get("zeta").isPresent());
        assertTrue(r.get("nope").isEmpty());
        assertEquals("rule id is not kebab-case: Bad_Id",
                assertThrows(IllegalStateException.class, () -> new RuleRegistry(List.of(rule("Bad_Id", Severity.INFO, AT_START)))).getMessage());
        assertEquals("two rules share the id same",
                assertThrows(IllegalStateException.class, () -> new RuleRegistry(List.of(rule("same", Severity.INFO, AT_START), rule("same", Severity.HINT, AT_START)))).getMessage());
    }

    @Test
    void theBuiltInRegistryFindsEveryRuleClass() {
        RuleRegistry r = RuleRegistry.builtIn();
        assertTrue(r.ids().containsAll(List.of("missing-block", "invalid-directive", "invalid-front-matter", "monitoring", "rollback",
                "latency-budget", "throughput-budget", "problem-framing", "quantified-tradeoffs", "empty-section")), r.ids().toString());
        for (Rule rule : r.all()) {
            assertTrue(rule.defaultSeverity() != Severity.OFF, rule.id());
            assertTrue(!rule.description().isBlank(), rule.id());
        }
        assertTrue(r == RuleRegistry.builtIn(), "discovered once");
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            "DOCUMENT, ERROR,   ERROR",
            "DOCUMENT, WARNING, WARNING",
            "DOCUMENT, HINT,    HINT",
            "NIT,      ERROR,   INFO",
            "NIT,      WARNING, INFO",
            "NIT,      INFO,    INFO",
            "NIT,      HINT,    HINT",
    })
    void aNitIsNeverLouderThanInfo(Level level, Severity configured, Severity reported) {
        Rule r = rule("r", Severity.WARNING, ctx -> ctx.report(level, ctx.document().range(0, 1), "m", List.of()));
        LintResult res = new Linter(new RuleRegistry(List.of(r)))
                .lint(null, "text\n", new LintOptions(null, false, Map.of("r", configured), Map.of(), TemplateRegistry.builtIn()));
        assertEquals(reported, res.diagnostics().get(0).severity());
    }

    @Test
    void optionsAreReadAsNumbersWhateverTheirSpelling() {
        List<Double> seen = new ArrayList<>();
        Rule r = rule("r", Severity.WARNING, ctx -> {
            seen.add(ctx.option("n", -1));
            seen.add(ctx.option("s", -1));
            seen.add(ctx.option("bad", -1));
            seen.add(ctx.option("missing", -1));
        });
        new Linter(new RuleRegistry(List.of(r))).lint(null, "x\n", new LintOptions(null, false, Map.of(),
                Map.of("r", Map.of("n", 0.6, "s", " 2.5 ", "bad", "lots")), null));
        assertEquals(List.of(0.6, 2.5, -1.0, -1.0), seen);
    }

    @Test
    void theLinterRunsEveryRuleOnceEvenWhenOneThrows() {
        List<String> ran = new ArrayList<>();
        Rule broken = rule("broken", Severity.ERROR, ctx -> {
            ran.add("broken");
            throw new IllegalArgumentException("boom");
        });
        Rule fine = rule("fine", Severity.WARNING, ctx -> {
            ran.add("fine");
            AT_START.accept(ctx);
        });
        LintResult r = new Linter(new RuleRegistry(List.of(broken, fine))).lint(null, "x\n", LintOptions.defaults());
        assertEquals(List.of("broken", "fine"), ran);
        assertEquals(List.of(new LintResult.RuleFailure("broken", "java.lang.IllegalArgumentException: boom")), r.failures());
        assertEquals(List.of("fine"), r.diagnostics().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void severitiesComeFromOptionsAndOffSkipsTheRule() {
        List<String> ran = new ArrayList<>();
        Rule a = rule("a", Severity.WARNING, ctx -> {
            ran.add("a");
            AT_START.accept(ctx);
        });
        Rule b = rule("b", Severity.WARNING, ctx -> {
            ran.add("b");
            AT_START.accept(ctx);
        });
        LintResult r = new Linter(new RuleRegistry(List.of(a, b))).lint(null, "x\n",
                new LintOptions(null, false, Map.of("a", Severity.OFF, "b", Severity.ERROR), Map.of(), null));
        assertEquals(List.of("b"), ran);
        assertEquals(1, r.count(Severity.ERROR));
        assertEquals(0, r.count(Severity.WARNING));
    }

    @Test
    void findingsAreSortedByPositionThenRule() {
        Rule late = rule("a-late", Severity.WARNING, ctx -> ctx.report(ctx.document().range(4, 5), "late"));
        Rule early = rule("z-early", Severity.WARNING, ctx -> ctx.report(ctx.document().range(0, 1), "early"));
        Rule same = rule("b-same", Severity.WARNING, ctx -> ctx.report(ctx.document().range(0, 1), "same"));
        LintResult r = new Linter(new RuleRegistry(List.of(late, early, same))).lint(null, "one\ntwo\n", LintOptions.defaults());
        assertEquals(List.of("b-same", "z-early", "a-late"), r.diagnostics().stream().map(Diagnostic::rule).toList());
    }
}
