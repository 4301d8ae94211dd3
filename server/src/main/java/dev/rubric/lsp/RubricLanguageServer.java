package dev.rubric.lsp;

import dev.rubric.cli.Version;
import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Rubric's language server: the LSP lifecycle and the wiring of small services. Protocol
 * methods live in {@link RubricTextDocumentService} and {@link RubricWorkspaceService}; the
 * work is done by the providers, which adapt the core and hold no rule logic.
 */
public final class RubricLanguageServer implements LanguageServer, LanguageClientAware {
    static final String SETTINGS_SECTION = "rubric";
    /** Globs registered for didChangeWatchedFiles: documents, and config files (also ones other configs extend). */
    static final List<String> WATCHED_GLOBS = List.of("**/*.md", "**/*.markdown", "**/.rubric.{yaml,yml,json}",
            "**/*.rubric.{yaml,yml,json}");

    private final ServerLog log = new ServerLog();
    private final Lifecycle lifecycle = new Lifecycle();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final ExecutorService fileQueue;
    private final Documents documents = new Documents();
    private final UrgentRequests urgentRequests = new UrgentRequests();
    private final ConfigurationManager configs;
    private final Analyzer analyzer;
    private final Requests requests;
    private final PushDiagnostics push;
    private final WorkspaceFiles workspace;
    private final SymbolProvider symbols;
    private final CodeActionProvider codeActions;
    private final TemplateLensProvider lenses;
    private final HoverProvider hovers;
    private final CompletionProvider completions;
    private final FoldingProvider folding;
    private final InlayHintProvider inlayHints;
    private final ServerCommands commands;
    private final RubricTextDocumentService textDocumentService;
    private final RubricWorkspaceService workspaceService;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    private volatile LanguageClient client;
    private volatile ClientFeatures features = ClientFeatures.NONE;
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;
    private volatile PullDiagnostics pull;
    private volatile DiagnosticsDelivery delivery;

    public RubricLanguageServer(ServerOptions options) {
        workers = Executors.newFixedThreadPool(options.workerThreads(), daemon("rubric-worker"));
        timer = Executors.newSingleThreadScheduledExecutor(daemon("rubric-debounce"));
        fileQueue = Executors.newSingleThreadExecutor(daemon("rubric-files"));
        RuleRegistry rules = RuleRegistry.builtIn();
        // config files, what they extend and the templates they load are read only inside the workspace folders
        configs = new ConfigurationManager(new ConfigLoader(rules.ids(), new HashSet<>(TemplateRegistry.BUILT_IN),
                path -> workspace().mayRead(path)), log, options.defaultDebounceMs());
        analyzer = new Analyzer(options.engine(), configs, documents, log, urgentRequests);
        requests = new Requests(lifecycle, workers, log);
        push = new PushDiagnostics(documents, analyzer, log, () -> client, workers, timer, () -> encoding, configs::debounceMs,
                urgentRequests::holdNanos);
        delivery = push;
        pull = new PullDiagnostics(documents, analyzer, () -> client, () -> encoding, false);
        workspace = new WorkspaceFiles(documents, configs, analyzer, () -> delivery, log, fileQueue);
        symbols = new SymbolProvider(documents, analyzer, configs);
        codeActions = new CodeActionProvider(analyzer);
        lenses = new TemplateLensProvider(analyzer);
        hovers = new HoverProvider(analyzer, rules);
        completions = new CompletionProvider(analyzer);
        folding = new FoldingProvider(analyzer);
        inlayHints = new InlayHintProvider(analyzer);
        commands = new ServerCommands(analyzer, () -> client, log);
        textDocumentService = new RubricTextDocumentService(this);
        workspaceService = new RubricWorkspaceService(this);
    }

