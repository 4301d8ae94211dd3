package dev.rubric.lsp.abuse;

import static dev.rubric.lsp.abuse.RawClient.json;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** Positions past the end of a line or of the document, or negative: answered normally, never an error. */
class OutOfRangeTest {
    private static final String DOC = "file:///abuse/range.md";
    private static final String TEXT = "# Design\n\n## Monitoring\n\nLow latency. p99 < 150 ms 😀\n";
    private static final int[][] POSITIONS = {
            {0, 1000}, {4, 200}, {5, 0}, {6, 3}, {1000, 0}, {1000, 1000}, {Integer.MAX_VALUE, Integer.MAX_VALUE},
            {-1, 0}, {0, -1}, {-5, -5}, {4, 27}, {4, 28}, // 27/28: inside the surrogate pair of the emoji
    };

    @Test
    void hoverCompletionAndCodeActionAnswerForAnyPosition() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            c.open(DOC, TEXT);
            for (int[] p : POSITIONS) {
                JsonObject hover = c.call("textDocument/hover", RawClient.docPosition(DOC, p[0], p[1]));
                assertFalse(hover.has("error"), "hover at " + p[0] + ":" + p[1] + ": " + hover);
                JsonObject completion = c.call("textDocument/completion", RawClient.docPosition(DOC, p[0], p[1]));
                assertFalse(completion.has("error"), "completion at " + p[0] + ":" + p[1] + ": " + completion);
                JsonObject params = new JsonObject();
                params.add("textDocument", json("{\"uri\":\"" + DOC + "\"}"));
                params.add("range", RawClient.range(p[0], p[1], 2000, 5));
                params.add("context", json("{\"diagnostics\":[]}"));
                JsonObject actions = c.call("textDocument/codeAction", params);
                assertFalse(actions.has("error"), "code action at " + p[0] + ":" + p[1] + ": " + actions);
            }
            c.assertServing();
        }
    }

    @Test
    void editsWithRangesOutsideTheTextAreClampedAndTheServerKeepsTheClientText() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            c.open(DOC, "abc\n");
            JsonArray changes = new JsonArray();
            changes.add(RawClient.edit(50, 0, 60, 0, "tail\n"));   // past the end: appends
            changes.add(RawClient.edit(-3, -3, 0, 0, "head "));   // negative: at the start
            changes.add(RawClient.edit(0, 100, 0, 2, ""));        // end before start
            c.change(DOC, changes);
            c.assertServing();
            JsonObject hover = c.call("textDocument/hover", RawClient.docPosition(DOC, 0, 0));
            assertFalse(hover.has("error"), hover.toString());
        }
    }
}
