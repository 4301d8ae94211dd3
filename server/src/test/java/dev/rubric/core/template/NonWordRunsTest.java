package dev.rubric.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A section's prose is read as words the way the expression TemplateMapper used to run reads it. */
class NonWordRunsTest {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

    @Test
    void foldsRunsOfNonWordCharactersToASpace() {
        assertEquals("p99 latency 150 ms / user ", TemplateMapper.nonWordRunsAsSpaces("p99-latency: 150 ms / user!"));
        assertEquals(" café ", TemplateMapper.nonWordRunsAsSpaces("« café »"));
    }

    @Test
    void readsAsTheExpressionDoes() {
        // letters and numbers beyond ASCII (Roman numeral Ⅻ, superscript ², Arabic-Indic ٣, CJK),
        // combining marks, a supplementary letter and lone surrogates
        String alphabet = "aZ09/ -_.,:\t\néßⅫ²٣日\u0301\u00a0\u2028€😀\ud835\udc00\ud800\udc00x\udc00\ud800";
        Random random = new Random(23);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(NOT_A_WORD.matcher(text).replaceAll(" "), TemplateMapper.nonWordRunsAsSpaces(text), () -> text.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
