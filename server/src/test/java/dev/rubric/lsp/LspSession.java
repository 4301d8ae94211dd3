package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real server and an LSP4J client talking JSON-RPC over in-memory pipes. Tests drive the
 * client; the server runs exactly as under `rubric lsp`, with the lint engine observed.
 */
final class LspSession implements AutoCloseable {
    final TestClient client = new TestClient();
    final RecordingEngine engine = new RecordingEngine();
    final ServerLauncher.RunningServer running;
    final LanguageServer server;
    /** Every message the client received from the server, in order (requests, responses, notifications). */
    final List<Message> received = new CopyOnWriteArrayList<>();
    /** Every message the client sent. */
    final List<Message> sent = new CopyOnWriteArrayList<>();

    private final InMemoryPipe toServer = new InMemoryPipe();
    private final InMemoryPipe toClient = new InMemoryPipe();
    private final ExecutorService clientThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-client");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    LspSession(Consumer<ServerOptionsBuilder> options) {
        ServerOptionsBuilder builder = new ServerOptionsBuilder();
        options.accept(builder);
        running = ServerLauncher.start(toServer.in, toClient.out,
                new ServerOptions(engine, builder.workerThreads, builder.debounceMs));
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, toClient.in, toServer.out, clientThreads,
                consumer -> message -> {
                    (consumer instanceof RemoteEndpoint ? received : sent).add(message);
                    consumer.consume(message);
                });
        server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    LspSession() {
        this(o -> { });
    }

    static final class ServerOptionsBuilder {
        int workerThreads = 2;
        int debounceMs = 50;

        ServerOptionsBuilder workers(int n) {
            workerThreads = n;
            return this;
        }

        ServerOptionsBuilder debounce(int ms) {
            debounceMs = ms;
            return this;
        }
    }

    /** The server object itself, for waiting on its background work. */
    RubricLanguageServer serverObject() {
        return running.server();
    }

    // ---- lifecycle ----------------------------------------------------------------------

    InitializeResult initialize() {
        return initialize(caps -> { }, List.of(), null);
    }

    InitializeResult initialize(Consumer<ClientCapabilities> customize) {
        return initialize(customize, List.of(), null);
    }

    InitializeResult initialize(Consumer<ClientCapabilities> customize, List<Path> folders, Object initializationOptions) {
        ClientCapabilities caps = fullClient();
        customize.accept(caps);
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(caps);
        if (!folders.isEmpty()) {
            List<WorkspaceFolder> wf = new ArrayList<>();
            for (Path f : folders) wf.add(new WorkspaceFolder(f.toUri().toString(), f.getFileName().toString()));
            params.setWorkspaceFolders(wf);
        }
        params.setInitializationOptions(initializationOptions);
        InitializeResult result = get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    int shutdownAndExit() {
        get(server.shutdown());
        server.exit();
        return get(running.exitCode());
    }

    /** A client that says yes to everything Rubric can use, pushing diagnostics and speaking UTF-16. */
    static ClientCapabilities fullClient() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
        HoverCapabilities hover = new HoverCapabilities();
        hover.setContentFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
        text.setHover(hover);
        text.setCodeAction(new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of("quickfix", "refactor", "source"))), false));
        PublishDiagnosticsCapabilities publish = new PublishDiagnosticsCapabilities();
        publish.setVersionSupport(true);
        text.setPublishDiagnostics(publish);

        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setApplyEdit(true);
        workspace.setWorkspaceEdit(new WorkspaceEditCapabilities(true));
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        workspace.setConfiguration(true);
        workspace.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
        workspace.setWorkspaceFolders(true);

        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        caps.setWorkspace(workspace);
        caps.setGeneral(new GeneralClientCapabilities());
        return caps;
    }

    /** Turns the client into a pull-diagnostics client (textDocument/diagnostic, refresh support). */
    static void pullDiagnostics(ClientCapabilities caps) {
        caps.getTextDocument().setDiagnostic(new DiagnosticCapabilities(false, false));
        caps.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
    }

    // ---- documents ----------------------------------------------------------------------

    void open(String uri, String text) {
        versions.put(uri, 1);
        texts.put(uri, text);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    }

    /** Sends changes; returns the new version. {@code newText} is what the client now holds. */
    int change(String uri, String newText, List<TextDocumentContentChangeEvent> changes) {
        int version = versions.merge(uri, 1, Integer::sum);
        texts.put(uri, newText);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), changes));
        return version;
    }

    /** Replaces the whole text (a change without a range, valid under incremental sync). */
    int replace(String uri, String newText) {
        return change(uri, newText, List.of(new TextDocumentContentChangeEvent(newText)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    int version(String uri) {
        return versions.getOrDefault(uri, 0);
    }

    String text(String uri) {
        return texts.get(uri);
    }

    /**
     * Waits until the server has handled every notification sent so far and no diagnostics job
     * is scheduled or running. A request's answer proves the notifications before it were
     * handled: the server reads and dispatches messages in order on one thread.
     */
    void awaitIdle() {
        sync();
        get(serverObject().push().idle());
    }

    /** A round trip: returns once the server has dispatched everything sent before. */
    void sync() {
        get(server.getTextDocumentService().foldingRange(
                new org.eclipse.lsp4j.FoldingRangeRequestParams(new TextDocumentIdentifier("file:///sync/none.md"))));
    }

    /** The id the client gave the first request it sent for a method. */
    String requestId(String method) {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message m : sent) {
                if (m instanceof RequestMessage r && r.getMethod().equals(method)) return r.getId();
            }
            Thread.onSpinWait();
        }
        return fail("no " + method + " request was sent");
    }

    /** The response the server sent for a request id, waiting for it (polling the recorded stream). */
    ResponseMessage awaitResponse(String id) {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message m : received) {
                if (m instanceof ResponseMessage r && id.equals(r.getId())) return r;
            }
            try {
                Thread.sleep(5); // polling a recorded stream; no timing is asserted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("no response for request " + id);
    }

    // ---- helpers --------------------------------------------------------------------------

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            return fail("timed out waiting for a response");
        }
    }

    static String resource(String name) {
        try (InputStream in = LspSession.class.getResourceAsStream("/lsp/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource lsp/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The editor process dies: the server's input ends with no shutdown or exit. */
    void closePipesOnly() {
        toServer.close();
    }

    @Override
    public void close() {
        if (!running.exitCode().isDone()) {
            try {
                server.shutdown().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // already shut down, or the test broke the connection on purpose
            }
            server.exit();
        }
        toServer.close();
        toClient.close();
        clientThreads.shutdownNow();
    }
}
