package dev.rubric.core.model;

import static dev.rubric.core.model.Docs.at;
import static dev.rubric.core.model.Docs.parse;
import static dev.rubric.core.model.Docs.source;
import static dev.rubric.core.model.Docs.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Prose units: the sentences of paragraphs, list items and table cells, with what is not prose
 * (code, URLs, link targets, images, HTML) blanked in place so offsets stay exact.
 */
class ProseUnitsTest {

    @Test
    void paragraphsAreSplitIntoSentencesWithExactRanges() {
        DesignDocument doc = parse("# T\n\nWe use Kafka, e.g. for events. Latency is 1.5 ms vs. 3 ms today. Version v2.1.0 ships.\n");
        assertEquals(List.of("We use Kafka, e.g. for events.", "Latency is 1.5 ms vs. 3 ms today.", "Version v2.1.0 ships."), texts(doc));
        for (ProseUnit u : doc.units()) {
            assertEquals(ProseKind.SENTENCE, u.kind());
            assertEquals(u.text(), source(doc, u.range()), "unmasked text equals its source span");
            assertNull(u.cell());
            assertEquals(0, u.listDepth());
        }
        ProseUnit second = doc.units().get(1);
        assertEquals(at(3, 32), second.range().start());
        assertEquals(doc.units().get(0).block(), second.block(), "sentences of one paragraph share a block");
        assertEquals(List.of(0, 1, 2), doc.units().stream().map(ProseUnit::index).toList());
    }

    @Test
    void separateParagraphsAreSeparateBlocks() {
        DesignDocument doc = parse("One.\n\nTwo.\n");
        assertNotEquals(doc.units().get(0).block(), doc.units().get(1).block());
    }

    @Test
    void aSentenceMaySpanLinesAndKeepsItsLineBreaks() {
        DesignDocument doc = parse("The service answers\nwithin 150 ms. Then it\nlogs the request.\n");
        assertEquals(List.of("The service answers within 150 ms.", "Then it logs the request."), texts(doc));
        ProseUnit first = doc.units().get(0);
        assertEquals(at(1, 1), first.range().start());
        assertEquals(at(2, 15), first.range().end());
        assertEquals("The service answers\nwithin 150 ms.", first.text());
    }

    @Test
    void listItemsAreUnitsWithTheirNestingDepth() {
        DesignDocument doc = parse("Intro.\n\n- First item. Second sentence.\n- Other item\n  - Nested item\n\n1. Ordered item\n");
        assertEquals(List.of("Intro.", "First item.", "Second sentence.", "Other item", "Nested item", "Ordered item"), texts(doc));
        assertEquals(List.of(ProseKind.SENTENCE, ProseKind.LIST_ITEM, ProseKind.LIST_ITEM, ProseKind.LIST_ITEM, ProseKind.LIST_ITEM, ProseKind.LIST_ITEM),
                doc.units().stream().map(ProseUnit::kind).toList());
        assertEquals(List.of(0, 1, 1, 1, 2, 1), doc.units().stream().map(ProseUnit::listDepth).toList());
        assertEquals(doc.units().get(1).block(), doc.units().get(2).block(), "sentences of one item share a block");
        assertNotEquals(doc.units().get(2).block(), doc.units().get(3).block(), "items are separate blocks");
        assertEquals(at(3, 3), doc.units().get(1).range().start());
    }

    @Test
    void tableCellsAreUnitsThatKnowTheirRowColumnAndHeader() {
        String text = String.join("\n",
                "| Stage | p99 (ms) |",
                "|-------|---------:|",
                "| Fetch | 40 |",
                "| Rank  | 80 |",
                "",
                "| Other |",
                "|---|",
                "| x |",
                "");
        DesignDocument doc = parse(text);
        assertEquals(List.of("Stage", "p99 (ms)", "Fetch", "40", "Rank", "80", "Other", "x"), texts(doc),
                "the |---| delimiter row is syntax, not cells");
        List<TableCellRef> cells = doc.units().stream().map(ProseUnit::cell).toList();
        assertEquals(new TableCellRef(1, 0, 0, true, "Stage"), cells.get(0));
        assertEquals(new TableCellRef(1, 0, 1, true, "p99 (ms)"), cells.get(1));
        assertEquals(new TableCellRef(1, 1, 0, false, "Stage"), cells.get(2));
        assertEquals(new TableCellRef(1, 1, 1, false, "p99 (ms)"), cells.get(3));
        assertEquals(new TableCellRef(1, 2, 1, false, "p99 (ms)"), cells.get(5));
        assertEquals(new TableCellRef(2, 0, 0, true, "Other"), cells.get(6));
        assertEquals(new TableCellRef(2, 1, 0, false, "Other"), cells.get(7));
        assertTrue(doc.units().stream().allMatch(u -> u.kind() == ProseKind.TABLE_CELL));
        ProseUnit forty = doc.units().get(3);
        assertEquals("40", source(doc, forty.range()));
        assertEquals(at(3, 11), forty.range().start());
        assertEquals(doc.units().get(2).block(), forty.block(), "cells of one row share a block");
        assertNotEquals(forty.block(), doc.units().get(5).block());
    }

    @Test
    void emptyTableCellsAreNotUnitsButKeepTheirColumn() {
        DesignDocument doc = parse("| a | b | c |\n|---|---|---|\n|   | y | z |\n");
        ProseUnit y = doc.units().stream().filter(u -> u.normalized().equals("y")).findFirst().orElseThrow();
        assertEquals(1, y.cell().column());
        assertEquals("b", y.cell().columnHeader());
        assertEquals(5, doc.units().size());
    }

