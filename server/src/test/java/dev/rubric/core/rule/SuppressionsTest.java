package dev.rubric.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.model.DocumentParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Suppression comments, end to end through the linter: which findings survive, written as
 * "line rule" (1-based line). Every unit with ALPHA / BRAVO is a finding of flag-a / flag-b.
 */
class SuppressionsTest {
    private static final Linter LINTER = FlagRules.linter();

    private static List<String> findings(String markdown) {
        LintResult r = LINTER.lint(null, markdown, LintOptions.defaults());
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        return r.diagnostics().stream().map(d -> (d.range().start().line() + 1) + " " + d.rule()).toList();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void withoutDirectivesEverythingIsReported() {
        assertEquals(List.of("1 flag-a", "3 flag-b"), findings(lines("ALPHA here.", "", "BRAVO here.")));
    }

    @Test
    void disableAndEnableBoundARegion() {
        String doc = lines(
                "ALPHA before.",                   // 1
                "",
                "<!-- rubric-disable flag-a -->",   // 3
                "",
                "ALPHA inside. BRAVO inside.",    // 5
                "",
                "<!-- rubric-enable flag-a -->",    // 7
                "",
                "ALPHA after.");                   // 9
        assertEquals(List.of("1 flag-a", "5 flag-b", "9 flag-a"), findings(doc));
    }

    @Test
    void anUnclosedDisableRunsToTheEnd() {
        assertEquals(List.of("1 flag-a"), findings(lines("ALPHA.", "", "<!-- rubric-disable flag-a -->", "", "ALPHA.", "", "ALPHA.")));
    }

    @Test
    void disableWithNoIdsDisablesEveryRuleUntilEnable() {
        String doc = lines("<!-- rubric-disable -->", "", "ALPHA. BRAVO.", "", "<!-- rubric-enable -->", "", "BRAVO.");
        assertEquals(List.of("7 flag-b"), findings(doc));
    }

    @Test
    void enablingOneRuleInsideADisableAllRegionReenablesOnlyThatRule() {
        String doc = lines(
                "<!-- rubric-disable -->",          // 1
                "",
                "ALPHA. BRAVO.",                  // 3
                "",
                "<!-- rubric-enable flag-b -->",    // 5
                "",
                "ALPHA. BRAVO.",                  // 7
                "",
                "<!-- rubric-enable -->",           // 9
                "",
                "ALPHA.");                         // 11
        assertEquals(List.of("7 flag-b", "11 flag-a"), findings(doc));
    }

    @Test
    void enableWithNoIdsClosesEveryOpenRegion() {
        String doc = lines("<!-- rubric-disable flag-a -->", "<!-- rubric-disable flag-b -->", "", "ALPHA. BRAVO.", "",
                "<!-- rubric-enable -->", "", "ALPHA. BRAVO.");
        assertEquals(List.of("8 flag-a", "8 flag-b"), findings(doc));
    }

    @Test
    void disableLineCoversTheLineTheCommentIsOn() {
        String doc = lines("ALPHA one. <!-- rubric-disable-line flag-a -->", "ALPHA two, same paragraph.", "", "BRAVO. <!-- rubric-disable-line -->");
        assertEquals(List.of("2 flag-a"), findings(doc));
    }

    @Test
    void disableNextLineCoversOnlyTheLineAfterTheComment() {
        String doc = lines(
                "<!-- rubric-disable-next-line flag-a -->",  // 1
                "ALPHA. BRAVO.",                           // 2
                "ALPHA.",                                   // 3
                "",
                "<!--",                                      // 5
                "  rubric-disable-next-line",
                "-->",                                       // 7
                "ALPHA. BRAVO.",                           // 8
                "BRAVO.");                                  // 9
        assertEquals(List.of("2 flag-b", "3 flag-a", "9 flag-b"), findings(doc));
    }

    @Test
    void disableFileCoversTheWholeFileWhereverItIs() {
        assertEquals(List.of("1 flag-b"), findings(lines("ALPHA. BRAVO.", "", "<!-- rubric-disable-file flag-a -->")));
        assertEquals(List.of(), findings(lines("ALPHA. BRAVO.", "", "<!-- rubric-disable-file -->")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!-- rubric-disable-file flag-a flag-b -->",
            "<!-- rubric-disable-file flag-a,flag-b -->",
            "<!-- rubric-disable-file flag-a, flag-b -->",
            "<!-- rubric-disable-file\n  flag-a\n  flag-b\n-->",
            "<!--rubric-disable-file flag-a , flag-b-->",
    })
    void severalIdsMayBeSeparatedByCommasOrSpace(String directive) {
        assertEquals(List.of(), findings(lines(directive, "", "ALPHA. BRAVO.")));
    }

    @Test
    void unknownIdsAreReportedAndSuppressNothing() {
        String doc = lines("<!-- rubric-disable-file flag-z -->", "", "ALPHA.");
        LintResult r = LINTER.lint(null, doc, LintOptions.defaults());
        assertEquals(List.of("1 invalid-directive", "3 flag-a"),
                r.diagnostics().stream().map(d -> (d.range().start().line() + 1) + " " + d.rule()).toList());
        assertEquals("unknown rule 'flag-z' in rubric-disable-file; `rubric rules` lists the ids.", r.diagnostics().get(0).message());
    }

    @Test
    void knownIdsNextToUnknownOnesStillApply() {
        assertEquals(List.of("1 invalid-directive", "3 flag-b"), findings(lines("<!-- rubric-disable-file flag-zz flag-a -->", "", "ALPHA. BRAVO.")));
    }

    @Test
    void directivesInCodeOrCodeSpansAreNotDirectives() {
        String doc = lines(
                "Write `<!-- rubric-disable-file -->` to silence every rule.",
                "",
                "```",
                "<!-- rubric-disable-file -->",
                "```",
                "",
                "ALPHA.");
        assertEquals(List.of("7 flag-a"), findings(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!-- rubric-disabled flag-a -->",
            "<!-- RUBRIC-DISABLE flag-a -->",
            "<!-- please rubric-disable flag-a -->",
            "<!-- eslint-disable flag-a -->",
    })
    void commentsThatAreNotDirectivesChangeNothing(String comment) {
        assertEquals(List.of("3 flag-a"), findings(lines(comment, "", "ALPHA.")));
    }

    @Test
    void problemsAreListedByTheSuppressionsThemselves() {
        var doc = new DocumentParser().parse(null, "<!-- rubric-disable-line nope, flag-a, nada -->\n");
        Suppressions s = Suppressions.of(doc, Set.of("flag-a"));
        assertEquals(List.of("unknown rule 'nope' in rubric-disable-line; `rubric rules` lists the ids",
                        "unknown rule 'nada' in rubric-disable-line; `rubric rules` lists the ids"),
                s.problems().stream().map(Suppressions.Problem::message).toList());
        assertEquals(0, s.problems().get(0).range().start().line());
    }

    @Test
    void builtInRulesAreSuppressedTheSameWay() {
        Linter real = new Linter();
        String doc = "# Checkout service\n\n## Problem\n\nPayments time out.\n";
        assertTrue(real.lint(null, doc, LintOptions.defaults()).diagnostics().stream().anyMatch(d -> d.rule().equals("monitoring")));
        LintResult r = real.lint(null, "<!-- rubric-disable-file monitoring -->\n" + doc, LintOptions.defaults());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.rule().equals("monitoring")), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.rule().equals("invalid-directive")));
    }
}
