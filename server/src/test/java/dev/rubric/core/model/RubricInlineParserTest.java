package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rubric's inline parser reads matches' bounds from the matcher instead of Flexmark's copy of the
 * paragraph: the tree must be Flexmark's own wherever its match steps run — blanks around link
 * destinations and titles, code spans, autolinks, inline HTML — on one line and over several
 * (a list item's or a quote's lines make a segmented sequence).
 */
class RubricInlineParserTest {
    private static final String[] PIECES = {"[a]", "(", ")", "(/u", " \"t\"", " 't'", " (t)", "\n", "  ", "\t", "<http://x.y>", "<b>", "</b>",
        "`", "``", "c", "![i]", "[x]: /u", "- ", "  - ", "> ", "1. ", "\\", "<", ">", "*", "a", " ", "\n\n", "[l](/v \"t\")", "<a@b.co>"};

    @Test
    void matchStepsGiveFlexmarksOwnTree() {
        Parser stock = Parser.builder(DocumentParser.flexmarkOptions(true)).build();
        DocumentParser ours = new DocumentParser();
        Random random = new Random(2026_12_05);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            assertEquals(FlexmarkTrees.dump(stock.parse(text)), FlexmarkTrees.dump(ours.parseAst(text)), () -> text.replace("\n", "\\n"));
        }
    }
}