    @Test
    void codeIsKeptApartFromProse() {
        String text = "# T\n\nBefore.\n\n```python\nprint('Not prose. At all.')\n```\n\n    indented code. Also not prose.\n\nAfter.\n";
        DesignDocument doc = parse(text);
        assertEquals(List.of("Before.", "After."), texts(doc));
        assertEquals(2, doc.code().size());
        assertEquals("python", doc.code().get(0).info());
        assertEquals("print('Not prose. At all.')\n", doc.code().get(0).text());
        assertEquals(at(5, 1), doc.code().get(0).range().start());
        assertEquals("", doc.code().get(1).info());
        assertEquals("indented code. Also not prose.\n", doc.code().get(1).text());
        assertEquals(doc.code(), doc.sections().get(0).ownCode());
    }

    /** Each row: markdown, and the unit's text with each blanked character shown as '·'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Run `kubectl-apply` now.               | Run ··············· now.",
            "See https://example.com/a?b=c for it.  | See ························· for it.",
            "See <https://example.com> for it.      | See ····················· for it.",
            "Mail <ops@example.com> now.            | Mail ················· now.",
            "Read [the guide](https://x.io/g) first.| Read ·the guide················· first.",
            "Read [the guide][g] first.             | Read ·the guide···· first.",
            "Read [g] first.                        | Read ·g· first.",
            "Read [g][] first.                      | Read ·g··· first.",
            "Look ![diagram](d.png) here.           | Look ················· here.",
            "Keep <b>bold</b> words.                | Keep ···bold···· words.",
            "Quiet <!--note--> words.               | Quiet ··········· words.",
            "Plain words stay.                      | Plain words stay.",
    })
    void whatIsNotProseIsBlankedInPlace(String markdown, String expected) {
        DesignDocument doc = parse(markdown.strip() + "\n\n[g]: https://x.io/guide\n");
        ProseUnit u = doc.units().get(0);
        String src = source(doc, u.range());
        assertEquals(src.length(), u.text().length(), "masked text has its source's length");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < src.length(); i++) {
            char masked = u.text().charAt(i);
            if (masked != src.charAt(i)) {
                assertEquals(' ', masked, "blanking writes spaces");
                shown.append('·');
            } else {
                shown.append(masked);
            }
        }
        assertEquals(expected.strip(), shown.toString());
    }

    @Test
    void linkReferenceDefinitionsAreNotProse() {
        DesignDocument doc = parse("Body text.\n\n[g]: https://x.io/guide \"Title\"\n");
        assertEquals(List.of("Body text."), texts(doc));
    }

    @Test
    void htmlBlocksAndCommentsAreNotProseButCommentsAreKept() {
        DesignDocument doc = parse("<div>\nNot prose.\n</div>\n\n<!-- rubric-disable monitoring -->\n\nProse.\n");
        assertEquals(List.of("Prose."), texts(doc));
        assertEquals(1, doc.comments().size());
        assertEquals(" rubric-disable monitoring ", doc.comments().get(0).body());
        assertEquals(at(5, 1), doc.comments().get(0).range().start());
        assertEquals(at(5, 35), doc.comments().get(0).range().end());
    }

    @Test
    void commentsAreFoundInParagraphsHeadingsListsAndTablesButNotInCode() {
        String text = String.join("\n",
                "# Title <!-- in heading -->",
                "",
                "Text <!-- inline --> more.",
                "",
                "- item <!-- in list -->",
                "",
                "| a <!-- in cell --> |",
                "|---|",
                "| b | <!-- after the last pipe -->",
                "",
                "Show `<!-- in code span -->` as an example.",
                "",
                "```",
                "<!-- in fenced code -->",
                "```",
                "",
                "<!--",
                "multi-line",
                "-->",
                "");
        DesignDocument doc = parse(text);
        assertEquals(List.of(" in heading ", " inline ", " in list ", " in cell ", " after the last pipe ", "\nmulti-line\n"),
                doc.comments().stream().map(HtmlComment::body).toList());
        assertEquals(at(9, 7), doc.comments().get(4).range().start());
        assertEquals(at(17, 1), doc.comments().get(5).range().start());
        assertEquals(at(19, 4), doc.comments().get(5).range().end());
    }

    @Test
    void frontMatterIsNotProse() {
        DesignDocument doc = parse("---\ntitle: A title. With sentences.\n---\n\nBody.\n");
        assertEquals(List.of("Body."), texts(doc));
    }

    /** Folded from the lower-cased text, in the other order than its name says: the same string either way. */
    @Test
    void normalizedLowerIsTheNormalizedTextLowerCased() {
        String[] pieces = {"A", "b", "Σ", "ΑΣ", "İ", "ß", "É", "\u0001", "\t", " ", "  ", "\n", "\r", "\u000B", "\f", "\u00A0", "\u200B", "\u2003", "x.", "Q"};
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            String expected = ProseUnit.foldWhitespace(text).toLowerCase(java.util.Locale.ROOT);
            assertEquals(expected, ProseUnit.foldWhitespace(text.toLowerCase(java.util.Locale.ROOT)), () -> "\"" + text + "\"");
        }
        ProseUnit u = parse("Some   SPACED\nWords.\n").units().get(0);
        assertEquals("some spaced words.", u.normalizedLower());
    }

    @Test
    void normalizedFoldsWhiteSpaceButTextKeepsIt() {
        DesignDocument doc = parse("Some   spaced\nwords.\n");
        ProseUnit u = doc.units().get(0);
        assertEquals("Some spaced words.", u.normalized());
        assertEquals("Some   spaced\nwords.", u.text());
        assertFalse(u.text().contains("\r"));
    }

    @Test
    void aParagraphOfOnlyCodeOrLinksLeavesNoEmptyUnits() {
        DesignDocument doc = parse("`only code`\n\nhttps://example.com/only-a-url\n\n![only](image.png)\n");
        assertEquals(List.of(), texts(doc));
    }
}
