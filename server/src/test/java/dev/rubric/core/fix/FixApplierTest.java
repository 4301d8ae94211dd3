package dev.rubric.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rubric.core.text.LineIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applying text edits: in offset order, never interleaving two edits' text. */
class FixApplierTest {
    private static final String TEXT = "0123456789";
    private static final LineIndex LINES = new LineIndex(TEXT);

    private static TextEdit edit(int start, int end, String text) {
        return new TextEdit(LINES.range(start, end), text);
    }

    @Test
    void editsApplyInOffsetOrderWhateverOrderTheyAreGiven() {
        FixApplier.Result r = FixApplier.applyAll(TEXT, List.of(edit(8, 9, "h"), edit(0, 1, "a"), edit(4, 6, "EF")));
        assertEquals("a123EF67h9", r.text());
        assertEquals(3, r.applied());
        assertEquals(0, r.skipped());
    }

    @Test
    void anEditOverlappingAnAcceptedOneIsSkipped() {
        FixApplier.Result r = FixApplier.applyAll(TEXT, List.of(edit(2, 6, "X"), edit(4, 8, "Y"), edit(5, 5, "inside")));
        assertEquals("01X6789", r.text());
        assertEquals(1, r.applied());
        assertEquals(2, r.skipped());
    }

    @Test
    void theEarlierStartWinsAnOverlap() {
        assertEquals("0Y89", FixApplier.apply(TEXT, List.of(edit(4, 8, "X"), edit(1, 8, "Y"))));
    }

    @Test
    void insertionsAtOneOffsetKeepTheirGivenOrder() {
        assertEquals("01234abc56789", FixApplier.apply(TEXT, List.of(edit(5, 5, "a"), edit(5, 5, "b"), edit(5, 5, "c"))));
        assertEquals("01234cba56789", FixApplier.apply(TEXT, List.of(edit(5, 5, "c"), edit(5, 5, "b"), edit(5, 5, "a"))));
    }

    @Test
    void anInsertionTouchingAReplacementIsNotAnOverlap() {
        // at the replacement's end
        assertEquals("01XY6789", FixApplier.apply(TEXT, List.of(edit(2, 6, "X"), edit(6, 6, "Y"))));
        // at the replacement's start, whichever order they come in: the insertion goes first
        assertEquals("01YX6789", FixApplier.apply(TEXT, List.of(edit(2, 6, "X"), edit(2, 2, "Y"))));
        assertEquals("01YX6789", FixApplier.apply(TEXT, List.of(edit(2, 2, "Y"), edit(2, 6, "X"))));
    }

    @Test
    void editsOutsideTheTextAreSkipped() {
        TextEdit beyond = new TextEdit(new LineIndex("0123456789ABCDEF").range(12, 14), "Z");
        FixApplier.Result r = FixApplier.applyAll(TEXT, List.of(beyond, edit(0, 0, ">")));
        assertEquals(">0123456789", r.text());
        assertEquals(1, r.skipped());
    }

    @Test
    void insertionsAtBothEndsAndDeletions() {
        assertEquals("[0189]", FixApplier.apply(TEXT, List.of(edit(10, 10, "]"), edit(2, 8, ""), edit(0, 0, "["))));
        assertEquals(TEXT, FixApplier.apply(TEXT, List.of()));
    }
}
