package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rubric.core.text.SplicedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Incremental sync as a property: random edits, applied by the server and to a plain string
 * the way an editor applies them, always give the same text — in every position encoding.
 */
class TextSyncTest {
    private static final String START = "---\ntemplate: ml-system-design\n---\n\n# Título 😀\r\n\r\n## Problem\n\nUsers wait 中文.\r\n";

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "utf-8", "utf-32"})
    void randomChangeBatchesGiveTheEditorsText(String encoding) {
        PositionEncoding server = PositionEncoding.negotiate(List.of(encoding));
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed * 7919 + encoding.hashCode());
            String expected = START;
            String actual = START;
            for (int step = 0; step < 400; step++) {
                List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
                int changes = 1 + random.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    ReferenceText.Edit edit = ReferenceText.randomEdit(expected, random, encoding);
                    batch.add(edit.event());
                    expected = edit.after(); // each change applies to the result of the previous one
                }
                actual = IncrementalText.apply(actual, batch, server);
                assertEquals(expected, actual, "seed " + seed + ", step " + step + ", batch " + batch);
            }
        }
    }

    /**
     * A keystroke (one ranged change) is held unapplied until its text is read, and reads as the
     * editor's text all the same; a batch of several changes is applied at once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "utf-8", "utf-32"})
    void aKeystrokeIsHeldUnappliedUntilItsTextIsRead(String encoding) {
        PositionEncoding server = PositionEncoding.negotiate(List.of(encoding));
        Documents documents = new Documents();
        String uri = "file:///tmp/keystrokes.md";
        documents.open(uri, 1, START);
        Random random = new Random(encoding.hashCode());
        String expected = START;
        for (int step = 0; step < 300; step++) {
            int changes = step % 5 == 0 ? 2 : 1;
            List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
            for (int c = 0; c < changes; c++) {
                ReferenceText.Edit edit = ReferenceText.randomEdit(expected, random, encoding);
                batch.add(edit.event());
                expected = edit.after();
            }
            Snapshot snapshot = documents.change(uri, step + 2, batch, server);
            boolean keystroke = changes == 1 && batch.get(0).getRange() != null; // not the whole text sent again
            assertEquals(keystroke, snapshot.content() instanceof SplicedText, "step " + step);
            assertEquals(expected.length(), snapshot.length());
            assertEquals(expected, snapshot.content().toString(), "step " + step);
            if (step % 3 == 0) {
                // read now and then, as the lints do: the next keystroke then splices a built text
                assertEquals(expected, snapshot.text(), "step " + step);
                assertEquals(String.class, snapshot.content().getClass());
            }
        }
        assertEquals(expected, documents.current(uri).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "utf-8"})
    void serverCopyEqualsClientCopyThroughTheProtocol(String encoding) {
        // pull diagnostics: edits start no lints, the only lints are the ones the test asks for, so the last lint shows the server's text
        try (LspSession session = new LspSession()) {
            session.initialize((ClientCapabilities caps) -> {
                LspSession.pullDiagnostics(caps);
                caps.getGeneral().setPositionEncodings(List.of(encoding, "utf-16"));
            });
            assertEquals(encoding, session.serverObject().encoding().kind());
            String uri = "file:///tmp/sync-" + encoding + ".md";
            session.open(uri, START);
            Random random = new Random(42);
            String text = START;
            for (int step = 1; step <= 150; step++) {
                List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
                for (int c = 0, n = 1 + random.nextInt(3); c < n; c++) {
                    ReferenceText.Edit edit = ReferenceText.randomEdit(text, random, encoding);
                    batch.add(edit.event());
                    text = edit.after();
                }
                session.change(uri, text, batch);
                if (step % 50 == 0) {
                    LspSession.get(session.server.getTextDocumentService()
                            .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
                    List<RecordingEngine.Call> calls = session.engine.callsFor(uri);
                    assertEquals(text, calls.get(calls.size() - 1).text(), "after " + step + " change batches");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PositionEncodingKind.UTF8, PositionEncodingKind.UTF16, PositionEncodingKind.UTF32})
    void positionsRoundTripThroughEveryEncoding(String encoding) {
        PositionEncoding server = PositionEncoding.negotiate(List.of(encoding));
        Coordinates coordinates = Coordinates.of(START, server);
        for (int offset = 0; offset <= START.length(); offset++) {
            if (offset > 0 && offset < START.length() && Character.isLowSurrogate(START.charAt(offset))) continue;
            if (offset > 0 && offset < START.length() && START.charAt(offset) == '\n' && START.charAt(offset - 1) == '\r') continue;
            var position = coordinates.position(offset);
            assertEquals(ReferenceText.position(START, offset, encoding), position, "offset " + offset);
            assertEquals(offset, coordinates.offset(position), "offset " + offset);
        }
    }
}
