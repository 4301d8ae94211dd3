package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words are runs of letters or digits, ASCII or not, counted as a reader counts them. */
class WordsTest {
    @Test
    void countsRunsOfLettersOrDigits() {
        assertEquals(0, Words.count(""));
        assertEquals(0, Words.count(" -- , "));
        assertEquals(5, Words.count("Serve 12k QPS, p99<80ms"));
        assertEquals(4, Words.count("naïve café_au lait"), "an accented letter is part of its word; an underscore parts two");
        assertEquals(2, Words.count(new StringBuilder("any sequence")));
    }

    @Test
    void countsAsACharacterByCharacterReadingDoes() {
        String alphabet = "aZ09 _-.,\t\né日ß\u00a0٣";
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(reading(text), Words.count(text), text);
        }
    }

    /** The definition, read one character at a time. */
    private static int reading(String text) {
        int count = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            boolean word = Character.isLetterOrDigit(c);
            if (word && !inWord) count++;
            inWord = word;
        }
        return count;
    }
}
