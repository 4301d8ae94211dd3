package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A spliced text reads, in every part and every sub-range, as the text built by concatenation. */
class SplicedTextTest {
    private static final String ALPHABET = "ab \n#é日😀";

    @Test
    void readsAsTheTextBuilt() {
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            String base = text(random, random.nextInt(30));
            int start = random.nextInt(base.length() + 1);
            int end = start + random.nextInt(base.length() - start + 1);
            String inserted = text(random, random.nextInt(6));
            SplicedText spliced = new SplicedText(base, start, end, inserted);
            String built = base.substring(0, start) + inserted + base.substring(end);
            assertEquals(built, spliced.toString());
            assertEquals(built.length(), spliced.length());
            for (int i = 0; i < built.length(); i++) assertEquals(built.charAt(i), spliced.charAt(i), built + " at " + i);
            int from = random.nextInt(built.length() + 1);
            int to = from + random.nextInt(built.length() - from + 1);
            assertEquals(built.substring(from, to), spliced.subSequence(from, to).toString(), built + " [" + from + ", " + to + ")");
        }
    }

    @Test
    void refusesWhatIsOutside() {
        SplicedText spliced = new SplicedText("abc", 1, 2, "XY");
        assertThrows(IndexOutOfBoundsException.class, () -> spliced.charAt(4));
        assertThrows(IndexOutOfBoundsException.class, () -> spliced.charAt(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> spliced.subSequence(2, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> new SplicedText("abc", 2, 1, ""));
        assertThrows(IndexOutOfBoundsException.class, () -> new SplicedText("abc", 1, 4, ""));
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}
