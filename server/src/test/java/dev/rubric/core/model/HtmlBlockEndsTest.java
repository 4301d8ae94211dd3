package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An HTML block that CommonMark ends only at a marker swallows anything appended after it: the
 * document names the marker it lacks, so that a fix appending a section can close it first.
 * The judge is the parser itself: with the marker named, a heading appended after it is a
 * heading; where a marker is named, the heading appended without it is not.
 */
class HtmlBlockEndsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "processing instruction | ~<?xml version~             | ?>",
        "declaration            | ~<!DOCTYPE html~            | >",
        "CDATA                  | ~<![CDATA[ x~                | ]]>",
        "comment                | ~<!-- notes~                | -->",
        "pre, in capitals       | ~<PRE>\\nline\\n\\nmore~       | </pre>",
        "script, indented       | ~   <script src=x.js~       | </script>",
        "style, then text       | ~Text.\\n\\n<style>\\n\\nb {}~ | </style>",
    })
    void aBlockOpenAtTheEndNamesItsMarker(String kind, String markdown, String marker) {
        String text = markdown.replace("\\n", "\n");
        assertEquals(marker, Docs.parse(text).missingHtmlEnd());
        assertHeadingAppendsAfter(text, marker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "closed on its first line    | ~<?xml version=\"1.0\"?>~",
        "a comment of one '>'        | ~<!-->~",
        "an empty instruction        | ~<?>~",
        "closed on a later line      | ~<!-- a\\n\\nb -->~",
        "closed by another raw tag   | ~<pre>\\ncode\\n</style>~",
        "ended by a blank line       | ~<div>\\ntext~",
        "in a quote                  | ~> <?xml~",
        "in a list item              | ~- <!-- open~",
        "not the last block          | ~<!-- a -->\\n\\nText.~",
        "lower-case declaration      | ~<!doctype~",
        "a tag that only starts pre  | ~<prefix~",
        "no HTML                     | ~# Title~",
    })
    void noMarkerIsNamedWhereNoneIsMissing(String kind, String markdown) {
        String text = markdown.replace("\\n", "\n");
        assertNull(Docs.parse(text).missingHtmlEnd());
        assertHeadingAppendsAfter(text, null);
    }

    /** Random documents of HTML openers, markers, text and blank lines, judged by the parser. */
    @Test
    void theNamedMarkerIsTheOneTheParserNeeds() {
        String[] pieces = {"<?", "?>", "<!--", "-->", "<![CDATA[", "]]>", "<!D", "<!d", ">", "<pre", "<PRE>", "</pre>", "<script ",
            "</style>", "<style>", "<div>", "text", " ", "   ", "\n", "\n\n", "> ", "- ", "```", "# H\n", "-", "?", "!", "<"};
        Random random = new Random(2026_12_05);
        int named = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            String marker = Docs.parse(text).missingHtmlEnd();
            if (marker != null) named++;
            assertHeadingAppendsAfter(text, marker);
        }
        assertTrue(named > 300, "random texts that leave a block open: " + named);
    }

    /**
     * With the marker on a line of its own (when named), a heading appended after a blank line is
     * read as one; without the named marker it is not (the marker is needed, not just harmless).
     */
    private static void assertHeadingAppendsAfter(String text, String marker) {
        String ended = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        String shown = text.replace("\n", "\\n");
        if (text.contains("```")) return; // a fence left open is FixFactory's other case
        assertTrue(endsWithHeading(ended + (marker == null ? "" : marker + "\n") + "\n# Appended\n"),
                () -> "appended after " + marker + ": " + shown);
        if (marker != null) assertTrue(!endsWithHeading(ended + "\n# Appended\n"), () -> "needs no " + marker + ": " + shown);
    }

    private static boolean endsWithHeading(String text) {
        DesignDocument doc = Docs.parse(text);
        return !doc.sections().isEmpty() && doc.sections().get(doc.sections().size() - 1).title().equals("Appended")
                && doc.sections().get(doc.sections().size() - 1).headingRange().startOffset() == text.lastIndexOf("# Appended");
    }
}
