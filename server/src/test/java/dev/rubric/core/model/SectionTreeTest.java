package dev.rubric.core.model;

import static dev.rubric.core.model.Docs.at;
import static dev.rubric.core.model.Docs.parse;
import static dev.rubric.core.model.Docs.section;
import static dev.rubric.core.model.Docs.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headings open sections; a section runs to the next heading of the same or a higher level. */
class SectionTreeTest {

    private static final String OUTLINE = String.join("\n",
            "Preamble before any heading.",          // 1
            "",                                      // 2
            "# Title",                               // 3
            "",                                      // 4
            "Intro.",                                // 5
            "",                                      // 6
            "## Alpha",                              // 7
            "",                                      // 8
            "Alpha text.",                           // 9
            "",                                      // 10
            "### Alpha one",                         // 11
            "",                                      // 12
            "Deep text.",                            // 13
            "",                                      // 14
            "## Beta",                               // 15
            "",                                      // 16
            "Beta text.",                            // 17
            "");

    @Test
    void headingsNestByLevelUnderALevelZeroRoot() {
        DesignDocument doc = parse(OUTLINE);
        assertEquals(List.of("# Title", "## Alpha", "### Alpha one", "## Beta"),
                doc.sections().stream().map(Section::toString).toList());
        Section root = doc.root();
        assertTrue(root.isRoot());
        assertEquals(0, root.level());
        assertEquals(0, root.index());
        assertEquals(List.of(section(doc, "Title")), root.children());
        Section title = section(doc, "Title");
        assertEquals(List.of(section(doc, "Alpha"), section(doc, "Beta")), title.children());
        assertSame(section(doc, "Alpha"), section(doc, "Alpha one").parent());
        assertEquals(List.of(1, 2, 3, 4), doc.sections().stream().map(Section::index).toList());
        assertEquals(2, section(doc, "Alpha one").depthBelow(title));
        assertTrue(section(doc, "Alpha one").isWithin(title));
        assertEquals(-1, section(doc, "Beta").depthBelow(section(doc, "Alpha")));
    }

    @Test
    void sectionRangeRunsToTheNextHeadingOfTheSameOrHigherLevel() {
        DesignDocument doc = parse(OUTLINE);
        Section alpha = section(doc, "Alpha");
        assertEquals(at(7, 1), alpha.headingRange().start());
        assertEquals(at(7, 9), alpha.headingRange().end());
        assertEquals("## Alpha", source(doc, alpha.headingRange()));
        // Alpha includes its subsection and ends where ## Beta starts
        assertEquals(at(7, 1), alpha.range().start());
        assertEquals(at(15, 1), alpha.range().end());
        // its own text stops at its first subsection
        assertEquals(doc.text().indexOf("### Alpha one"), alpha.ownEndOffset());
        // the last section runs to the end of the text
        assertEquals(doc.text().length(), section(doc, "Beta").range().endOffset());
        assertEquals(doc.text().length(), section(doc, "Title").range().endOffset());
        // the root spans the whole text; its own part is the preamble
        assertEquals(0, doc.root().range().startOffset());
        assertEquals(doc.text().length(), doc.root().range().endOffset());
        assertEquals(doc.text().indexOf("# Title"), doc.root().ownEndOffset());
        assertNull(doc.root().headingRange());
    }

    @Test
    void proseBelongsToTheSectionItSitsIn() {
        DesignDocument doc = parse(OUTLINE);
        assertEquals(List.of("Preamble before any heading."), doc.root().ownUnits().stream().map(ProseUnit::normalized).toList());
        assertEquals(List.of("Alpha text."), section(doc, "Alpha").ownUnits().stream().map(ProseUnit::normalized).toList());
        assertEquals(List.of("Alpha text.", "Deep text."), section(doc, "Alpha").allUnits().stream().map(ProseUnit::normalized).toList());
        assertEquals(2, section(doc, "Alpha").ownWords());
        assertEquals(4, section(doc, "Alpha").totalWords());
        assertSame(section(doc, "Alpha one"), doc.sectionAt(doc.text().indexOf("Deep text")));
        assertSame(doc.root(), doc.sectionAt(0));
    }

    @Test
    void skippedLevelsStillNestUnderTheNearestHigherHeading() {
        DesignDocument doc = parse("# A\n\n#### Deep\n\n## B\n\n# C\n");
        assertSame(section(doc, "A"), section(doc, "Deep").parent());
        assertSame(section(doc, "A"), section(doc, "B").parent());
        assertSame(doc.root(), section(doc, "C").parent());
    }

