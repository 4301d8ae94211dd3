package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinesTest {
    @Test
    void cutsAsSplitAtLineTerminatorsDoes() {
        for (String text : new String[] {"", "a", "\n", "\n\n", "a\n", "\na", "a\r\nb", "a\rb\n", "a\n\nb\n\n", "\r\n", "\r\r\n",
                "a\u2028b\u0085c\u000Bd\fe\u2029"}) {
            assertArrayEquals(text.split("\\R"), Lines.of(text), () -> "text: " + text.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    @Test
    void randomTextsAreCutAsSplitCutsThem() {
        char[] alphabet = {'a', 'b', ' ', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\t', 'é'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) chars[i] = alphabet[random.nextInt(alphabet.length)];
            String text = new String(chars);
            assertArrayEquals(text.split("\\R"), Lines.of(text), () -> "text: " + text.chars().mapToObj(c -> String.format("\\u%04x", c)).toList());
        }
    }
}
