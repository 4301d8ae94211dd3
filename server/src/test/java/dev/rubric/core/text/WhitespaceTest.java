package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whitespace.collapse is {@code replaceAll("\\s+", " ")} without the regex. */
class WhitespaceTest {
    @Test
    void collapsesAsTheRegexDoes() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u2028\u0085x.";
        Random random = new Random(5);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), Whitespace.collapse(s), () -> "\"" + s + "\"");
        }
    }

    @Test
    void leavesFoldedTextAsItIs() {
        String folded = "12k QPS at p99 < 80 ms";
        assertSame(folded, Whitespace.collapse(folded));
    }
}