    @Test
    void headingRangesCountUtf16UnitsAfterAstralEmojiAndCjk() {
        // 😀 is one code point but two UTF-16 units; 中文 is two units
        String text = "# 😀 中文 Title\n\n## Sub 🎉 😀\n\n😀 中文 first. Second one.\n";
        DesignDocument doc = parse(text);
        Section title = section(doc, "😀 中文 Title");
        assertEquals(at(1, 1), title.headingRange().start());
        assertEquals(at(1, 14), title.headingRange().end()); // 13 units: "# " 2, 😀 2, " " 1, 中文 2, " Title" 6
        Section sub = section(doc, "Sub 🎉 😀");
        assertEquals(at(3, 13), sub.headingRange().end()); // "## Sub " 7 + 🎉 2 + " " 1 + 😀 2 = 12 units
        ProseUnit second = doc.units().get(1);
        assertEquals("Second one.", second.normalized());
        // "😀 中文 first. " is 12 code points but 13 UTF-16 units
        assertEquals(at(5, 14), second.range().start());
        assertEquals(at(5, 25), second.range().end());
        assertEquals("Second one.", source(doc, second.range()));
    }

    @Test
    void crlfLineEndingsGiveTheSameLinesAndColumnsAsLf() {
        String lf = "# Title\n\nFirst line.\n\n## Next\n\nMore text here.\n";
        String crlf = lf.replace("\n", "\r\n");
        DesignDocument a = parse(lf);
        DesignDocument b = parse(crlf);
        assertEquals(a.sections().size(), b.sections().size());
        for (int i = 0; i < a.sections().size(); i++) {
            Section x = a.sections().get(i);
            Section y = b.sections().get(i);
            assertEquals(x.title(), y.title());
            assertEquals(x.headingRange().start(), y.headingRange().start());
            assertEquals(x.headingRange().end(), y.headingRange().end(), "a heading range ends before the \\r");
        }
        assertEquals(a.units().stream().map(u -> u.range().start() + "-" + u.range().end()).toList(),
                b.units().stream().map(u -> u.range().start() + "-" + u.range().end()).toList());
        assertEquals(List.of("First line.", "More text here."), Docs.texts(b));
        assertEquals("## Next", source(b, section(b, "Next").headingRange()));
        assertEquals(b.text().indexOf("## Next"), section(b, "Title").ownEndOffset());
        assertEquals(at(8, 1), section(b, "Title").range().end());
        assertEquals(at(7, 16), b.units().get(1).range().end());
    }

    @Test
    void setextHeadingsAreSectionsWhoseHeadingRangeIsTheirTextLine() {
        DesignDocument doc = parse("Big Title\n=========\n\nText.\n\nSmaller\n-------\n\nMore.\n");
        assertEquals(List.of("# Big Title", "## Smaller"), doc.sections().stream().map(Section::toString).toList());
        Section big = section(doc, "Big Title");
        assertEquals(at(1, 1), big.headingRange().start());
        assertEquals(at(1, 10), big.headingRange().end());
        Section smaller = section(doc, "Smaller");
        assertSame(big, smaller.parent());
        assertEquals(at(6, 1), smaller.headingRange().start());
        assertEquals(doc.text().length(), big.range().endOffset());
        assertEquals(List.of("More."), smaller.ownUnits().stream().map(ProseUnit::normalized).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "- # Heading in a list item\n",
            "1. ## Heading in an ordered list\n",
            "> # Heading in a block quote\n",
            "> - ## Heading in a list in a quote\n",
            "    # indented code, not a heading\n",
            "```\n# fenced code, not a heading\n```\n",
            "<!--\n# inside a comment\n-->\n",
            "#NoSpaceIsNotAHeading\n",
    })
    void onlyTopLevelHeadingsOpenSections(String markdown) {
        DesignDocument doc = parse("Text before.\n\n" + markdown);
        assertEquals(List.of(), doc.sections(), markdown);
        assertTrue(doc.root().children().isEmpty());
    }

    @Test
    void headingTitlesDropMarkupAndClosingHashes() {
        DesignDocument doc = parse("## The **bold** `code` [link](http://x.y) ##\n");
        assertEquals("The bold code link", doc.sections().get(0).title());
    }

    @Test
    void emptyDocumentHasOnlyTheRoot() {
        DesignDocument doc = parse("");
        assertTrue(doc.sections().isEmpty());
        assertTrue(doc.units().isEmpty());
        assertEquals(0, doc.root().range().endOffset());
        assertEquals(at(1, 1), doc.anchorRange().start());
    }
}
