package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile or huge input parses without a stack overflow and in bounded time. Flexmark recurses
 * per nesting level, so containers deeper than {@link DocumentParser#MAX_NESTING} are read as
 * text; every offset still points into the original.
 */
class ParserLimitsTest {
    private static final DocumentParser PARSER = new DocumentParser();

    @ParameterizedTest
    @ValueSource(strings = {">", "> ", "- ", "* ", "1. ", "> - "})
    void tenThousandNestedContainersParseQuickly(String marker) {
        String text = "# Deep\n\n" + marker.repeat(10_000) + "deepest words.\n\nAfter the nest.\n";
        DesignDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse(null, text));
        assertEquals(1, doc.sections().size());
        List<ProseUnit> units = doc.units();
        assertEquals("After the nest.", units.get(units.size() - 1).normalized());
        assertTrue(units.stream().anyMatch(u -> u.normalized().endsWith("deepest words.")), "the deepest text is still prose");
        for (ProseUnit u : units) {
            assertEquals(u.text().length(), u.range().endOffset() - u.range().startOffset());
        }
    }

    @Test
    void nestingUpToTheLimitIsParsedAsMarkdown() {
        String text = "> ".repeat(DocumentParser.MAX_NESTING) + "Quoted `code` words.\n";
        DesignDocument doc = PARSER.parse(null, text);
        assertEquals(1, doc.units().size());
        ProseUnit u = doc.units().get(0);
        assertEquals("Quoted        words.", u.text(), "still a paragraph inside the quotes: code is blanked");
        assertEquals(2 * DocumentParser.MAX_NESTING, u.range().start().column());
    }

    @Test
    void flatteningKeepsTheLengthAndTouchesOnlyOverDeepLines() {
        String shallow = "> quote\n- item\n- - - -\n1. one\n";
        assertEquals(shallow, DocumentParser.flattenDeepNesting(shallow));
        String deep = ">".repeat(DocumentParser.MAX_NESTING + 5) + " x\n";
        String flattened = DocumentParser.flattenDeepNesting(deep);
        assertEquals(deep.length(), flattened.length());
        assertEquals(deep.substring(0, DocumentParser.MAX_NESTING), flattened.substring(0, DocumentParser.MAX_NESTING));
        assertEquals('\\', flattened.charAt(DocumentParser.MAX_NESTING));
        assertEquals(deep.substring(DocumentParser.MAX_NESTING + 1), flattened.substring(DocumentParser.MAX_NESTING + 1));
    }

    @Test
    void aFiveMegabyteDocumentParses() {
        // mostly prose, as long design documents are: paragraphs of sentences, a list per section
        String paragraph = ("The ranking service answers within 150 ms at the 99th percentile, and the cache absorbs"
                + " most of the read traffic during the evening peak. ").repeat(6) + "\n\n";
        StringBuilder sb = new StringBuilder("# Big\n\n");
        int n = 0;
        while (sb.length() < 5_000_000) {
            n++;
            sb.append("## Section ").append(n).append("\n\n").append(paragraph).append(paragraph)
                    .append("- a list item with `code`\n- another item\n\n");
        }
        String text = sb.toString();
        int sections = n;
        DesignDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PARSER.parse(null, text));
        assertEquals(sections + 1, doc.sections().size());
        assertEquals(sections * 14, doc.units().size(), "12 sentences and 2 list items per section");
        assertEquals(sections, doc.titleSection().children().size());
        ProseUnit last = doc.units().get(doc.units().size() - 1);
        assertEquals("another item", last.normalized());
        assertEquals(doc.lines().lineCount() - 3, last.range().start().line());
    }

    @Test
    void aDenseHalfMegabyteOfListsTablesCodeAndLinksParses() {
        StringBuilder sb = new StringBuilder("# Dense\n\n");
        int n = 0;
        while (sb.length() < 500_000) {
            n++;
            sb.append("## Section ").append(n).append("\n\nThe p99 is 150 ms. Another sentence with `code` and a [link](https://x.io).\n\n")
                    .append("- item one\n- item two\n\n| Stage | ms |\n|---|---|\n| fetch | 40 |\n\n");
        }
        String text = sb.toString();
        int sections = n;
        DesignDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PARSER.parse(null, text));
        assertEquals(sections + 1, doc.sections().size());
        assertEquals(sections * 8, doc.units().size(), "2 sentences, 2 items, 4 cells per section");
    }
}
