package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headings reduce to the words that carry their meaning. */
class HeadingNormalizerTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // numbering
            "3. Scaling Strategy            | scaling strategy",
            "3.2 Data Pipeline              | data pipeline",
            "3.2. Data Pipeline             | data pipeline",
            "2.1.3 Design                   | design",
            "3 Scaling                      | scaling",
            "3) Scaling                     | scaling",
            "(1) Overview                   | overview",
            "IV. Trade-offs                 | trade offs",
            "I. Introduction                | introduction",
            "C. Constraints                 | constraints",
            "Step 3: Model                  | model",
            "Part II: Serving               | serving",
            // words that merely look like numerals stay
            "Vision                         | vision",
            "Mix                            | mix",
            "Civil Engineering              | civil engineering",
            "10x Scale                      | 10x scale",
            "v2 Rollout                     | v2 rollout",
            // emoji and symbols
            "📈 Scaling                     | scaling",
            "## 3. 📈 Scaling Strategy:     | scaling strategy",
            "🚀 Rollout Plan                | rollout plan",
            "1️⃣ Overview                    | overview",
            "✅ Tests                       | tests",
            // punctuation and case
            "Why?                           | why",
            "TL;DR                          | tl dr",
            "A/B Testing                    | a b testing",
            "Step-by-step design            | step by step design",
            "MONITORING                     | monitoring",
            "Model's Accuracy               | models accuracy",
            "Model’s Accuracy               | models accuracy",
            // accents
            "Résumé Café                    | resume cafe",
            "Über Naïve Design              | uber naive design",
            // & and 'and'
            "Monitoring & Alerting          | monitoring alerting",
            "Monitoring and Alerting        | monitoring alerting",
            "Q&A                            | q a",
            // non-
            "Non-Goals                      | nongoals",
            "Non Goals                      | nongoals",
            "non-goals                      | nongoals",
            "Goals & Non-Goals              | goals nongoals",
            "Goals and Non-goals            | goals nongoals",
            "Non-functional requirements    | nonfunctional requirements",
            // nothing left
            "🚀                             | ''",
    })
    void normalizes(String heading, String expected) {
        assertEquals(expected.equals("''") ? "" : expected, HeadingNormalizer.normalize(heading));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", HeadingNormalizer.normalize(null));
    }

    /**
     * The normalizer skips its numbering expression where a heading's first word rules it out,
     * and folds ASCII headings without an expression: on random headings it must answer as the
     * expressions do (the reference below is the normalizer written with them alone).
     */
    @Test
    void answersAsItsExpressionsDo() {
        String[] pieces = {"3", ".", "2", ")", "(", ":", " ", "  ", "\t", "IV", "iv", "c", "C", "h", "i", "x", "Step", "part", "SECTION", "chapter",
            "Block", "Scaling", "Data", "and", "non", "-", "&", "'", "’", "s", "📈", "é", "Ⅳ", "½", "_", "#", "v2", "10x", "/", "?"};
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String heading = b.toString();
            assertEquals(Reference.normalize(heading), HeadingNormalizer.normalize(heading), () -> "'" + heading + "'");
        }
    }

    /** The normalizer as its expressions alone define it. */
    private static final class Reference {
        static final Pattern LEADING_NUMBERING = Pattern.compile(
                "^\\s*(?:(?:step|part|section|chapter|block)\\s+)?(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-h])[.):]\\s+|^\\s*\\d+(?:\\.\\d+)*\\s+",
                Pattern.CASE_INSENSITIVE);

        static String normalize(String heading) {
            String h = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(heading, Normalizer.Form.NFKD)).replaceAll("");
            h = h.replace('&', ' ').replace("’", "'");
            for (int i = 0; i < 3; i++) {
                int from = 0;
                while (from < h.length() && !Character.isLetterOrDigit(h.codePointAt(from))) from += Character.charCount(h.codePointAt(from));
                String stripped = LEADING_NUMBERING.matcher(h.substring(from)).replaceFirst("");
                if (stripped.equals(h)) break;
                h = stripped;
            }
            h = h.toLowerCase(Locale.ROOT).replace("'s", "s").replace("'", "");
            h = h.replaceAll("\\bnon[\\s-]+", "non");
            h = h.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
            return h.replaceAll("\\band\\b", " ").replaceAll("\\s+", " ").trim();
        }
    }
}
