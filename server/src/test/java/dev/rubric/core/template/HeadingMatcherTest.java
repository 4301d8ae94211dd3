package dev.rubric.core.template;

import static dev.rubric.core.template.Templates.DATA;
import static dev.rubric.core.template.Templates.MODEL;
import static dev.rubric.core.template.Templates.MONITORING;
import static dev.rubric.core.template.Templates.PROBLEM;
import static dev.rubric.core.template.Templates.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which block a heading names: its title or a synonym, exactly or as a whole phrase. */
class HeadingMatcherTest {
    private final HeadingMatcher matcher = new HeadingMatcher(SMALL);

    @ParameterizedTest(name = "''{0}'' names {1}")
    @CsvSource(delimiter = '|', value = {
            "Problem                     | problem",
            "Background                  | problem",
            "## 2. 📈 BACKGROUND:         | problem",
            "Motivation and Context      | problem",
            "Data Pipeline               | data",
            "Modelling                   | model",
            "The Model                   | model",
            "Model Monitoring            | monitoring",
            "Model Monitoring Plan       | monitoring",
            "Observability & Alerts      | monitoring",
            "References                  | appendix",
    })
    void bestMatchFirst(String heading, String blockId) {
        List<HeadingMatch> matches = matcher.match(heading);
        assertTrue(!matches.isEmpty(), heading + " matched nothing");
        assertEquals(blockId, matches.get(0).block().id());
    }

    @ParameterizedTest
    @CsvSource({"Models", "Datastore", "Problematic", "Appendices", "Timeline", "''"})
    void partialWordsAndUnrelatedHeadingsNameNothing(String heading) {
        assertEquals(List.of(), matcher.match(heading));
    }

    @Test
    void anExactSynonymBeatsALongerPhraseMatch() {
        List<HeadingMatch> m = matcher.match("Model Monitoring");
        assertEquals(MONITORING, m.get(0).block());
        assertEquals("model monitoring", m.get(0).synonym());
        assertEquals(MODEL, m.get(1).block(), "the shorter phrase still matches, ranked lower");
        assertTrue(m.get(0).score() >= 1000, "exact matches score 1000 and up");
        assertTrue(m.get(1).score() < 1000);
    }

    @Test
    void anExactTitleScoresAboveAPhraseInsideALongerHeading() {
        int exact = matcher.match("Model").get(0).score();
        int phrase = matcher.match("Model for ranking").get(0).score();
        assertTrue(exact > phrase);
    }

    @Test
    void aHeadingNamingTwoBlocksListsBothInHeadingOrderOfStrength() {
        assertEquals(List.of(DATA, MODEL), sorted(matcher.distinctBlocksNamed("Data and Model")));
        assertEquals(List.of(MONITORING), matcher.distinctBlocksNamed("Model Monitoring"),
                "'model' overlaps 'model monitoring': one block");
        assertEquals(List.of(PROBLEM), matcher.distinctBlocksNamed("Problem"));
    }

    private static List<Block> sorted(List<Block> blocks) {
        return blocks.stream().sorted(java.util.Comparator.comparingInt(SMALL::position)).toList();
    }
}
