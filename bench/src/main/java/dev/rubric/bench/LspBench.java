package dev.rubric.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP client (LSP4J) driving the real server process over its stdio.
 *
 * <p>{@code latency}: opens a generated design doc, then types: each edit is one didChange
 * inserting one character in a prose line, and the clock runs from sending it to receiving
 * publishDiagnostics for that version; the configured debounce is subtracted. After each
 * edit's diagnostics it asks for documentSymbol (the analysis of that version is reused), then
 * for it once more (the answer is kept: the round trip alone) and for a hover (a small answer).
 * A second series sends documentSymbol right after the didChange, before the debounce fires, so
 * the request itself pays for analysing the new text.
 *
 * <p>{@code memory}: serves a workspace folder (e.g. 1,000 generated docs) in a JVM started
 * with the given flags (-Xmx256m), waits until the startup scan has published diagnostics for
 * every file, issues a few requests, then reads the heap after a full GC with jcmd.
 *
 * <pre>
 * java -cp benchmarks.jar dev.rubric.bench.LspBench latency --lines 5000 --edits 300 --warmup 100 --debounce 200 --out lsp.csv -- java -jar rubric.jar lsp
 * java -cp benchmarks.jar dev.rubric.bench.LspBench memory --workspace corpus/ --out memory.txt -- java -Xmx256m -jar rubric.jar lsp
 * </pre>
 */
