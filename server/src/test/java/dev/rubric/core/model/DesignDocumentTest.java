package dev.rubric.core.model;

import static dev.rubric.core.model.Docs.at;
import static dev.rubric.core.model.Docs.parse;
import static dev.rubric.core.model.Docs.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The title heading, the structural sections, and where whole-document findings point. */
class DesignDocumentTest {

    @Test
    void aSingleOpeningH1IsTheTitleAndItsChildrenAreTheSections() {
        DesignDocument doc = parse("# Ranking service\n\n## Problem\n\n## Design\n\n### Detail\n");
        Section title = section(doc, "Ranking service");
        assertSame(title, doc.titleSection());
        assertEquals(List.of(section(doc, "Problem"), section(doc, "Design")), doc.topSections());
        assertEquals("Ranking service", doc.title());
        assertEquals(title.headingRange(), doc.anchorRange());
    }

    @Test
    void severalH1sAreSectionsAndThereIsNoTitle() {
        DesignDocument doc = parse("# Problem\n\nText.\n\n# Design\n\n## Detail\n\n# Rollout\n");
        assertNull(doc.titleSection());
        assertEquals(List.of(section(doc, "Problem"), section(doc, "Design"), section(doc, "Rollout")), doc.topSections());
        assertEquals(section(doc, "Problem").headingRange(), doc.anchorRange(), "no title: the first line with text, here a heading");
    }

    @Test
    void withoutATitleTheAnchorIsAPlaceNotTheFirstHeading() {
        DesignDocument doc = parse("---\nstatus: draft\n---\n\nNotes before any heading.\n\n## Problem\n");
        assertEquals(at(5, 1), doc.anchorRange().start(), "the first line with text after the front matter");
        assertEquals(at(5, 26), doc.anchorRange().end());
    }

    @Test
    void aDocumentOpeningWithH2HasNoTitleEvenWithALaterH1() {
        DesignDocument doc = parse("## Problem\n\n## Design\n\n# Appendix\n");
        assertNull(doc.titleSection());
        assertEquals(3, doc.topSections().size());
    }

    @Test
    void aLoneH1WithoutSubsectionsIsStillTheTitle() {
        DesignDocument doc = parse("Preamble.\n\n# Only heading\n\nText.\n");
        assertSame(section(doc, "Only heading"), doc.titleSection());
        assertEquals(List.of(), doc.topSections());
    }

    @Test
    void h2SectionsBeforeTheTitleStayTopSections() {
        DesignDocument doc = parse("## Status\n\n# Title\n\n## Problem\n");
        assertNull(doc.titleSection(), "the H1 does not open the document");
        assertEquals(List.of(section(doc, "Status"), section(doc, "Title")), doc.topSections());
    }

    @Test
    void withoutHeadingsTheAnchorIsTheFirstLineAndTheTitleTheFileName() {
        DesignDocument doc = new DocumentParser().parse(URI.create("file:///docs/plan.md"), "Just some prose.\nMore.\n");
        assertNull(doc.titleSection());
        assertEquals(at(1, 1), doc.anchorRange().start());
        assertEquals(at(1, 17), doc.anchorRange().end());
        assertEquals("plan.md", doc.title());
        assertEquals("", parse("no heading\n").title(), "no uri, no heading, no front matter");
    }

    @Test
    void documentAccessorsAreReadOnly() {
        DesignDocument doc = parse("# T\n\nText.\n");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> doc.units().clear());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> doc.sections().clear());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> doc.root().children().clear());
    }
}
