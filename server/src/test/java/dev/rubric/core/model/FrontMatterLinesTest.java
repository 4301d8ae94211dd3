package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Front matter opens and closes where Flexmark's extension says it does. */
class FrontMatterLinesTest {
    private static final DocumentParser PARSER = new DocumentParser();

    /** Opened as Flexmark opens it; when closed, closed where Flexmark's block ends. */
    private static void agreesWithFlexmark(String text) {
        Node first = PARSER.parseAst(text).getFirstChild();
        boolean flexmarkOpens = first instanceof YamlFrontMatterBlock;
        int opener = FrontMatterLines.opener(text);
        String shown = text.replace("\r", "<CR>").replace("\n", "|");
        assertEquals(flexmarkOpens, opener >= 0, shown);
        if (!flexmarkOpens) return;
        assertEquals(first.getStartOffset(), opener, shown);
        int after = FrontMatterLines.afterClosing(text, opener);
        int flexmarkEnd = first.getEndOffset();
        if (after < 0) {
            assertEquals(text.length(), flexmarkEnd, "never closed: front matter to the end: " + shown);
        } else {
            assertTrue(flexmarkEnd <= after && text.substring(flexmarkEnd, after).isBlank(), "closed at " + after + ", Flexmark " + flexmarkEnd + ": " + shown);
        }
    }

    @Test
    void opensAfterBlankLinesWithADelimiterAloneOrFollowedByWhitespace() {
        for (String text : List.of("---\na: 1\n---\n# T\n", "--- x\na: 1\n---\n# T\n", "---x\na: 1\n---\n# T\n", "\n\n---\na: 1\n---\n# T\n",
                " \t\n---\na: 1\n---\n", "\r---\na: 1\n---\n# T\n", "  ---\na: 1\n---\n", "text\n---\na: 1\n---\n", "----\na: 1\n---\n")) {
            agreesWithFlexmark(text);
        }
    }

    @Test
    void closesOnDashesOrDotsAloneOrFollowedByWhitespace() {
        for (String text : List.of("---\na: 1\n...\n# T\n", "---\na: 1\n...;\n# T\n", "---\na: 1\n... x\n# T\n", "---\na: 1\n----\n# T\n",
                "---\na: 1\n--- y\n# T\n", "---\na: 1\n  ---\n# T\n", "---\ra: 1\r---\r# T\r", "---\r\na: 1\r\n---\r\n# T\r\n", "---\na: 1\n# T\n", "---")) {
            agreesWithFlexmark(text);
        }
    }

    @Test
    void randomLinesAgreeWithFlexmark() {
        String[] lines = {"---", "--- ", "---x", "...", "...;", "....", "", " ", "\t", "a: 1", "# T", "  ---", "----", "text"};
        String[] breaks = {"\n", "\r\n", "\r"};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                text.append(lines[random.nextInt(lines.length)]);
                if (i + 1 < count || random.nextBoolean()) text.append(breaks[random.nextInt(breaks.length)]);
            }
            agreesWithFlexmark(text.toString());
        }
    }
}
