package dev.rubric.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.fix.FixPlanner;
import dev.rubric.core.fix.TextEdit;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.template.TemplateRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fixes on any document. For every fix offered: applying it yields a document that parses and
 * lints, and re-linting does not raise the finding it fixed again (same rule, same message: the
 * count of such findings goes down; for "Disable … for this line", no finding of the rule is left
 * on the finding's line). For fix-all: after one pass of the safe fixes, a second
 * pass has nothing left to add (applying twice equals applying once).
 */
class FixFuzzTest {
    private static final Linter LINTER = new Linter();
    private static final URI URI_ = URI.create("file:///fuzz/design.md");
    private static final List<String> TEMPLATES = new ArrayList<>(TemplateRegistry.BUILT_IN);

    static {
        TEMPLATES.add(null); // auto-detect
    }

    // an input that runs longer is a finding (libFuzzer's -timeout, which Jazzer takes from
    // @Timeout): maxDuration is only checked between inputs, so one slow input could hold CI
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "60s")
    void fixes(FuzzedDataProvider data) {
        String template = data.pickValue(TEMPLATES);
        int pick = data.consumeInt(0, 255);
        check(MarkdownInput.from(data, 120), template, pick);
    }

    /** Checks every fix offered (regression tests). */
    static void check(String text, String template) {
        check(text, template, -1);
    }

    /**
     * While fuzzing, each run checks about three of the fixes offered, chosen by {@code pick}
     * (re-linting after each of a dozen fixes would slow the fuzzer tenfold); -1 checks all.
     */
    static void check(String text, String template, int pick) {
        LintOptions options = template == null ? LintOptions.defaults()
                : new LintOptions(template, true, Map.of(), Map.of(), TemplateRegistry.builtIn());
        LintResult before = LINTER.lint(URI_, text, options);
        assertTrue(before.failures().isEmpty(), "a rule failed: " + before.failures());
        Map<String, Integer> counts = counts(before.diagnostics());
        int offered = before.diagnostics().stream().mapToInt(d -> d.fixes().size()).sum();
        int stride = pick < 0 ? 1 : Math.max(1, offered / 3);
        int index = 0;

        for (Diagnostic d : before.diagnostics()) {
            for (Fix fix : d.fixes()) {
                if ((index++ + Math.max(0, pick)) % stride != 0) continue;
                String fixed = FixPlanner.apply(text, fix.edits());
                LintResult after = LINTER.lint(URI_, fixed, options); // parses and lints
                assertTrue(after.failures().isEmpty(), "a rule failed after fix '" + fix.title() + "': " + after.failures());
                if (fix.title().equals("Disable " + d.rule() + " for this line")) {
                    // silences the rule on the finding's line, wherever the fix moved that line; a rule
                    // that reports once per document may then report its next candidate elsewhere
                    int line = lineAfter(d.range().startOffset(), fix.edits(), text);
                    assertTrue(after.diagnostics().stream().noneMatch(a -> a.rule().equals(d.rule()) && a.range().start().line() == line),
                            "fix '" + fix.title() + "' left [" + d.rule() + "] on its line " + (line + 1) + "\n--- before ---\n" + text
                                    + "\n--- after ---\n" + fixed);
                    continue;
                }
                String key = key(d);
                int left = counts(after.diagnostics()).getOrDefault(key, 0);
                assertTrue(left < counts.get(key), "fix '" + fix.title() + "' for [" + d.rule() + "] " + d.message()
                        + " left the finding in place (" + left + " of " + counts.get(key) + ")\n--- before ---\n" + text
                        + "\n--- after ---\n" + fixed);
            }
        }

        String once = fixAll(text, options);
        String twice = fixAll(once, options);
        assertEquals(once, twice, "a second fix-all pass changed the document\n--- original ---\n" + text);
    }

    static String fixAll(String text, LintOptions options) {
        List<TextEdit> edits = FixPlanner.safeEdits(LINTER.lint(URI_, text, options).diagnostics());
        return edits.isEmpty() ? text : FixPlanner.apply(text, edits);
    }

    /** The line (from 0) the text at {@code offset} is on once the edits are applied (none of them replaces it). */
    private static int lineAfter(int offset, List<TextEdit> edits, String text) {
        String before = text.substring(0, offset);
        List<TextEdit> earlier = edits.stream().filter(e -> e.range().endOffset() <= offset).toList();
        String moved = FixPlanner.apply(before, earlier);
        return (int) moved.lines().count() - (moved.isEmpty() || moved.endsWith("\n") || moved.endsWith("\r") ? 0 : 1);
    }

    private static Map<String, Integer> counts(List<Diagnostic> diagnostics) {
        Map<String, Integer> counts = new HashMap<>();
        for (Diagnostic d : diagnostics) counts.merge(key(d), 1, Integer::sum);
        return counts;
    }

    private static String key(Diagnostic d) {
        return d.rule() + "\u0000" + d.message();
    }
}
