package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offsets to zero-based line / UTF-16 column positions and back, for LF, CRLF and CR text. */
class LineIndexTest {

    @Test
    void linesEndAtLfCrlfAndLoneCr() {
        LineIndex idx = new LineIndex("a\nbb\r\nccc\rdd");
        assertEquals(4, idx.lineCount());
        assertEquals("a", idx.lineText(0));
        assertEquals("bb", idx.lineText(1));
        assertEquals("ccc", idx.lineText(2));
        assertEquals("dd", idx.lineText(3));
        assertEquals(2, idx.lineStart(1));
        assertEquals(4, idx.lineEnd(1), "the end is before \\r\\n");
        assertEquals(6, idx.lineStart(2));
    }

    @Test
    void aRangeFoundFromANearbyLineIsTheRangeFoundBySearch() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        String[] breaks = {"\n", "\r\n", "\r", "", "", ""};
        for (int i = 0; i < 2000; i++) text.append((char) ('a' + random.nextInt(26))).append(breaks[random.nextInt(breaks.length)]);
        LineIndex idx = new LineIndex(text.toString());
        for (int n = 0; n < 5000; n++) {
            int start = random.nextInt(text.length() + 3) - 1;
            int end = start + random.nextInt(200);
            int near = random.nextInt(idx.lineCount() + 2) - 1; // before, at, after the start's line, or out of range
            assertEquals(idx.range(start, end), idx.range(start, end, near), start + ".." + end + " near line " + near);
        }
    }

    @Test
    void aTrailingNewlineOpensAnEmptyLastLine() {
        LineIndex idx = new LineIndex("x\n");
        assertEquals(2, idx.lineCount());
        assertEquals("", idx.lineText(1));
        assertEquals(new Position(1, 0), idx.position(2));
    }

    @ParameterizedTest(name = "offset {0} -> {1}:{2}")
    @CsvSource({
            "0, 0, 0",
            "2, 0, 2",   // 😀 occupies columns 0 and 1
            "3, 0, 3",
            "5, 1, 0",   // after "😀a\r\n"
            "7, 1, 2",   // after 中文
            "8, 1, 3",   // end of text
            "99, 1, 3",  // clamped
            "-4, 0, 0",  // clamped
    })
    void positionsCountUtf16CodeUnits(int offset, int line, int column) {
        LineIndex idx = new LineIndex("😀a\r\n中文b");
        assertEquals(new Position(line, column), idx.position(offset));
    }

    @Test
    void offsetIsTheInverseOfPosition() {
        String text = "# 😀 Title\r\n\r\n中文 text\nlast";
        LineIndex idx = new LineIndex(text);
        for (int off = 0; off <= text.length(); off++) {
            if (off > 0 && text.charAt(off - 1) == '\r' && off < text.length() && text.charAt(off) == '\n') continue;
            assertEquals(off, idx.offset(idx.position(off)), "offset " + off);
        }
    }

    @Test
    void positionsPastALineEndClampToThatLinesEnd() {
        LineIndex idx = new LineIndex("ab\r\ncd\n");
        assertEquals(2, idx.offset(new Position(0, 50)), "before the \\r\\n, not on the next line");
        assertEquals(6, idx.offset(new Position(1, 3)));
        assertEquals(0, idx.offset(new Position(-1, 5)));
        assertEquals(7, idx.offset(new Position(9, 0)));
        assertEquals(4, idx.offset(new Position(1, -3)));
    }

    @Test
    void rangesCarryOffsetsAndPositions() {
        LineIndex idx = new LineIndex("one\ntwo three\n");
        Range r = idx.range(8, 13);
        assertEquals(new Position(1, 4), r.start());
        assertEquals(new Position(1, 9), r.end());
        assertTrue(r.contains(8));
        assertFalse(r.contains(13), "half-open");
        assertTrue(r.intersects(12, 20));
        assertFalse(r.intersects(13, 20));
        assertEquals("2:5-2:10", r.toString(), "printed 1-based");
        assertTrue(new Position(1, 0).compareTo(new Position(0, 99)) > 0);
    }
}
