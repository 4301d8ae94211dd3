package dev.rubric.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.rule.Suppressions;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateMapper;
import dev.rubric.core.text.Range;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fixes rules offer, as the text they produce. */
class FixFactoryTest {
    private static final Block PROBLEM = block("problem", "Problem", "Who has the problem: ___\n");
    private static final Block DATA = block("data", "Data", "");
    private static final Block MODEL = block("model", "Model", "- Baseline: ___");
    private static final Block MONITORING = block("monitoring", "Monitoring", "- Alert when ___\n");
    private static final Block APPENDIX = block("appendix", "Appendix", "");
    private static final Template TEMPLATE = new Template("t", "T", "", List.of(),
            List.of(PROBLEM, DATA, MODEL, MONITORING, APPENDIX), List.of());

    private static Block block(String id, String title, String skeleton) {
        return new Block(id, title, List.of(), List.of(), true, List.of(), skeleton, List.of());
    }

    private static DesignDocument parse(String text) {
        return new DocumentParser().parse(null, text);
    }

    private static FixFactory factory(DesignDocument doc) {
        return new FixFactory(doc, TemplateMapper.map(doc, TEMPLATE, "config"));
    }

    private static String applied(String text, Fix fix) {
        return FixPlanner.apply(text, fix.edits());
    }

    private static final String DOC = String.join("\n",
            "# Service",
            "",
            "## Problem",
            "",
            "Users wait.",
            "",
            "### Details",
            "",
            "More.",
            "",
            "## Monitoring",
            "",
            "Dashboards.",
            "");

    @Test
    void aMissingBlockGoesAfterTheNearestEarlierBlockPresentWithItsSubsections() {
        Fix fix = factory(parse(DOC)).insertBlock(DATA);
        assertEquals("Insert 'Data' section", fix.title());
        assertTrue(fix.safe(), "adding a scaffold never removes the author's words");
        assertEquals(DOC.replace("More.\n\n## Monitoring", "More.\n\n## Data\n\n___\n\n## Monitoring"), applied(DOC, fix));
    }

    @Test
    void aBlockAfterTheLastPresentOneGoesAtTheEnd() {
        assertEquals(DOC + "\n## Appendix\n\n___\n", applied(DOC, factory(parse(DOC)).insertBlock(APPENDIX)));
    }

    @Test
    void aFenceLeftOpenInAListItemIsClosedWithTheItemsIndentationBeforeTheSection() {
        String doc = "# Service\n\n## Problem\n\n1. ```python\nMonitoring\n----------\n";
        assertEquals(doc.replace("```python\n", "```python\n   ```\n\n## Data\n\n___\n\n"), applied(doc, factory(parse(doc)).insertBlock(DATA)));
    }

    @Test
    void anInsertionNeverComesBetweenANextLineDirectiveAndItsLine() {
        String doc = "# Service\n\n## Problem\n\nUsers wait.\n\n<!-- rubric-disable-next-line empty-section -->\n<!-- rubric-disable-next-line x -->\n## Monitoring\n";
        assertEquals(doc.replace("wait.\n\n<!--", "wait.\n\n## Data\n\n___\n\n<!--"), applied(doc, factory(parse(doc)).insertBlock(DATA)));
        String other = "# Service\n\n## Problem\n\nUsers wait.\n<!-- a plain comment -->\n## Monitoring\n";
        assertTrue(applied(other, factory(parse(other)).insertBlock(DATA)).contains("comment -->\n\n## Data"), "only directives move the insertion");
        // a directive's "<!--" inside a comment opened earlier is that comment's text, not a directive
        String inside = "# Service\n\n## Problem\n\nUsers wait.\n\n<!-- a comment\n<!-- rubric-disable-next-line x -->\n## Monitoring\n";
        assertTrue(applied(inside, factory(parse(inside)).insertBlock(DATA)).contains("x -->\n\n## Data"), "the section goes after the comment");
    }

    @Test
    void aBlockBeforeEveryPresentOneGoesBeforeTheFirstOfThem() {
        String doc = "# Service\n\nIntro.\n\n## Model\n\nText.\n";
        assertEquals("# Service\n\nIntro.\n\n## Problem\n\nWho has the problem: ___\n\n## Model\n\nText.\n",
                applied(doc, factory(parse(doc)).insertBlock(PROBLEM)));
    }

