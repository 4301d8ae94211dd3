package dev.rubric.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.text.LineIndex;
import dev.rubric.core.text.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Fix all": the first safe fix of each finding, each distinct edit once, line endings kept. */
class FixPlannerTest {
    private static final String TEXT = "line one\nline two\n";
    private static final LineIndex LINES = new LineIndex(TEXT);
    private static final Range AT = LINES.range(0, 1);

    private static TextEdit insert(int offset, String text) {
        return new TextEdit(LINES.range(offset, offset), text);
    }

    private static Diagnostic finding(String rule, Fix... fixes) {
        return new Diagnostic(rule, Severity.WARNING, "m", AT, List.of(fixes));
    }

    @Test
    void theFirstSafeFixOfEachFindingIsPlanned() {
        Fix unsafe = new Fix("suppress", List.of(insert(0, "<!-- x -->\n")), false);
        Fix first = new Fix("first", List.of(insert(18, "A\n")), true);
        Fix second = new Fix("second", List.of(insert(18, "B\n")), true);
        assertEquals(List.of(insert(18, "A\n")), FixPlanner.safeEdits(List.of(finding("r", unsafe, first, second))));
        assertEquals(List.of(), FixPlanner.safeEdits(List.of(finding("r", unsafe), finding("s"))));
    }

    @Test
    void anEditTwoFindingsOfferIsPlannedOnce() {
        Fix monitoring = new Fix("Insert 'Monitoring' section", List.of(insert(18, "## Monitoring\n")), true);
        Fix sameAgain = new Fix("Insert 'Monitoring' section", List.of(insert(18, "## Monitoring\n")), true);
        List<TextEdit> edits = FixPlanner.safeEdits(List.of(finding("missing-block", monitoring), finding("monitoring", sameAgain)));
        assertEquals(List.of(insert(18, "## Monitoring\n")), edits);
        assertEquals(TEXT + "## Monitoring\n", FixPlanner.apply(TEXT, edits));
    }

    @Test
    void aFixSharingOneEditWithAnEarlierFixStillContributesItsOtherEdits() {
        Fix one = new Fix("Insert 'Monitoring' section", List.of(insert(18, "## Monitoring\n")), true);
        Fix all = new Fix("Insert all missing template blocks", List.of(insert(18, "## Monitoring\n"), insert(9, "## Rollout\n")), true);
        assertEquals(List.of(insert(18, "## Monitoring\n"), insert(9, "## Rollout\n")),
                FixPlanner.safeEdits(List.of(finding("monitoring", one), finding("missing-block", all))));
    }

    @Test
    void differentTextAtTheSameOffsetIsNotADuplicate() {
        Fix a = new Fix("a", List.of(insert(18, "A\n")), true);
        Fix b = new Fix("b", List.of(insert(18, "B\n")), true);
        assertEquals(TEXT + "A\nB\n", FixPlanner.apply(TEXT, FixPlanner.safeEdits(List.of(finding("r", a), finding("s", b)))));
    }

    @Test
    void crlfDocumentsGetCrlfInsertions() {
        String crlf = "line one\r\nline two\r\n";
        LineIndex lines = new LineIndex(crlf);
        TextEdit e = new TextEdit(lines.range(10, 10), "\n## Added\n\nBody\r\n");
        assertEquals("line one\r\n\r\n## Added\r\n\r\nBody\r\nline two\r\n", FixPlanner.apply(crlf, List.of(e)));
    }

    @Test
    void lfDocumentsAreLeftAlone() {
        TextEdit e = insert(9, "x\n");
        assertEquals("line one\nx\nline two\n", FixPlanner.apply(TEXT, List.of(e)));
    }
}
