package dev.rubric.core.template;

import static dev.rubric.core.template.Templates.APPENDIX;
import static dev.rubric.core.template.Templates.DATA;
import static dev.rubric.core.template.Templates.MODEL;
import static dev.rubric.core.template.Templates.MONITORING;
import static dev.rubric.core.template.Templates.PROBLEM;
import static dev.rubric.core.template.Templates.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sections fill blocks by heading, by inheritance from their parent, or by their content. */
class TemplateMapperTest {
    private static final String DOC = String.join("\n",
            "# Ranking service",
            "",
            "## Background",
            "",
            "Users wait today.",
            "",
            "### History",
            "",
            "It grew slowly.",
            "",
            "## Our approach",
            "",
            "We start from a baseline, then train a ranker with a pairwise loss on embedding features.",
            "",
            "### Serving the ranker",
            "",
            "On CPU.",
            "",
            "## Miscellaneous",
            "",
            "### Odds and ends",
            "",
            "A dashboard, an alert on drift and an on call rota.",
            "",
            "## Monitoring",
            "",
            "Dashboards.",
            "");

    private static Section section(DesignDocument doc, String title) {
        return doc.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void eachSectionGetsABlockAndASource() {
        DesignDocument doc = Templates.parse(DOC);
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        assertEquals("config", m.detection());
        assertEquals(SMALL, m.template());
        assertEquals(new SectionMapping(section(doc, "Background"), PROBLEM, SectionMapping.Source.HEADING), m.of(section(doc, "Background")));
        assertEquals(new SectionMapping(section(doc, "History"), PROBLEM, SectionMapping.Source.PARENT), m.of(section(doc, "History")));
        assertEquals(new SectionMapping(section(doc, "Our approach"), MODEL, SectionMapping.Source.CONTENT), m.of(section(doc, "Our approach")));
        assertEquals(new SectionMapping(section(doc, "Serving the ranker"), MODEL, SectionMapping.Source.PARENT),
                m.of(section(doc, "Serving the ranker")), "inherits a block its parent got from content");
        assertEquals(SectionMapping.Source.NONE, m.of(section(doc, "Miscellaneous")).source());
        assertFalse(m.of(section(doc, "Miscellaneous")).mapped());
        assertEquals(SectionMapping.Source.NONE, m.of(section(doc, "Odds and ends")).source(),
                "content evidence counts for top sections only");
        assertEquals(new SectionMapping(section(doc, "Monitoring"), MONITORING, SectionMapping.Source.HEADING), m.of(section(doc, "Monitoring")));
    }

    @Test
    void theTitleHeadingFillsNoBlock() {
        DesignDocument doc = Templates.parse("# Model\n\n## Background\n\nText.\n");
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        Section title = doc.titleSection();
        assertEquals(Optional.empty(), m.blockOf(title));
        assertFalse(m.isPresent(MODEL), "'# Model' is the document's title, not its model section");
    }

    @Test
    void withH1SectionsEveryH1CanFillABlock() {
        DesignDocument doc = Templates.parse("# Problem\n\nText.\n\n# Model\n\nText.\n");
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        assertTrue(m.isPresent(PROBLEM));
        assertTrue(m.isPresent(MODEL));
    }

    @Test
    void blocksListTheSectionsThatFillThemDirectly() {
        DesignDocument doc = Templates.parse(DOC);
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        assertEquals(List.of(section(doc, "Background")), m.sectionsOf(PROBLEM), "History fills it only by inheritance");
        assertEquals(List.of(section(doc, "Our approach")), m.sectionsOf(MODEL));
        assertEquals(List.of(PROBLEM, MODEL, MONITORING), m.presentBlocks());
        assertEquals(List.of(DATA), m.missingRequiredBlocks(), "the optional appendix is not required");
        assertFalse(m.isPresent(APPENDIX));
        assertEquals(Optional.of(PROBLEM), m.blockOf(section(doc, "History")));
    }

    @Test
    void twoSectionsMayFillOneBlock() {
        DesignDocument doc = Templates.parse("## Background\n\nA.\n\n## Motivation\n\nB.\n");
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        assertEquals(2, m.sectionsOf(PROBLEM).size());
    }

    /** A block is a value: an equal copy (a template read again, a user's) finds the same sections as the template's own object. */
    @Test
    void aBlockIsFoundByValueAsWellAsByItself() {
        DesignDocument doc = Templates.parse("## Background\n\nA.\n\n## Motivation\n\nB.\n");
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        Block copy = new Block(PROBLEM.id(), PROBLEM.title(), PROBLEM.headings(), PROBLEM.evidence(), PROBLEM.required(),
                PROBLEM.concerns(), PROBLEM.skeleton(), PROBLEM.checklist());
        assertFalse(copy == PROBLEM);
        assertEquals(m.sectionsOf(PROBLEM), m.sectionsOf(copy));
        assertEquals(2, m.sectionsOf(copy).size());
        assertTrue(m.isPresent(copy));
        Block other = new Block("other", "Other", List.of(), List.of(), true, List.of(), "", List.of());
        assertEquals(List.of(), m.sectionsOf(other), "a block of no template fills nothing");
    }

    @Test
    void contentNeedsThreeDistinctPhrasesAndAClearWinner() {
        // two phrases only: not enough
        DesignDocument two = Templates.parse("## Notes\n\nA baseline and a ranker.\n");
        assertEquals(SectionMapping.Source.NONE, TemplateMapper.map(two, SMALL, "config").of(two.sections().get(0)).source());
        // three of the model's and three of monitoring's: a tie maps nothing
        DesignDocument tie = Templates.parse("## Notes\n\nA baseline, a loss and a ranker; a dashboard, an alert and drift.\n");
        assertEquals(SectionMapping.Source.NONE, TemplateMapper.map(tie, SMALL, "config").of(tie.sections().get(0)).source());
        // the same phrase three times is one phrase
        DesignDocument repeated = Templates.parse("## Notes\n\nRanker, ranker, ranker.\n");
        assertEquals(SectionMapping.Source.NONE, TemplateMapper.map(repeated, SMALL, "config").of(repeated.sections().get(0)).source());
    }

    @Test
    void contentNeverPicksABlockAHeadingAlreadyFills() {
        DesignDocument doc = Templates.parse("## Model\n\nText.\n\n## Notes\n\nA baseline, a loss and a ranker with embedding features.\n");
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        assertFalse(m.of(doc.sections().get(1)).mapped());
        assertEquals(1, m.sectionsOf(MODEL).size());
    }

    @Test
    void anUnmappedSectionAsksForNothing() {
        DesignDocument doc = Templates.parse("## Background\n\nText.\n");
        TemplateMapping m = TemplateMapper.map(doc, SMALL, "config");
        assertEquals(SectionMapping.Source.NONE, m.of(doc.root()).source(), "sections not in the mapping read as unmapped");
    }
}