public final class LspBench {
    private final Map<String, Map<Integer, CompletableFuture<Long>>> diagnostics = new ConcurrentHashMap<>();
    private final Set<String> urisWithDiagnostics = ConcurrentHashMap.newKeySet();
    private final List<String> serverLog = new ArrayList<>();
    private volatile int debounceMs = 200;
    private LanguageServer server;
    private Process process;

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        if (args.length < 2 || dash < 0) {
            System.err.println("usage: LspBench latency|memory [options] -- SERVER COMMAND...");
            System.exit(2);
        }
        String mode = args[0];
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 1; i < dash; i += 2) opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        List<String> command = Arrays.asList(args).subList(dash + 1, args.length);
        LspBench bench = new LspBench();
        int code = switch (mode) {
            case "latency" -> bench.latency(command, opts);
            case "memory" -> bench.memory(command, opts);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        System.exit(code);
    }

    // ---- the client side of the protocol --------------------------------------------------

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long now = System.nanoTime();
            urisWithDiagnostics.add(params.getUri());
            if (params.getVersion() == null) return;
            versionFuture(params.getUri(), params.getVersion()).complete(now);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
            log(params.getMessage());
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
            log(params.getMessage());
        }

        @Override
        public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
            JsonObject settings = new JsonObject();
            settings.add("debounceMs", new JsonPrimitive(debounceMs));
            List<Object> answers = new ArrayList<>();
            params.getItems().forEach(item -> answers.add(settings));
            return CompletableFuture.completedFuture(answers);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private synchronized void log(String message) {
        serverLog.add(message);
    }

    private CompletableFuture<Long> versionFuture(String uri, int version) {
        return diagnostics.computeIfAbsent(uri, k -> new ConcurrentHashMap<>()).computeIfAbsent(version, k -> new CompletableFuture<>());
    }

    private void start(List<String> command, Path workspace) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = pb.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        caps.setTextDocument(text);
        init.setCapabilities(caps);
        if (workspace != null) {
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), workspace.getFileName().toString())));
        }
        JsonObject options = new JsonObject();
        options.add("debounceMs", new JsonPrimitive(debounceMs));
        init.setInitializationOptions(options);
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    private int stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            return -1;
        }
        return process.exitValue();
    }

    // ---- keystroke -> diagnostics -------------------------------------------------------

    private int latency(List<String> command, Map<String, String> opts) throws Exception {
        int lines = Integer.parseInt(opts.getOrDefault("lines", "5000"));
        int edits = Integer.parseInt(opts.getOrDefault("edits", "300"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "100"));
        debounceMs = Integer.parseInt(opts.getOrDefault("debounce", "200"));
        Path out = Path.of(opts.getOrDefault("out", "lsp-latency.csv"));
        String doc = DesignDocGenerator.generate(11, lines);
        Path dir = Files.createTempDirectory("rubric-lsp-bench");
        Path file = dir.resolve("design.md");
        Files.writeString(file, doc);
        String uri = file.toUri().toString();

        long started = System.nanoTime();
        start(command, null);
        long initialized = System.nanoTime();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, doc)));
        long firstDiagnostics = versionFuture(uri, 1).get(120, TimeUnit.SECONDS);
        System.err.printf(Locale.ROOT, "server initialized in %.0f ms; first diagnostics %.0f ms after didOpen%n",
                (initialized - started) / 1e6, (firstDiagnostics - initialized) / 1e6);

        List<String> text = new ArrayList<>(doc.lines().toList());
        List<Integer> proseLines = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < text.size(); i++) {
            String l = text.get(i);
            if (l.startsWith("```")) inCode = !inCode;
            if (!inCode && !l.isBlank() && !l.startsWith("#") && !l.startsWith("|") && !l.startsWith("```") && !l.startsWith("---")) {
                proseLines.add(i);
            }
        }
        Random random = new Random(3);
        int version = 1;
        double[] diag = new double[edits];
        double[] symbolsAfter = new double[edits];
        double[] symbolsRacing = new double[edits];
        double[] diagRacing = new double[edits];
        double[] symbolsAgain = new double[edits];
        double[] hovers = new double[edits];
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        for (int series = 0; series < 2; series++) {
            for (int e = -warmup; e < edits; e++) {
                int line = proseLines.get(random.nextInt(proseLines.size()));
                int column = text.get(line).length();
                text.set(line, text.get(line) + "x");
                version++;
                TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                        new Range(new Position(line, column), new Position(line, column)), "x");
                CompletableFuture<Long> published = versionFuture(uri, version);
                long t0 = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
                if (series == 0) {
                    long t1 = published.get(60, TimeUnit.SECONDS);
                    long s0 = System.nanoTime();
                    server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)).get(60, TimeUnit.SECONDS);
                    long s1 = System.nanoTime();
                    // the same request again: the server answers with the outline it keeps, so this is
                    // the round trip alone (JSON both ways, the pipe, both sides' threads)
                    server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)).get(60, TimeUnit.SECONDS);
                    long s2 = System.nanoTime();
                    // a request with a small answer (hover on the title line: the template's coverage)
                    server.getTextDocumentService().hover(new HoverParams(id, new Position(0, 2))).get(60, TimeUnit.SECONDS);
                    long s3 = System.nanoTime();
                    if (e >= 0) {
                        symbolsAgain[e] = (s2 - s1) / 1e6;
                        hovers[e] = (s3 - s2) / 1e6;
                        diag[e] = (t1 - t0) / 1e6 - debounceMs;
                        symbolsAfter[e] = (s1 - s0) / 1e6;
                    }
                } else {
                    server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)).get(60, TimeUnit.SECONDS);
                    long s1 = System.nanoTime();
                    long t1 = published.get(60, TimeUnit.SECONDS);
                    if (e >= 0) {
                        symbolsRacing[e] = (s1 - t0) / 1e6;
                        diagRacing[e] = (t1 - t0) / 1e6 - debounceMs;
                    }
                }
            }
        }
        int exit = stop();

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("edit,diagnostics_ms_beyond_debounce,document_symbol_after_diagnostics_ms,document_symbol_right_after_edit_ms,"
                    + "diagnostics_ms_beyond_debounce_with_symbol_request,document_symbol_asked_again_ms,hover_ms");
            for (int e = 0; e < edits; e++) {
                w.printf(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f%n", e, diag[e], symbolsAfter[e], symbolsRacing[e], diagRacing[e],
                        symbolsAgain[e], hovers[e]);
            }
        }
        System.out.printf(Locale.ROOT, "doc: %d lines, %d edits measured after %d warm-up edits, debounce %d ms, server exit code %d%n",
                doc.lines().count(), edits, warmup, debounceMs, exit);
        summary("keystroke -> publishDiagnostics, beyond debounce", diag);
        summary("documentSymbol after that version's diagnostics", symbolsAfter);
        summary("  the same documentSymbol again (answer kept)", symbolsAgain);
        summary("  then hover on the title (small answer)", hovers);
        summary("documentSymbol sent right after didChange", symbolsRacing);
        summary("  (that series' diagnostics, beyond debounce)", diagRacing);
        return exit == 0 ? 0 : 1;
    }

    private static void summary(String what, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        System.out.printf(Locale.ROOT, "%-50s p50 %8.2f ms   p90 %8.2f ms   p99 %8.2f ms   max %8.2f ms%n", what,
                percentile(v, 50), percentile(v, 90), percentile(v, 99), v[v.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ---- a 1,000-doc workspace in a small heap ---------------------------------------------

    private int memory(List<String> command, Map<String, String> opts) throws Exception {
        Path workspace = Path.of(opts.get("workspace")).toAbsolutePath().normalize();
        Path out = Path.of(opts.getOrDefault("out", "memory.txt"));
        long files;
        List<Path> docs;
        try (Stream<Path> walk = Files.walk(workspace)) {
            docs = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        files = docs.size();
        long t0 = System.nanoTime();
        start(command, workspace);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (urisWithDiagnostics.size() < files && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(50);
        }
        long scanned = System.nanoTime();
        boolean complete = urisWithDiagnostics.size() >= files;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "workspace: %d Markdown files under %s%n", files, workspace));
        report.append(String.format(Locale.ROOT, "server command: %s%n", String.join(" ", command)));
        report.append(String.format(Locale.ROOT, "startup scan: diagnostics published for %d/%d files in %.1f s%n",
                urisWithDiagnostics.size(), files, (scanned - t0) / 1e9));

        // a few requests of the kinds an editor sends
        String first = docs.get(0).toUri().toString();
        TextDocumentIdentifier id = new TextDocumentIdentifier(first);
        int symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)).get(60, TimeUnit.SECONDS).size();
        var hover = server.getTextDocumentService().hover(new HoverParams(id, new Position(0, 3))).get(60, TimeUnit.SECONDS);
        var found = server.getWorkspaceService().symbol(new WorkspaceSymbolParams("monitoring")).get(60, TimeUnit.SECONDS);
        String text = Files.readString(docs.get(1));
        String second = docs.get(1).toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(second, "markdown", 1, text)));
        for (int v = 2; v <= 6; v++) {
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(second, v),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(2, 0), new Position(2, 0)), "Latency p99 < 80 ms. "))));
        }
        versionFuture(second, 6).get(60, TimeUnit.SECONDS);
        int workspaceSymbols = found.isLeft() ? found.getLeft().size() : found.getRight().size();
        report.append(String.format(Locale.ROOT, "requests: documentSymbol -> %d symbols; hover -> %s; workspace/symbol 'monitoring' -> %d; didOpen + 5 didChange -> diagnostics for version 6%n",
                symbols, hover == null ? "none" : "a hover", workspaceSymbols));

        long pid = process.pid();
        report.append(jcmd(pid, "GC.run"));
        Thread.sleep(500);
        String heap = jcmd(pid, "GC.heap_info");
        report.append("jcmd GC.heap_info after a full GC:\n").append(heap);
        boolean alive = process.isAlive();
        int exit = stop();
        boolean oom;
        synchronized (this) {
            oom = serverLog.stream().anyMatch(m -> m.contains("OutOfMemoryError"));
        }
        report.append(String.format(Locale.ROOT, "server alive after the requests: %s; OutOfMemoryError reported: %s; exit code after shutdown/exit: %d%n",
                alive, oom, exit));
        Files.writeString(out, report.toString());
        System.out.print(report);
        return complete && alive && !oom && exit == 0 ? 0 : 1;
    }

    private static String jcmd(long pid, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), what).redirectErrorStream(true).start();
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith(pid + ":")) sb.append("  ").append(line).append('\n');
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        return sb.toString();
    }
}
