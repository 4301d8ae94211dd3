package dev.rubric.core.model;

import org.junit.jupiter.api.Test;

/**
 * Rubric's inline parser reads matches' bounds from the matcher instead of Flexmark's copy of the
 * paragraph: the tree must be Flexmark's own wherever its match steps run — blanks around link
 * destinations and titles, code spans, autolinks, inline HTML — on one line and over several
 * (a list item's or a quote's lines make a segmented sequence); and its runs of text, joined
 * directly where their pieces are one stretch of the document.
 */
class RubricInlineParserTest {
    private static final String[] PIECES = {"[a]", "(", ")", "(/u", " \"t\"", " 't'", " (t)", "\n", "  ", "\t", "<http://x.y>", "<b>", "</b>",
        "`", "``", "c", "![i]", "[x]: /u", "- ", "  - ", "> ", "1. ", "\\", "<", ">", "*", "a", " ", "\n\n", "[l](/v \"t\")", "<a@b.co>"};

    /** Characters that end a run of text without starting an element: the text is then joined from several pieces. */
    private static final String[] TEXT_RUNS = {"a", " ", "!", "_", "a_b", "&", "&amp;", "&#42;", "\\*", "\\", "x!y", "*", "`", "\n", "  \n", "- ",
        "  ", "> ", "[", "]", "<", "b>", "~", "~~", "1. "};

    @Test
    void matchStepsGiveFlexmarksOwnTree() {
        FlexmarkTrees.assertStockTreesOfRandomTexts(PIECES, 2026_12_05, 5_000, 30);
    }

    @Test
    void runsOfTextJoinedFromSeveralPiecesGiveFlexmarksOwnTree() {
        FlexmarkTrees.assertStockTreesOfRandomTexts(TEXT_RUNS, 2026_12_06, 5_000, 30);
    }
}
