package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.cli.Main;
import dev.rubric.cli.Version;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TraceValue;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** initialize / initialized / shutdown / exit, exit codes, honest capabilities, trace, the lsp command. */
class LifecycleTest {

    @Test
    void initializeAnswersServerInfoAndTheCapabilitiesItImplements() {
        try (LspSession session = new LspSession()) {
            InitializeResult result = session.initialize();
            assertEquals("rubric", result.getServerInfo().getName());
            assertEquals(Version.get(), result.getServerInfo().getVersion());

            ServerCapabilities caps = result.getCapabilities();
            assertEquals(PositionEncodingKind.UTF16, caps.getPositionEncoding(), "UTF-16 unless the client prefers another");
            assertEquals(TextDocumentSyncKind.Incremental, caps.getTextDocumentSync().getRight().getChange());
            assertTrue(caps.getTextDocumentSync().getRight().getOpenClose());
            assertTrue(caps.getDocumentSymbolProvider().getLeft());
            assertTrue(caps.getWorkspaceSymbolProvider().getLeft());
            assertTrue(caps.getHoverProvider().getLeft());
            assertTrue(caps.getFoldingRangeProvider().getLeft());
            assertEquals(List.of("#", ":"), caps.getCompletionProvider().getTriggerCharacters());
            assertEquals(List.of("quickfix", "refactor.rewrite", "source.fixAll.rubric"),
                    caps.getCodeActionProvider().getRight().getCodeActionKinds());
            assertNotNull(caps.getCodeLensProvider());
            assertEquals(List.of("rubric.insertMissingBlocks"), caps.getExecuteCommandProvider().getCommands());
            assertNull(caps.getDiagnosticProvider(), "a push-only client is not offered pull diagnostics");
            // nothing claimed that is not implemented
            assertNull(caps.getDefinitionProvider());
            assertNull(caps.getDocumentFormattingProvider());
            assertNull(caps.getRenameProvider());
            assertNull(caps.getSemanticTokensProvider());

            session.client.awaitLogged(m -> m.getType() == MessageType.Info && m.getMessage().contains("ready"));
        }
    }

    @Test
    void pullCapableClientIsOfferedPullDiagnostics() {
        try (LspSession session = new LspSession()) {
            ServerCapabilities caps = session.initialize(LspSession::pullDiagnostics).getCapabilities();
            assertNotNull(caps.getDiagnosticProvider());
            assertEquals("rubric", caps.getDiagnosticProvider().getIdentifier());
            assertTrue(caps.getDiagnosticProvider().isWorkspaceDiagnostics());
        }
    }

    @Test
    void exitAfterShutdownEndsWithZero() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            assertEquals(0, session.shutdownAndExit());
        }
    }

    @Test
    void exitWithoutShutdownEndsWithOne() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.server.exit();
            assertEquals(1, LspSession.get(session.running.exitCode()));
        }
    }

    @Test
    void clientDisappearingWithoutExitEndsWithOne() {
        try (LspSession abandoned = new LspSession()) {
            abandoned.initialize();
            abandoned.closePipesOnly();
            assertEquals(1, LspSession.get(abandoned.running.exitCode()));
        }
    }

    @Test
    void requestsBeforeInitializeFailWithServerNotInitialized() {
        try (LspSession session = new LspSession()) {
            CompletableFuture<?> early = session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier("file:///x.md")));
            ResponseErrorException error = assertThrows(ResponseErrorException.class, () -> LspSession.get(early));
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), error.getResponseError().getCode());
        }
    }

    @Test
    void requestsAfterShutdownAreRefused() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            LspSession.get(session.server.shutdown());
            CompletableFuture<?> late = session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier("file:///x.md")));
            ResponseErrorException error = assertThrows(ResponseErrorException.class, () -> LspSession.get(late));
            assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error.getResponseError().getCode());
            session.server.exit();
            assertEquals(0, LspSession.get(session.running.exitCode()));
        }
    }

    @Test
    void setTraceTurnsOnLogTrace() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open("file:///tmp/untraced.md", "# T\n\n## Problem\n\nUsers wait.\n");
            session.client.awaitDiagnostics("file:///tmp/untraced.md", p -> true);
            assertTrue(session.client.snapshot(session.client.traces).isEmpty(), "no trace before $/setTrace");

            session.server.setTrace(new SetTraceParams(TraceValue.Verbose));
            session.open("file:///tmp/traced.md", "# T\n\n## Problem\n\nUsers wait.\n");
            var trace = session.client.awaitTrace(t -> t.getMessage().contains("file:///tmp/traced.md"));
            assertTrue(trace.getMessage().startsWith("published diagnostics"));
            assertNotNull(trace.getVerbose(), "verbose tracing carries detail");
        }
    }

    @Test
    void lspCommandServesOneConnectionOnALoopbackSocket() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"lsp", "--socket", String.valueOf(port)}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), new ByteArrayInputStream(new byte[0])));
        try (Socket socket = connectWithRetry(port)) {
            TestClient client = new TestClient();
            var launcher = LSPLauncher.createClientLauncher(client, socket.getInputStream(), socket.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setCapabilities(LspSession.fullClient());
            InitializeResult result = LspSession.get(server.initialize(params));
            assertEquals("rubric", result.getServerInfo().getName());
            server.initialized(new InitializedParams());
            LspSession.get(server.shutdown());
            server.exit();
            assertEquals(0, LspSession.get(exit));
        }
        assertTrue(err.toString().contains("listening on 127.0.0.1:" + port), err.toString());
    }

    @Test
    void lspCommandIsListedInHelp() {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()), new ByteArrayInputStream(new byte[0]));
        assertTrue(out.toString().contains("lsp"), out.toString());
        assertFalse(out.toString().isBlank());
    }

    private static Socket connectWithRetry(int port) throws Exception {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (true) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.onSpinWait(); // the command has not bound the port yet
                Thread.sleep(20);
            }
        }
    }
}
