package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rubric.cli.RuleDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

/** Push and pull diagnostics, debouncing, ordering under racing edits, cancellation, failing lints. */
class DiagnosticsTest {
    private static final String URI = "file:///tmp/rubric-lsp/ranking.md";

    @Test
    void pushedDiagnosticsCarryVersionRuleIdDocLinkAndSource() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(URI, p -> true);
            assertEquals(1, published.getVersion());
            Diagnostic monitoring = missingBlock(published, "Monitoring");
            assertEquals("missing-block", monitoring.getCode().getLeft());
            assertEquals(RuleDocs.uri("missing-block"), monitoring.getCodeDescription().getHref());
            assertEquals("rubric", monitoring.getSource());
            assertEquals(DiagnosticSeverity.Warning, monitoring.getSeverity());
            // on the title heading, "# Feed ranking", line 6 of the file
            assertEquals(new Range(new Position(5, 0), new Position(5, 14)), monitoring.getRange());
            assertTrue(published.getDiagnostics().stream().allMatch(d -> "rubric".equals(d.getSource())));
        }
    }

    @Test
    void aBurstOfTypingIsPublishedOnceAfterTheConfiguredDebounce() {
        try (LspSession session = new LspSession()) {
            JsonObject settings = JsonParser.parseString("{\"rubric\": {\"debounceMs\": 1500}}").getAsJsonObject();
            session.initialize(caps -> { }, List.of(), settings);
            assertEquals(1500, session.serverObject().configs().debounceMs());
            assertEquals(200, ServerOptions.defaults().defaultDebounceMs(), "the default when no setting is given");
            session.open(URI, LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == 1); // opening is linted at once

            String text = session.text(URI);
            for (int i = 0; i < 10; i++) {
                text = text + "x";
                session.change(URI, text, List.of(new TextDocumentContentChangeEvent(text)));
            }
            int last = session.version(URI);
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == last);
            session.awaitIdle();

            List<RecordingEngine.Call> lints = session.engine.callsFor(URI);
            assertEquals(text, lints.get(lints.size() - 1).text(), "the last lint is of the last state");
            assertEquals(List.of(1, last), session.client.publishedFor(URI).stream().map(PublishDiagnosticsParams::getVersion).toList(),
                    "one set for the open and one for the whole burst");
        }
    }

    @Test
    void analysisStartsAtTheEditAndTheResultWaitsForTheDebounce() throws InterruptedException {
        try (LspSession session = new LspSession(o -> o.debounce(10_000))) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            String edited = session.text(URI) + "\nOne more sentence.\n";
            session.replace(URI, edited);
            session.engine.awaitCalls(2); // linted right away, ten seconds before the debounce ends
            assertEquals(edited, session.engine.calls.get(1).text());
            session.sync();
            assertEquals(List.of(1), session.client.publishedFor(URI).stream().map(PublishDiagnosticsParams::getVersion).toList(),
                    "nothing is published while the debounce runs");
        }
    }

    @Test
    void statesSupersededWhileALintRunsAreNeverLinted() throws InterruptedException {
        try (LspSession session = new LspSession(o -> o.debounce(0).workers(2))) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            CountDownLatch linting = session.engine.closeGate();
            String text = session.text(URI);
            session.replace(URI, text + "a");
            assertTrue(linting.await(20, TimeUnit.SECONDS), "version 2 is being linted");
            for (String suffix : List.of("ab", "abc", "abcd")) session.replace(URI, text + suffix);
            session.sync();
            session.engine.openGate();
            int last = session.version(URI);
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == last);
            session.awaitIdle();

            assertEquals(List.of(text, text + "a", text + "abcd"), session.engine.callsFor(URI).stream().map(RecordingEngine.Call::text).toList(),
                    "versions 3 and 4 were superseded before a worker was free for them");
            assertEquals(List.of(1, last), session.client.publishedFor(URI).stream().map(PublishDiagnosticsParams::getVersion).toList(),
                    "version 2 was outdated when its lint finished");
        }
    }

    @Test
    void diagnosticsForAnOlderVersionNeverArriveAfterANewerOne() throws InterruptedException {
        try (LspSession session = new LspSession(o -> o.debounce(0).workers(3))) {
            session.initialize();
            session.engine.jitter(20); // lints finish in shuffled order
            String text = LspSession.resource("ranking.md");
            session.open(URI, text);
            for (int i = 0; i < 40; i++) {
                session.engine.awaitCalls(i + 1); // the previous version's lint is under way: the next edit races it
                // alternate between findings sets: with and without a Monitoring section
                text = i % 2 == 0 ? text + "\n## Monitoring\n\nDashboards and alerts on p99.\n" : LspSession.resource("ranking.md") + "\n".repeat(i);
                session.change(URI, text, List.of(new TextDocumentContentChangeEvent(text)));
            }
            int last = session.version(URI);
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == last);
            session.awaitIdle();
            // a round trip after idle: every notification sent before it has been received
            LspSession.get(session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))));

            List<Integer> versions = session.client.publishedFor(URI).stream().map(PublishDiagnosticsParams::getVersion).toList();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) >= versions.get(i - 1), "published out of order: " + versions);
            }
            assertEquals(last, versions.get(versions.size() - 1), "the last set published is for the last version: " + versions);
            assertTrue(session.engine.callsFor(URI).size() > 40, "every version was linted, racing its successor");
        }
    }

    @Test
    void aFailingLintIsLoggedOnceAndTheServerKeepsServing() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.engine.failWhen(text -> text.contains("BOOM"));
            String broken = "file:///tmp/rubric-lsp/broken.md";
            session.open(broken, "# BOOM\n\nText.\n");
            session.client.awaitLogged(m -> m.getType() == MessageType.Error && m.getMessage().contains("could not analyse"));
            session.replace(broken, "# BOOM\n\nMore text.\n");
            session.awaitIdle();
            assertEquals(2, session.engine.callsFor(broken).size(), "both versions were attempted");
            long reports = session.client.snapshot(session.client.logged).stream()
                    .filter(m -> m.getMessage().contains("could not analyse")).count();
            assertEquals(1, reports, "the same failure is reported once");

            // a request that needs the findings of the broken document fails on its own; the server lives on
            CompletableFuture<?> hover = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(broken), new Position(0, 2)));
            assertThrows(ResponseErrorException.class, () -> LspSession.get(hover));
            session.open(URI, LspSession.resource("ranking.md"));
            assertFalse(session.client.awaitDiagnostics(URI, p -> true).getDiagnostics().isEmpty());
        }
    }

    @Test
    void pullDiagnosticsAnswerWithResultIdsAndUnchangedReports() {
        try (LspSession session = new LspSession()) {
            session.initialize(LspSession::pullDiagnostics);
            session.open(URI, LspSession.resource("ranking.md"));
            DocumentDiagnosticReport first = pull(session, null);
            assertTrue(first.isRelatedFullDocumentDiagnosticReport());
            var full = first.getRelatedFullDocumentDiagnosticReport();
            assertNotNull(full.getResultId());
            assertTrue(full.getItems().stream().anyMatch(d -> d.getMessage().contains("Missing block 'Monitoring'")));
            assertEquals("missing-block", full.getItems().get(0).getCode().getLeft());

            DocumentDiagnosticReport again = pull(session, full.getResultId());
            assertTrue(again.isRelatedUnchangedDocumentDiagnosticReport());
            assertEquals(full.getResultId(), again.getRelatedUnchangedDocumentDiagnosticReport().getResultId());

            String withMonitoring = session.text(URI) + "\n## Monitoring\n\nA dashboard of p99 latency; page on-call when errors exceed 1%.\n";
            session.replace(URI, withMonitoring);
            DocumentDiagnosticReport after = pull(session, full.getResultId());
            assertTrue(after.isRelatedFullDocumentDiagnosticReport());
            assertNotEquals(full.getResultId(), after.getRelatedFullDocumentDiagnosticReport().getResultId());
            assertTrue(after.getRelatedFullDocumentDiagnosticReport().getItems().stream()
                    .noneMatch(d -> d.getMessage().contains("Missing block 'Monitoring'")));

            session.awaitIdle();
            assertTrue(session.client.publishedFor(URI).isEmpty(), "a pull client gets no pushed diagnostics");
        }
    }

    @Test
    void aCancelledRequestIsAnsweredRequestCancelledAndItsWorkNeverRuns() throws Exception {
        // pull diagnostics: edits start no lints of their own, so the lints show which requests ran
        try (LspSession session = new LspSession(o -> o.workers(1))) {
            session.initialize(LspSession::pullDiagnostics);
            String a = "file:///tmp/rubric-lsp/a.md";
            String b = "file:///tmp/rubric-lsp/b.md";
            session.open(a, "# A\n\n## Problem\n\nUsers wait.\n");
            session.open(b, "# B\n\n## Problem\n\nUsers wait.\n");
            pull(session, a, null);
            pull(session, b, null);
            assertEquals(1, session.engine.callsFor(b).size());
            session.replace(a, "# A\n\n## Problem\n\nUsers wait longer.\n"); // not linted until asked
            session.replace(b, "# B\n\n## Problem\n\nUsers wait longer.\n");

            CountDownLatch blocked = session.engine.closeGate();
            CompletableFuture<?> busy = session.server.getTextDocumentService()
                    .codeLens(new CodeLensParams(new TextDocumentIdentifier(a)));
            assertTrue(blocked.await(20, TimeUnit.SECONDS), "the only worker is busy linting a");
            CompletableFuture<?> queued = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(b), new Position(0, 2)));
            String id = session.requestId("textDocument/hover");
            queued.cancel(true); // sends $/cancelRequest

            ResponseMessage response = session.awaitResponse(id);
            assertNotNull(response.getError(), "a cancelled request gets an error, not a result");
            assertEquals(ResponseErrorCode.RequestCancelled.getValue(), response.getError().getCode());

            session.engine.openGate();
            LspSession.get(busy);
            // one more request through the single worker: the cancelled one's turn has passed
            LspSession.get(session.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(a))));
            List<String> bTexts = new ArrayList<>();
            session.engine.callsFor(b).forEach(c -> bTexts.add(c.text()));
            assertEquals(List.of("# B\n\n## Problem\n\nUsers wait.\n"), bTexts, "the cancelled hover never linted b's new text");
        }
    }

    @Test
    void utf8ClientsGetColumnsInBytes() {
        String text = "---\ntemplate: ml-system-design\n---\n\n# Über 😀 ranking\n\n## Problem\n\nUsers wait.\n";
        String uri = "file:///tmp/rubric-lsp/utf8.md";
        try (LspSession utf8 = new LspSession(); LspSession utf16 = new LspSession()) {
            assertEquals("utf-8", utf8.initialize(caps -> caps.getGeneral().setPositionEncodings(List.of("utf-8", "utf-16")))
                    .getCapabilities().getPositionEncoding());
            assertEquals("utf-16", utf16.initialize(caps -> caps.getGeneral().setPositionEncodings(List.of("utf-16", "utf-8")))
                    .getCapabilities().getPositionEncoding());
            utf8.open(uri, text);
            utf16.open(uri, text);
            Diagnostic inBytes = missingBlock(utf8.client.awaitDiagnostics(uri, p -> true), "Monitoring");
            Diagnostic inUnits = missingBlock(utf16.client.awaitDiagnostics(uri, p -> true), "Monitoring");
            String title = "# Über 😀 ranking";
            assertEquals(title.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, inBytes.getRange().getEnd().getCharacter());
            assertEquals(title.length(), inUnits.getRange().getEnd().getCharacter());
            assertEquals(4, inBytes.getRange().getStart().getLine());
        }
    }

    private static DocumentDiagnosticReport pull(LspSession session, String previousResultId) {
        return pull(session, URI, previousResultId);
    }

    private static DocumentDiagnosticReport pull(LspSession session, String uri, String previousResultId) {
        DocumentDiagnosticParams params = new DocumentDiagnosticParams(new TextDocumentIdentifier(uri));
        params.setPreviousResultId(previousResultId);
        return LspSession.get(session.server.getTextDocumentService().diagnostic(params));
    }

    static Diagnostic missingBlock(PublishDiagnosticsParams published, String block) {
        return published.getDiagnostics().stream()
                .filter(d -> d.getMessage().startsWith("Missing block '" + block + "'"))
                .findFirst().orElseThrow(() -> new AssertionError("no missing-block for " + block + " in " + published));
    }
}
