package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.rubric.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A section's title is the text Flexmark's TextCollectingVisitor collects from its heading, white
 * space folded. The builder reads a heading of one plain text node directly: on random headings
 * (escapes, entities, emphasis, code, links, setext underlines) its titles must be the visitor's.
 */
class HeadingTitlesTest {
    private static final String[] PIECES = {"Scaling", " ", "  ", "\t", "plan", "\\*", "\\", "&amp;", "&", "&copy;", "*em*", "_x_", "`code`",
        "[link](/u)", "<b>", "#", " #", "Q&A", "1.", "é", "\\#"};

    @Test
    void titlesAreWhatTheVisitorCollects() {
        Random random = new Random(17);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder heading = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) heading.append(PIECES[random.nextInt(PIECES.length)]);
            String text = random.nextBoolean() ? "## " + heading + "\n\nText.\n" : heading + "\n---\n\nText.\n";
            List<String> expected = new ArrayList<>();
            for (Node node : FlexmarkTrees.stockTree(text).getChildren()) { // sections are opened by the document's own headings
                if (node instanceof Heading h) expected.add(Whitespace.collapse(new TextCollectingVisitor().collectAndGetText(h)).trim());
            }
            List<String> titles = Docs.parse(text).sections().stream().map(Section::title).toList();
            assertEquals(expected, titles, () -> text.replace("\n", "\\n"));
        }
    }
}