    public RubricLanguageServer() {
        this(ServerOptions.defaults());
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        log.connect(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        lifecycle.initialize();
        features = ClientFeatures.from(params.getCapabilities());
        encoding = PositionEncoding.negotiate(features.positionEncodings());
        log.setTrace(params.getTrace());
        workspace.setFolders(workspaceFolders(params));
        if (params.getInitializationOptions() != null) {
            configs.applySettings(EditorSettings.parse(params.getInitializationOptions()));
        }
        pull = new PullDiagnostics(documents, analyzer, () -> client, () -> encoding, features.diagnosticRefresh());
        delivery = features.pullDiagnostics() ? pull : push;
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("rubric", Version.get())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (!lifecycle.acceptsNotifications()) return;
        registerDynamicCapabilities();
        // settings first, so the first lint of the workspace already uses them
        fetchSettings().whenComplete((changed, error) -> workspace.scanAll());
        log.info("Rubric " + Version.get() + " ready: positions in " + encoding.kind() + ", diagnostics "
                + (delivery == pull ? "pulled by the client" : "pushed") + ", workspace folders " + workspace.folders());
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        lifecycle.checkServing();
        lifecycle.shutdown();
        delivery.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(lifecycle.exitCode());
        stopThreads();
    }

    @Override
    public void setTrace(SetTraceParams params) {
        log.setTrace(params.getValue());
    }

    // declared with the interface types: LSP4J finds the delegated methods through them
    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocumentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    /** Completes with the process exit code when the client sends exit (0 after shutdown, 1 otherwise). */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** The connection ended without an exit notification: same code as if exit had come now. */
    /**
     * Wraps the connection's message streams (both ways) so that the lints step aside while an
     * outline request is being answered; a connection not wrapped just never waits.
     */
    MessageConsumer watchUrgentRequests(MessageConsumer next) {
        return urgentRequests.watch(next);
    }

    void connectionClosed() {
        if (exitCode.complete(lifecycle.exitCode())) stopThreads();
    }

    /** Asks the client for the rubric.* settings (when it answers workspace/configuration) and applies them. */
    CompletableFuture<Boolean> fetchSettings() {
        LanguageClient c = client;
        if (!features.configurationRequests() || c == null) return CompletableFuture.completedFuture(false);
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SETTINGS_SECTION);
        return c.configuration(new ConfigurationParams(List.of(item)))
                .thenApply(values -> values == null || values.isEmpty() || values.get(0) == null
                        ? false : configs.applySettings(EditorSettings.parse(values.get(0))))
                .exceptionally(error -> {
                    log.warning("Rubric: could not read the editor settings: " + error);
                    return false;
                });
    }

    private ServerCapabilities capabilities() {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setPositionEncoding(encoding.kind());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        caps.setTextDocumentSync(sync);
        caps.setDocumentSymbolProvider(true);
        caps.setWorkspaceSymbolProvider(true);
        caps.setHoverProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setInlayHintProvider(true);
        caps.setCompletionProvider(new CompletionOptions(false, List.of("#", ":")));
        caps.setCodeActionProvider(new CodeActionOptions(CodeActionProvider.KINDS));
        caps.setCodeLensProvider(new CodeLensOptions(false));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(ServerCommands.ALL));
        if (features.pullDiagnostics()) {
            DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(false, true);
            diagnostics.setIdentifier(DiagnosticConverter.SOURCE);
            caps.setDiagnosticProvider(diagnostics);
        }
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(folders));
        return caps;
    }

    private void registerDynamicCapabilities() {
        LanguageClient c = client;
        if (c == null) return;
        List<Registration> registrations = new ArrayList<>();
        if (features.watchedFilesRegistration()) {
            List<FileSystemWatcher> watchers = WATCHED_GLOBS.stream()
                    .map(glob -> new FileSystemWatcher(Either.forLeft(glob))).toList();
            registrations.add(new Registration("rubric-watched-files", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers)));
        } else if (!workspace.folders().isEmpty()) {
            log.info("Rubric: the editor cannot watch files for the server; changes on disk are seen when a document closes.");
        }
        if (features.configurationRegistration()) {
            registrations.add(new Registration("rubric-configuration", "workspace/didChangeConfiguration", null));
        }
        if (!registrations.isEmpty()) {
            c.registerCapability(new RegistrationParams(registrations)).exceptionally(error -> {
                log.warning("Rubric: the editor refused to register " + registrations.size() + " capabilities: " + error);
                return null;
            });
        }
    }

    @SuppressWarnings("deprecation") // rootUri and rootPath: what clients without workspace folders still send
    private static List<Path> workspaceFolders(InitializeParams params) {
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Path p = Documents.pathOf(f.getUri());
                if (p != null) roots.add(p);
            }
        }
        if (roots.isEmpty() && params.getRootUri() != null) {
            Path p = Documents.pathOf(params.getRootUri());
            if (p != null) roots.add(p);
        }
        if (roots.isEmpty() && params.getRootPath() != null) {
            roots.add(Path.of(params.getRootPath()).toAbsolutePath().normalize());
        }
        return roots;
    }

    private void stopThreads() {
        timer.shutdownNow();
        fileQueue.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---- for the protocol services ------------------------------------------------------

    ServerLog log() {
        return log;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    Requests requests() {
        return requests;
    }

    Documents documents() {
        return documents;
    }

    ClientFeatures features() {
        return features;
    }

    PositionEncoding encoding() {
        return encoding;
    }

    DiagnosticsDelivery delivery() {
        return delivery;
    }

    PullDiagnostics pull() {
        return pull;
    }

    PushDiagnostics push() {
        return push;
    }

    ConfigurationManager configs() {
        return configs;
    }

    WorkspaceFiles workspace() {
        return workspace;
    }

    SymbolProvider symbols() {
        return symbols;
    }

    CodeActionProvider codeActions() {
        return codeActions;
    }

    TemplateLensProvider lenses() {
        return lenses;
    }

    HoverProvider hovers() {
        return hovers;
    }

    CompletionProvider completions() {
        return completions;
    }

    InlayHintProvider inlayHints() {
        return inlayHints;
    }

    FoldingProvider folding() {
        return folding;
    }

    ServerCommands commands() {
        return commands;
    }
}
