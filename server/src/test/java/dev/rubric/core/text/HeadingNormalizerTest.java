package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertEquals("", HeadingNormalizer.normalize(null));
    }
}
