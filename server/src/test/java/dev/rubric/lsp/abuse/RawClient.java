package dev.rubric.lsp.abuse;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.rubric.lsp.InMemoryPipe;
import dev.rubric.lsp.LintEngine;
import dev.rubric.lsp.ServerLauncher;
import dev.rubric.lsp.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * An editor that speaks JSON-RPC by hand to the real Rubric server over in-memory pipes, so a
 * test can send anything: well-formed LSP, broken JSON, missing headers, wrong parameter types.
 * Everything the server sends is recorded; requests the server makes (configuration,
 * registerCapability, applyEdit) are answered like a plain editor would.
 */
final class RawClient implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final ServerLauncher.RunningServer running;
    private final InMemoryPipe toServer = new InMemoryPipe();
    private final InMemoryPipe toClient = new InMemoryPipe();
    private final OutputStream out = toServer.out;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, JsonObject> responses = new ConcurrentHashMap<>();
    /** Notifications from the server, in arrival order. */
    final List<JsonObject> notifications = new ArrayList<>();
    /** Requests from the server, in arrival order. */
    final List<JsonObject> serverRequests = new ArrayList<>();
    private final Thread reader;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private volatile String settingsJson = "null";

    RawClient(LintEngine engine, int debounceMs) {
        running = ServerLauncher.start(toServer.in, toClient.out, new ServerOptions(engine, 2, debounceMs));
        reader = new Thread(this::readLoop, "raw-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    RawClient() {
        this(LintEngine.core(), 20);
    }

    // ---- sending ----------------------------------------------------------------------------

    /** Writes bytes to the server's input exactly as given. */
    void sendRaw(byte[] bytes) {
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Frames a body with a correct Content-Length header. */
    void sendBody(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[header.length + body.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        sendRaw(all);
    }

    /** Sends a request; returns its id. */
    String request(String method, JsonElement params) {
        String id = "r" + ids.incrementAndGet();
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        if (params != null) m.add("params", params);
        sendBody(m.toString());
        return id;
    }

    void notify(String method, JsonElement params) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) m.add("params", params);
        sendBody(m.toString());
    }

    /** Sends a request and waits for its response (result or error). */
    JsonObject call(String method, JsonElement params) {
        return await(request(method, params));
    }

    JsonObject await(String id) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (this) {
            while (!responses.containsKey(id)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) fail("no response to request " + id + " within " + TIMEOUT);
                waitMs(left);
            }
        }
        return responses.get(id);
    }

    // ---- LSP conveniences -----------------------------------------------------------------

    JsonObject initialize(List<Path> folders) {
        JsonObject params = json("{\"processId\":null,\"capabilities\":{"
                + "\"textDocument\":{\"publishDiagnostics\":{\"versionSupport\":true},"
                + "\"hover\":{\"contentFormat\":[\"markdown\",\"plaintext\"]},"
                + "\"completion\":{\"completionItem\":{\"snippetSupport\":true}},"
                + "\"codeAction\":{\"codeActionLiteralSupport\":{\"codeActionKind\":{\"valueSet\":[\"quickfix\",\"refactor\",\"source\"]}}},"
                + "\"documentSymbol\":{\"hierarchicalDocumentSymbolSupport\":true}},"
                + "\"workspace\":{\"applyEdit\":true,\"workspaceEdit\":{\"documentChanges\":true},"
                + "\"didChangeWatchedFiles\":{\"dynamicRegistration\":true},\"configuration\":true,\"workspaceFolders\":true}}}");
        if (!folders.isEmpty()) {
            JsonArray wf = new JsonArray();
            for (Path f : folders) {
                JsonObject o = new JsonObject();
                o.addProperty("uri", f.toUri().toString());
                o.addProperty("name", f.getFileName().toString());
                wf.add(o);
            }
            params.add("workspaceFolders", wf);
        }
        JsonObject response = call("initialize", params);
        if (!response.has("result")) fail("initialize failed: " + response);
        notify("initialized", new JsonObject());
        return response;
    }

    JsonObject initialize() {
        return initialize(List.of());
    }

    void open(String uri, String text) {
        versions.put(uri, 1);
        notify("textDocument/didOpen", json("{\"textDocument\":{\"uri\":" + str(uri)
                + ",\"languageId\":\"markdown\",\"version\":1,\"text\":" + str(text) + "}}"));
    }

    /** Sends content changes (a JSON array); returns the new version. */
    int change(String uri, JsonArray changes) {
        int version = versions.merge(uri, 1, Integer::sum);
        JsonObject params = new JsonObject();
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        doc.addProperty("version", version);
        params.add("textDocument", doc);
        params.add("contentChanges", changes);
        notify("textDocument/didChange", params);
        return version;
    }

    int replace(String uri, String text) {
        JsonArray changes = new JsonArray();
        JsonObject c = new JsonObject();
        c.addProperty("text", text);
        changes.add(c);
        return change(uri, changes);
    }

    static JsonObject edit(int startLine, int startChar, int endLine, int endChar, String text) {
        JsonObject c = new JsonObject();
        c.add("range", range(startLine, startChar, endLine, endChar));
        c.addProperty("text", text);
        return c;
    }

    static JsonObject range(int startLine, int startChar, int endLine, int endChar) {
        JsonObject r = new JsonObject();
        r.add("start", position(startLine, startChar));
        r.add("end", position(endLine, endChar));
        return r;
    }

    static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    static JsonObject docPosition(String uri, int line, int character) {
        JsonObject p = new JsonObject();
        p.add("textDocument", json("{\"uri\":" + str(uri) + "}"));
        p.add("position", position(line, character));
        return p;
    }

    /** A request that always works once the server is up: the round trip proves it is serving. */
    void assertServing() {
        JsonObject r = call("textDocument/foldingRange", json("{\"textDocument\":{\"uri\":\"file:///serving/check.md\"}}"));
        if (!r.has("result")) fail("the server no longer answers a normal request: " + r);
    }

    void settings(String json) {
        settingsJson = json;
    }

    // ---- what the server sent -------------------------------------------------------------

    synchronized List<JsonObject> notifications(String method) {
        return notifications.stream().filter(n -> method.equals(n.get("method").getAsString())).toList();
    }

    synchronized List<JsonObject> diagnosticsFor(String uri) {
        return notifications("textDocument/publishDiagnostics").stream()
                .map(n -> n.getAsJsonObject("params"))
                .filter(p -> uri.equals(p.get("uri").getAsString()))
                .toList();
    }

    List<String> logMessages() {
        return notifications("window/logMessage").stream()
                .map(n -> n.getAsJsonObject("params").get("message").getAsString()).toList();
    }

    List<String> shownMessages() {
        return notifications("window/showMessage").stream()
                .map(n -> n.getAsJsonObject("params").get("message").getAsString()).toList();
    }

    /** Waits until the latest diagnostics for the URI match. */
    JsonObject awaitLatestDiagnostics(String uri, Predicate<JsonObject> matching) {
        awaitUntil(() -> {
            List<JsonObject> all = diagnosticsFor(uri);
            return !all.isEmpty() && matching.test(all.get(all.size() - 1));
        }, "latest diagnostics for " + uri + " to match");
        List<JsonObject> all = diagnosticsFor(uri);
        return all.get(all.size() - 1);
    }

    void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) fail("timed out waiting for " + what);
                waitMs(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        }
    }

    static int version(JsonObject publish) {
        JsonElement v = publish.get("version");
        return v == null || v.isJsonNull() ? -1 : v.getAsInt();
    }

    static List<String> rules(JsonObject publish) {
        List<String> rules = new ArrayList<>();
        for (JsonElement d : publish.getAsJsonArray("diagnostics")) {
            JsonElement code = d.getAsJsonObject().get("code");
            rules.add(code == null ? "" : code.getAsString());
        }
        return rules;
    }

    // ---- helpers -----------------------------------------------------------------------------

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    static String str(String s) {
        return new JsonPrimitive(s).toString();
    }

    static int errorCode(JsonObject response) {
        if (!response.has("error")) fail("expected an error response, got " + response);
        return response.getAsJsonObject("error").get("code").getAsInt();
    }

    private void waitMs(long nanos) {
        try {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private void readLoop() {
        InputStream in = toClient.in;
        try {
            while (true) {
                int length = -1;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                while (true) { // headers
                    int b = in.read();
                    if (b < 0) return;
                    if (b == '\n') {
                        String h = line.toString(StandardCharsets.US_ASCII).trim();
                        line.reset();
                        if (h.isEmpty()) break;
                        if (h.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(h.substring(15).trim());
                    } else {
                        line.write(b);
                    }
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) return;
                handle(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the connection ended
        }
    }

    private void handle(JsonObject m) {
        boolean hasId = m.has("id") && !m.get("id").isJsonNull();
        if (m.has("method") && hasId) {
            synchronized (this) {
                serverRequests.add(m);
                notifyAll();
            }
            answer(m);
        } else if (m.has("method")) {
            synchronized (this) {
                notifications.add(m);
                notifyAll();
            }
        } else {
            String id = m.has("id") && !m.get("id").isJsonNull() ? m.get("id").getAsString() : "null";
            synchronized (this) {
                responses.put(id, m);
                if (id.equals("null")) notifications.add(m); // errors the server could not tie to a request
                notifyAll();
            }
        }
    }

    private void answer(JsonObject request) {
        JsonObject reply = new JsonObject();
        reply.addProperty("jsonrpc", "2.0");
        reply.add("id", request.get("id"));
        String method = request.get("method").getAsString();
        if (method.equals("workspace/configuration")) {
            JsonArray values = new JsonArray();
            int n = request.getAsJsonObject("params").getAsJsonArray("items").size();
            for (int i = 0; i < n; i++) values.add(JsonParser.parseString(settingsJson));
            reply.add("result", values);
        } else if (method.equals("workspace/applyEdit")) {
            reply.add("result", json("{\"applied\":true}"));
        } else {
            reply.add("result", JsonNull.INSTANCE);
        }
        sendBody(reply.toString());
    }

    @Override
    public void close() {
        if (!running.exitCode().isDone()) {
            try {
                String id = request("shutdown", null);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (!responses.containsKey(id) && System.nanoTime() < deadline) Thread.sleep(5);
                notify("exit", null);
            } catch (Exception e) {
                // the test broke the connection on purpose
            }
        }
        toServer.close();
        toClient.close();
    }
}
