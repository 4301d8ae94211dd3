package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where one sentence ends and the next begins. Each row: a paragraph, and its sentences
 * separated by " ‖ ".
 */
class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // ordinary boundaries
            "One. Two. Three.                                  | One. ‖ Two. ‖ Three.",
            "Is it fast? No! It is slow.                       | Is it fast? ‖ No! ‖ It is slow.",
            "The p99 is 150 ms. 40% of that is network.        | The p99 is 150 ms. ‖ 40% of that is network.",
            "He said \"stop.\" Then it stopped.                | He said \"stop.\" ‖ Then it stopped.",
            "It ends (see above.) Next one.                    | It ends (see above.) ‖ Next one.",
            "First. \"Quoted\" second.                         | First. ‖ \"Quoted\" second.",
            "First. (Aside) second.                            | First. ‖ (Aside) second.",
            "It is **done.** Next step.                        | It is **done.** ‖ Next step.",
            // no boundary: the next word is lower case
            "We use e.g. caching and i.e. nothing else.        | We use e.g. caching and i.e. nothing else.",
            "This is fine. but not a new sentence.             | This is fine. but not a new sentence.",
            // abbreviations followed by a capital
            "Use a cache, e.g. Redis, for reads.               | Use a cache, e.g. Redis, for reads.",
            "Latency vs. Throughput is the trade-off.          | Latency vs. Throughput is the trade-off.",
            "Tools, cf. Bazel, differ. Pick one.               | Tools, cf. Bazel, differ. ‖ Pick one.",
            "Built by J. Smith last year.                      | Built by J. Smith last year.",
            "The U.S. Army uses it. We do too.                 | The U.S. Army uses it. ‖ We do too.",
            "Smith et al. Showed this. Fine.                   | Smith et al. Showed this. ‖ Fine.",
            // numbers
            "It takes 1.5 ms. Then 2.25 s in total.            | It takes 1.5 ms. ‖ Then 2.25 s in total.",
            "Upgrade to v2.1.0. Older versions break.          | Upgrade to v2.1.0. ‖ Older versions break.",
            "Version 3.10.2 is out. It is fine.                | Version 3.10.2 is out. ‖ It is fine.",
            "See section 3.2. It explains why.                 | See section 3.2. ‖ It explains why.",
            "Costs $0.50 per call. Fine.                       | Costs $0.50 per call. ‖ Fine.",
            // abbreviations that only abbreviate before a number
            "See Fig. 3 and No. 7 for details.                 | See Fig. 3 and No. 7 for details.",
            "It takes approx. 40 ms here.                      | It takes approx. 40 ms here.",
            "Retries wait 5 min. Then they stop.               | Retries wait 5 min. ‖ Then they stop.",
            "Is it cached? No. It is recomputed.               | Is it cached? ‖ No. ‖ It is recomputed.",
            "The timeout is 30 sec. After that we fail.        | The timeout is 30 sec. ‖ After that we fail.",
            "Keep the max. Drop the rest.                      | Keep the max. ‖ Drop the rest.",
    })
    void splitsWhereAReaderWould(String paragraph, String expected) {
        assertEquals(Arrays.asList(expected.split(" ‖ ")), sentences(paragraph));
    }

    @Test
    void spansAreTrimmedAndRelativeToTheText() {
        String text = "  First one.   Second one.  ";
        List<int[]> spans = SentenceSplitter.split(text);
        assertEquals(2, spans.size());
        assertEquals(List.of(2, 12), List.of(spans.get(0)[0], spans.get(0)[1]));
        assertEquals(List.of(15, 26), List.of(spans.get(1)[0], spans.get(1)[1]));
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), SentenceSplitter.split("   \n  "));
        assertEquals(List.of(), SentenceSplitter.split(""));
    }

    @Test
    void aSentenceOpeningWithACodeSpanStillStartsANewSentence() {
        // in a paragraph the code span is blanked, but its source decides whether a sentence opens
        DesignDocument doc = Docs.parse("The router is stateless. `Ranker` scores each item. Done.\n");
        assertEquals(List.of("The router is stateless.", "scores each item.", "Done."), Docs.texts(doc));
        assertEquals("`Ranker` scores each item.".length() - "`Ranker` ".length(), doc.units().get(1).text().length());
    }

    @Test
    void aSentenceOpeningWithALinkStartsANewSentence() {
        DesignDocument doc = Docs.parse("See the plan. [Rollout](https://x.io) starts Monday.\n");
        assertEquals(List.of("See the plan.", "Rollout starts Monday."), Docs.texts(doc));
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }
}
