package dev.rubric.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.Fixtures;
import dev.rubric.core.model.DesignDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which template a document is checked against, and how that was decided: a command-line flag,
 * then front matter, then config, then detection from headings and topic words.
 */
class TemplateSelectorTest {
    private static final TemplateRegistry BUILT_IN = TemplateRegistry.builtIn();
    private static final String WITH_FRONT_MATTER = "---\ntemplate: ml-infra\n---\n# T\n\n## Problem\n";

    private static DesignDocument doc(String markdown) {
        return Templates.parse(markdown);
    }

    @ParameterizedTest(name = "requested={0} forced={1} -> {2} by {3}")
    @CsvSource({
            // front matter beats config
            "design-doc,       false, ml-infra,   front matter",
            // a command-line flag beats front matter
            "design-doc,       true,  design-doc, command line",
            // an unknown forced id is ignored (the CLI reports it): front matter again
            "no-such-template, true,  ml-infra,   front matter",
            "auto,             false, ml-infra,   front matter",
    })
    void precedenceWithFrontMatter(String requested, boolean forced, String expected, String how) {
        TemplateSelector.Choice c = TemplateSelector.choose(doc(WITH_FRONT_MATTER), BUILT_IN, requested, forced);
        assertEquals(expected, c.template().id());
        assertEquals(how, c.how());
    }

    @Test
    void configApplesWhenFrontMatterIsSilentOrUnknown() {
        DesignDocument plain = doc("# T\n\n## Problem\n");
        assertEquals(new TemplateSelector.Choice(BUILT_IN.get("design-doc").orElseThrow(), "config"),
                TemplateSelector.choose(plain, BUILT_IN, "design-doc", false));
        assertEquals(" design-doc ".trim(), TemplateSelector.choose(plain, BUILT_IN, " design-doc ", false).template().id());
        DesignDocument unknown = doc("---\ntemplate: nope\n---\n# T\n");
        assertEquals("config", TemplateSelector.choose(unknown, BUILT_IN, "mle-five-block", false).how());
        assertEquals("mle-five-block", TemplateSelector.choose(unknown, BUILT_IN, "mle-five-block", false).template().id());
    }

    @Test
    void theRubricTemplateKeyIsReadToo() {
        DesignDocument d = doc("---\nrubric-template: mle-five-block\n---\n# T\n");
        assertEquals("mle-five-block", TemplateSelector.choose(d, BUILT_IN, null, false).template().id());
    }

    @Test
    void nothingRequestedMeansDetection() {
        DesignDocument d = doc("# T\n\n## Problem Definition\n\n## Data Pipeline\n\n## Model Architecture\n\n## Scaling Strategy\n\n## Trade-off Summary\n");
        for (String requested : new String[] {null, "", "auto", "unknown-id"}) {
            TemplateSelector.Choice c = TemplateSelector.choose(d, BUILT_IN, requested, false);
            assertEquals("mle-five-block", c.template().id(), "requested " + requested);
            assertEquals("auto: 5/5 blocks named by headings", c.how());
        }
    }

    @Test
    void aKepStyleDocumentIsDetectedAsADesignDoc() {
        DesignDocument d = doc(Fixtures.read(Fixtures.resource("model/detect/kep-style.md")));
        TemplateSelector.Choice c = TemplateSelector.detect(d, BUILT_IN);
        assertEquals("design-doc", c.template().id());
        assertTrue(c.how().matches("auto: \\d+/10 blocks named by headings"), c.how());
    }

    @Test
    void anMlFunnelDocumentIsDetectedAsMlSystemDesign() {
        DesignDocument d = doc(Fixtures.read(Fixtures.resource("model/detect/ml-funnel.md")));
        TemplateSelector.Choice c = TemplateSelector.detect(d, BUILT_IN);
        assertEquals("ml-system-design", c.template().id());
        assertTrue(c.how().startsWith("auto: "), c.how());
    }

    @Test
    void aCustomTemplateInTheRegistryCanBeDetectedAndChosen() {
        TemplateRegistry registry = BUILT_IN.with(List.of(Templates.SMALL));
        DesignDocument d = doc("# T\n\n## Background\n\n## Data\n\n## Modelling\n\n## Observability\n");
        assertEquals("small", TemplateSelector.detect(d, registry).template().id());
        assertEquals("auto: 4/5 blocks named by headings", TemplateSelector.detect(d, registry).how());
        assertEquals("small", TemplateSelector.choose(d, registry, "small", false).template().id());
    }

    @Test
    void theTitleHeadingDoesNotCountAsNamingBlocks() {
        DesignDocument d = doc("# Model Architecture for Scaling Strategy and Data Pipeline\n\n## Problem\n\nText.\n\n## Monitoring\n\nText.\n");
        TemplateSelector.Choice c = TemplateSelector.detect(d, BUILT_IN);
        TemplateMapping m = TemplateMapper.map(d, c.template(), c.how());
        assertEquals("auto: " + m.presentBlocks().size() + "/" + c.template().blocks().size() + " blocks named by headings", c.how(),
                "detection counts what mapping will find");
    }

    /**
     * Headings that name an ml-infra document's four required blocks also name four of
     * ml-system-design's nine, and 'Appendix' one of its optional blocks. Counted as if it were
     * required, that optional block let ml-system-design tie ml-infra once ml-infra's three
     * missing blocks were added, and win on topic words: fix-all's second pass switched template.
     */
    @Test
    void optionalBlocksNeverOutscoreATemplateWhoseRequiredBlocksAreAllNamed() {
        String named = "# Cache\n\n## Problem\n\nReaders see stale values.\n\n## Architecture\n\nA cache.\n\n"
                + "## Monitoring\n\nA dashboard.\n\n## Rollback\n\nA flag.\n\n";
        assertEquals("ml-infra", TemplateSelector.detect(doc(named + "## Appendix\n\nLinks.\n"), BUILT_IN).template().id());
        String complete = named + "## Constraints\n\nNone.\n\n## Features and serving\n\nFeature store and training-serving skew.\n\n"
                + "## Trade-offs\n\nNone.\n\n## Appendix\n\nLinks.\n";
        assertEquals("ml-infra", TemplateSelector.detect(doc(complete), BUILT_IN).template().id());
        // an optional block still counts for a template whose required blocks are not all named
        assertEquals("design-doc", TemplateSelector.detect(doc("# T\n\n## Risks\n\nFew.\n"), BUILT_IN).template().id());
    }

    @Test
    void aDocumentWithoutHeadingsStillGetsATemplate() {
        TemplateSelector.Choice c = TemplateSelector.detect(doc("Just prose.\n"), BUILT_IN);
        assertTrue(TemplateRegistry.BUILT_IN.contains(c.template().id()));
        assertTrue(c.how().startsWith("auto: 0/"), c.how());
    }
}
