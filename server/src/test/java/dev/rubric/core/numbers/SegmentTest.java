package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A table's separator cells are recognised as the expression "[-:\\s]*" on the stripped text recognises them. */
class SegmentTest {
    private static final Pattern SEPARATOR_CELL = Pattern.compile("[-:\\s]*");
    /** Separator characters, regex and non-regex whitespace (an em space, a file separator, a no-break space) and text. */
    private static final String ALPHABET = "-:- \t\n\u000B\f\r\u2003\u001C\u00A0x|";

    @Test
    void separatorCellsAreWhatTheExpressionMatchesOnTheStrippedText() {
        assertTrue(Segment.isSeparatorCell(" :---: "));
        assertTrue(Segment.isSeparatorCell(""));
        assertFalse(Segment.isSeparatorCell("- x"));
        assertFalse(Segment.isSeparatorCell("-\u00A0-"), "a no-break space is neither stripped nor \\s");
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String cell = sb.toString();
            assertEquals(SEPARATOR_CELL.matcher(cell.strip()).matches(), Segment.isSeparatorCell(cell), () -> "'" + cell + "'");
        }
    }
}
