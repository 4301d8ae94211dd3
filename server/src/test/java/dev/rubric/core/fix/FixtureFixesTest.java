package dev.rubric.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.Fixtures;
import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.rule.Diagnostic;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fix of every finding in every rule fixture, safe or not, resolves that finding: the
 * fixed document parses and a re-lint does not report the same rule with the same message.
 * And "fix all" (rubric check --fix) is idempotent: a second run changes nothing.
 */
class FixtureFixesTest {
    private static final Linter LINTER = new Linter();

    private static Stream<Path> fixtures() {
        Path root = Fixtures.resource("fixtures");
        return Fixtures.markdownFiles(root).stream();
    }

    private static String name(Path md) {
        return Fixtures.resource("fixtures").relativize(md).toString();
    }

    private static LintResult lint(URI uri, String text) {
        LintResult r = LINTER.lint(uri, text, LintOptions.defaults());
        assertTrue(r.failures().isEmpty(), "rules failed: " + r.failures());
        return r;
    }

    @TestFactory
    Stream<DynamicTest> everyFixResolvesItsFinding() {
        return fixtures().map(md -> DynamicTest.dynamicTest(name(md), () -> {
            String text = Fixtures.read(md);
            LintResult before = lint(md.toUri(), text);
            List<String> failures = new ArrayList<>();
            int checked = 0;
            for (Diagnostic d : before.diagnostics()) {
                for (Fix fix : d.fixes()) {
                    checked++;
                    FixApplier.Result applied = FixApplier.applyAll(text, fix.edits());
                    String fixed = FixPlanner.apply(text, fix.edits());
                    if (applied.skipped() > 0) failures.add(d.rule() + " / " + fix.title() + ": " + applied.skipped() + " of its own edits overlap");
                    if (fixed.equals(text)) failures.add(d.rule() + " / " + fix.title() + ": changes nothing");
                    LintResult after = lint(md.toUri(), fixed);
                    boolean again = after.diagnostics().stream()
                            .anyMatch(a -> a.rule().equals(d.rule()) && a.message().equals(d.message()));
                    if (again) {
                        failures.add(d.rule() + " / " + fix.title() + ": still reported after the fix:\n    " + d.message()
                                + "\n--- fixed text ---\n" + fixed + "--- end ---");
                    }
                }
            }
            assertEquals(List.of(), failures, checked + " fixes checked in " + name(md));
        }));
    }

    @Test
    void theFixturesExerciseEveryKindOfFix() {
        Set<String> kinds = new TreeSet<>();
        fixtures().forEach(md -> {
            for (Diagnostic d : lint(md.toUri(), Fixtures.read(md)).diagnostics()) {
                for (Fix f : d.fixes()) {
                    String t = f.title();
                    kinds.add(t.startsWith("Insert '") ? "insert block" : t.endsWith("for this line") ? "suppress line"
                            : t.endsWith("for this file") ? "suppress file" : t.startsWith("Add a ") ? "append to section"
                            : t.startsWith("Turn '") ? "replace section" : t.startsWith("Replace ") ? "replace figure" : t);
                }
            }
        });
        assertEquals(new TreeSet<>(List.of("append to section", "insert block", "replace figure", "replace section", "suppress file",
                "suppress line")), kinds);
    }

    @TestFactory
    Stream<DynamicTest> fixAllIsIdempotent() {
        return fixtures().map(md -> DynamicTest.dynamicTest(name(md), () -> {
            String text = Fixtures.read(md);
            String once = FixPlanner.apply(text, FixPlanner.safeEdits(lint(md.toUri(), text).diagnostics()));
            List<TextEdit> second = FixPlanner.safeEdits(lint(md.toUri(), once).diagnostics());
            assertEquals(once, FixPlanner.apply(once, second), "a second --fix run changed the text; edits: " + second);
        }));
    }

    @TestFactory
    Stream<DynamicTest> fixAllOnCrlfKeepsCrlf() {
        return fixtures().map(md -> DynamicTest.dynamicTest(name(md), () -> {
            String text = Fixtures.read(md).replace("\r\n", "\n").replace("\n", "\r\n");
            String once = FixPlanner.apply(text, FixPlanner.safeEdits(lint(md.toUri(), text).diagnostics()));
            assertEquals(-1, once.replace("\r\n", "").indexOf('\n'), "a bare LF crept into a CRLF document");
            List<TextEdit> second = FixPlanner.safeEdits(lint(md.toUri(), once).diagnostics());
            assertEquals(once, FixPlanner.apply(once, second));
        }));
    }
}
