package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Inlay hints show the load that users × actions per user imply, right after the figures. */
class InlayHintTest {
    private static final String URI = "file:///tmp/rubric-inlay/capacity.md";

    @Test
    void usersTimesRequestsPerDayGetTheirAverageQpsAsAHint() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            String text = "# Feed\n\n## Scale\n\nWe expect 50M DAU × 20 requests/day at launch.\n\nNo product here: 3 shards.\n";
            session.open(URI, text);
            session.client.awaitDiagnostics(URI, p -> true);
            List<InlayHint> hints = LspSession.get(session.server.getTextDocumentService().inlayHint(
                    new InlayHintParams(new TextDocumentIdentifier(URI), new Range(new Position(0, 0), new Position(10, 0)))));
            assertEquals(1, hints.size(), hints.toString());
            assertEquals("≈ 11.6k QPS avg", hints.get(0).getLabel().getLeft());
            // right after "20 requests/day" on line 4
            assertEquals(new Position(4, "We expect 50M DAU × 20 requests/day".length()), hints.get(0).getPosition());
        }
    }

    @Test
    void hintsOutsideTheRequestedRangeAreLeftOut() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            String text = "# Feed\n\n## Scale\n\nWe expect 50M DAU × 20 requests/day at launch.\n";
            session.open(URI, text);
            session.client.awaitDiagnostics(URI, p -> true);
            List<InlayHint> hints = LspSession.get(session.server.getTextDocumentService().inlayHint(
                    new InlayHintParams(new TextDocumentIdentifier(URI), new Range(new Position(0, 0), new Position(2, 0)))));
            assertEquals(List.of(), hints);
        }
    }
}