    @Test
    void withNoBlockPresentTheBlockGoesAtTheEnd() {
        String doc = "# Service\n\nIntro.\n";
        assertEquals("# Service\n\nIntro.\n\n## Monitoring\n\n- Alert when ___\n", applied(doc, factory(parse(doc)).insertBlock(MONITORING)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "no trailing newline      | ~# S\\n\\n## Problem\\n\\nText.~      | ~# S\\n\\n## Problem\\n\\nText.\\n\\n## Appendix\\n\\n___\\n~",
            "trailing blank line      | ~# S\\n\\n## Problem\\n\\nText.\\n\\n~ | ~# S\\n\\n## Problem\\n\\nText.\\n\\n## Appendix\\n\\n___\\n~",
            "crlf                     | ~# S\\r\\n\\r\\n## Problem\\r\\n\\r\\nText.\\r\\n~ | ~# S\\r\\n\\r\\n## Problem\\r\\n\\r\\nText.\\r\\n\\r\\n## Appendix\\r\\n\\r\\n___\\r\\n~",
            "crlf before a heading    | ~# S\\r\\n\\r\\n## Problem\\r\\n\\r\\nA.\\r\\n\\r\\n## Appendix\\r\\n~ | ~# S\\r\\n\\r\\n## Problem\\r\\n\\r\\nA.\\r\\n\\r\\n## Data\\r\\n\\r\\n___\\r\\n\\r\\n## Appendix\\r\\n~",
            "heading right before     | ~# S\\n\\n## Problem\\nText.\\n## Appendix\\n~ | ~# S\\n\\n## Problem\\nText.\\n\\n## Data\\n\\n___\\n\\n## Appendix\\n~",
    })
    void insertedMarkdownHasExactlyOneBlankLineAroundIt(String name, String before, String after) {
        String text = unescape(before);
        Block block = text.contains("## Appendix") ? DATA : APPENDIX;
        assertEquals(unescape(after), applied(text, factory(parse(text)).insertBlock(block)));
    }

    @Test
    void insertedHeadingsUseTheDocumentsSectionLevel() {
        String h1Sections = "# Problem\n\nA.\n\n# Model\n\nB.\n";
        assertTrue(applied(h1Sections, factory(parse(h1Sections)).insertBlock(DATA)).contains("\n# Data\n"));
        String titled = "# Title\n\nIntro.\n";
        assertEquals(2, factory(parse(titled)).headingLevel());
        assertEquals(2, factory(parse("Only prose.\n")).headingLevel());
        assertEquals(3, factory(parse("# T\n\n### Problem\n")).headingLevel());
    }

    @Test
    void insertingSeveralBlocksAtOnceKeepsTemplateOrder() {
        String doc = "# Service\n\n## Problem\n\nA.\n";
        Fix all = factory(parse(doc)).insertBlocks(List.of(DATA, MODEL));
        assertEquals("# Service\n\n## Problem\n\nA.\n\n## Data\n\n___\n\n## Model\n\n- Baseline: ___\n", applied(doc, all));
        assertTrue(all.safe());
    }

    @Test
    void appendingToASectionLandsBeforeItsFirstSubsection() {
        DesignDocument doc = parse(DOC);
        Section problem = doc.sections().get(1);
        Fix fix = factory(doc).appendToSection(problem, "Add a line", "Latency budget: p99 < ___ ms");
        assertEquals(DOC.replace("Users wait.\n\n", "Users wait.\n\nLatency budget: p99 < ___ ms\n\n"), applied(DOC, fix));
        Fix toRoot = factory(parse("Intro.\n")).appendToSection(parse("Intro.\n").root(), "Add", "Line ___");
        assertEquals("Intro.\n\nLine ___\n", applied("Intro.\n", toRoot));
    }

    @Test
    void appendingToTheWholeDocumentLandsUnderItsTitleNotAboveIt() {
        Fix fix = factory(parse(DOC)).appendToSection(parse(DOC).root(), "Add a line", "Latency budget: p99 < ___ ms");
        assertEquals(DOC.replace("# Service\n\n", "# Service\n\nLatency budget: p99 < ___ ms\n\n"), applied(DOC, fix));
        String h1Sections = "Preamble.\n\n# Problem\n\nA.\n\n# Model\n\nB.\n";
        Fix noTitle = factory(parse(h1Sections)).appendToSection(parse(h1Sections).root(), "Add", "Line ___");
        assertEquals("Preamble.\n\nLine ___\n\n# Problem\n\nA.\n\n# Model\n\nB.\n", applied(h1Sections, noTitle));
    }

    /** Each row: document, the 1-based line of the finding, the document after the fix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "first line          | ~Vague words.\\n~ | 1 | ~<!-- rubric-disable-next-line r -->\\nVague words.\\n~",
            "after a blank line  | ~Intro.\\n\\nVague words.\\n~ | 3 | ~Intro.\\n\\n<!-- rubric-disable-next-line r -->\\nVague words.\\n~",
            "a heading           | ~Intro.\\n## Vague heading\\n~ | 2 | ~Intro.\\n<!-- rubric-disable-next-line r -->\\n## Vague heading\\n~",
            "inside a paragraph  | ~First line\\nvague words.\\n~ | 2 | ~First line\\nvague words. <!-- rubric-disable-line r -->\\n~",
            "list item           | ~- one\\n- vague two\\n~ | 2 | ~- one\\n- vague two <!-- rubric-disable-line r -->\\n~",
            "indented, new block | ~- one\\n\\n  vague more\\n~ | 3 | ~- one\\n\\n  <!-- rubric-disable-next-line r -->\\n  vague more\\n~",
            "table row           | ~| a |\\n|---|\\n| vague |\\n~ | 3 | ~| a |\\n|---|\\n| vague | <!-- rubric-disable-line r -->\\n~",
            "crlf paragraph      | ~One\\r\\ntwo.\\r\\n~ | 2 | ~One\\r\\ntwo. <!-- rubric-disable-line r -->\\r\\n~",
            "code span open      | ~Intro.\\nFirst ``x\\nvague words `` y\\n~ | 2 | ~Intro.\\n<!-- rubric-disable-next-line r -->\\nFirst ``x\\nvague words `` y\\n~",
            "backtick above      | ~A `b` c\\nvague words.\\n~ | 2 | ~A `b` c\\nvague words. <!-- rubric-disable-line r -->\\n~",
            "span across         | ~A `b\\nvague` words.\\n~ | 1 | ~<!-- rubric-disable-next-line r -->\\nA `b\\nvague` words.\\n~",
            "span open at end    | ~Intro.\\nA ``b\\nvague`` words.\\n~ | 2 | ~Intro.\\n<!-- rubric-disable-next-line r -->\\nA ``b\\nvague`` words.\\n~",
            "unpaired backtick   | ~Intro `x\\nvague words.\\n~ | 2 | ~Intro `x\\nvague words. <!-- rubric-disable-line r -->\\n~",
            "table row with code | ~| a |\\n|---|\\n| `x` vague |\\n~ | 3 | ~| a |\\n|---|\\n| `x` vague | <!-- rubric-disable-line r -->\\n~",
            "heading ticks above | ~## A ```\\nFirst ```x\\nvague``` y\\n~ | 2 | ~## A ```\\n<!-- rubric-disable-next-line r -->\\nFirst ```x\\nvague``` y\\n~",
            "fence ticks above   | ~```\\ncode\\n```\\nFirst ```x\\nvague``` y\\n~ | 4 | ~```\\ncode\\n```\\n<!-- rubric-disable-next-line r -->\\nFirst ```x\\nvague``` y\\n~",
            "underline ticks     | ~A ```\\n---\\nFirst ```x\\nvague``` y\\n~ | 3 | ~A ```\\n---\\n<!-- rubric-disable-next-line r -->\\nFirst ```x\\nvague``` y\\n~",
            "break ticks above   | ~A ```\\n***\\nFirst ```x\\nvague``` y\\n~ | 3 | ~A ```\\n***\\n<!-- rubric-disable-next-line r -->\\nFirst ```x\\nvague``` y\\n~",
    })
    void suppressLinePicksANextLineOrAnInlineCommentAndSilencesTheFinding(String name, String before, int line, String after) {
        String text = unescape(before);
        DesignDocument doc = parse(text);
        Range at = doc.lines().range(doc.lines().lineStart(line - 1), doc.lines().lineEnd(line - 1));
        List<Fix> fixes = factory(doc).suppressLine("r", at);
        assertEquals(1, fixes.size());
        Fix fix = fixes.get(0);
        assertFalse(fix.safe(), "a suppression hides a finding; only a person applies it");
        assertEquals("Disable r for this line", fix.title());
        String fixed = applied(text, fix);
        assertEquals(unescape(after), fixed);
        // the finding, now on whichever line its text moved to, is suppressed
        DesignDocument again = parse(fixed);
        int movedLine = fixed.split("\\R", -1).length - text.split("\\R", -1).length + line - 1;
        Range moved = again.lines().range(again.lines().lineStart(movedLine), again.lines().lineStart(movedLine));
        Suppressions s = Suppressions.of(again, Set.of("r"));
        assertTrue(s.problems().isEmpty());
        assertTrue(s.suppresses(new Diagnostic("r", Severity.WARNING, "m", moved, List.of())), "line " + (movedLine + 1) + " of\n" + fixed);
        assertFalse(s.suppresses(new Diagnostic("other", Severity.WARNING, "m", moved, List.of())));
    }

    @Test
    void suppressFileGoesAfterFrontMatterOrAtTheTop() {
        String plain = "# T\n";
        assertEquals("<!-- rubric-disable-file r -->\n# T\n", applied(plain, factory(parse(plain)).suppressFile("r")));
        String fm = "---\ntemplate: design-doc\n---\n# T\n";
        String fixed = applied(fm, factory(parse(fm)).suppressFile("r"));
        assertEquals("---\ntemplate: design-doc\n---\n<!-- rubric-disable-file r -->\n\n# T\n", fixed);
        assertEquals("design-doc", parse(fixed).frontMatter().string("template").orElseThrow(), "front matter still parses");
        assertFalse(factory(parse(plain)).suppressFile("r").safe());
    }

    @Test
    void replaceIsSafeOnlyWhenSaidSo() {
        DesignDocument doc = parse("abc\n");
        Fix f = factory(doc).replace("Swap", doc.range(0, 3), "xyz", false);
        assertEquals("xyz\n", applied("abc\n", f));
        assertFalse(f.safe());
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
