package dev.rubric.lsp.abuse;

import static dev.rubric.lsp.abuse.RawClient.errorCode;
import static dev.rubric.lsp.abuse.RawClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Broken JSON-RPC against the real server: every request that can be identified gets a proper
 * JSON-RPC error, nothing kills the connection, and a normal request works afterwards.
 */
class MalformedRpcTest {
    private static final String DOC = "file:///abuse/doc.md";

    @Test
    void badJsonIsAnsweredWithAParseErrorAndTheServerKeepsServing() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            c.sendBody("{\"jsonrpc\":\"2.0\",\"id\":\"bad1\",\"method\":\"textDocument/hover\",\"params\":{");
            c.sendBody("this is not json at all");
            c.sendBody("[1,2,3]");
            c.sendBody("");
            c.sendBody("{\"jsonrpc\":\"2.0\",\"id\":\"bad2\",\"method\":\"textDocument/hover\",\"params\":{\"x\":}}");
            c.assertServing();
            assertEquals(-32700, errorCode(c.await("bad1")), "a request with broken JSON gets ParseError");
            assertEquals(-32700, errorCode(c.await("bad2")));
        }
    }

    @Test
    void framingErrorsDoNotDesynchroniseTheStream() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            // no Content-Length at all
            c.sendRaw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // a header that is not a number
            c.sendRaw("Content-Length: lots\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // a header line of garbage
            c.sendRaw("\u0000\u0001garbage\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            // a body that is not UTF-8
            byte[] body = {'{', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '}'};
            c.sendRaw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.sendRaw(body);
            c.assertServing();
        }
    }

    @Test
    void wrongParameterTypesGetInvalidParamsOrAnErrorNotACrash() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            c.open(DOC, "# Title\n\nSome text.\n");
            String[] bad = {
                    "{\"textDocument\":{\"uri\":\"" + DOC + "\"},\"position\":\"here\"}",
                    "{\"textDocument\":42,\"position\":{\"line\":0,\"character\":0}}",
                    "{\"textDocument\":{\"uri\":\"" + DOC + "\"},\"position\":{\"line\":\"zero\",\"character\":[]}}",
                    "[\"not\",\"an\",\"object\"]",
                    "\"just a string\"",
                    "null",
                    "{}",
            };
            for (String params : bad) {
                String id = c.request("textDocument/hover", com.google.gson.JsonParser.parseString(params));
                JsonObject r = c.await(id);
                assertTrue(r.has("error") || r.has("result"), "no proper response to hover " + params + ": " + r);
                if (r.has("error")) {
                    int code = errorCode(r);
                    assertTrue(code == -32602 || code == -32603 || code == -32700, "unexpected error " + r);
                }
            }
            JsonObject r = c.call("textDocument/codeAction", json("{\"textDocument\":{\"uri\":5},\"range\":7,\"context\":\"x\"}"));
            assertTrue(r.has("error") || r.has("result"));
            r = c.call("workspace/executeCommand", json("{\"command\":\"rubric.insertBlock\",\"arguments\":[1,{\"a\":[]},null]}"));
            assertTrue(r.has("error") || r.has("result"));
            r = c.call("workspace/executeCommand", json("{\"command\":{\"nested\":true}}"));
            assertTrue(r.has("error") || r.has("result"));
            // notifications with wrong types: nothing to answer, but the server must survive them
            c.notify("textDocument/didOpen", json("{\"textDocument\":{\"uri\":7,\"text\":{\"a\":1}}}"));
            c.notify("textDocument/didOpen", json("{\"textDocument\":null}"));
            c.notify("textDocument/didOpen", json("{}"));
            c.notify("textDocument/didChange", json("{\"textDocument\":{\"uri\":\"" + DOC + "\",\"version\":\"x\"},\"contentChanges\":5}"));
            c.notify("textDocument/didChange", json("{\"textDocument\":{\"uri\":\"" + DOC + "\",\"version\":2},\"contentChanges\":[{\"range\":{},\"text\":7}]}"));
            c.notify("textDocument/didClose", json("{\"textDocument\":{}}"));
            c.notify("workspace/didChangeWatchedFiles", json("{\"changes\":[{\"uri\":\"::::\",\"type\":99},{}]}"));
            c.notify("workspace/didChangeConfiguration", json("{\"settings\":[1,2,3]}"));
            c.notify("workspace/didChangeWorkspaceFolders", json("{\"event\":{\"added\":[{\"uri\":\"not a uri\"}],\"removed\":null}}"));
            c.notify("$/setTrace", json("{\"value\":{}}"));
            c.assertServing();
            // the document opened before is still served
            JsonObject hover = c.call("textDocument/hover", RawClient.docPosition(DOC, 0, 2));
            assertFalse(hover.has("error"), "hover after the abuse failed: " + hover);
        }
    }

    @Test
    void unknownMethodsGetMethodNotFound() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            assertEquals(-32601, errorCode(c.call("rubric/noSuchThing", new JsonObject())));
            c.notify("rubric/noSuchNotification", new JsonObject());
            c.notify("$/unknownDollarNotification", new JsonObject());
            c.assertServing();
        }
    }

    @Test
    void requestsBeforeInitializeAndAfterShutdownGetTheErrorsLspPrescribes() {
        try (RawClient c = new RawClient()) {
            assertEquals(-32002, errorCode(c.call("textDocument/hover", RawClient.docPosition(DOC, 0, 0))), "ServerNotInitialized");
            c.open(DOC, "# Dropped\n"); // a notification before initialize is dropped
            c.initialize();
            assertEquals(-32600, errorCode(c.call("initialize", json("{\"processId\":null,\"capabilities\":{}}"))),
                    "a second initialize is an InvalidRequest");
            c.assertServing();
            JsonObject shutdown = c.call("shutdown", null);
            assertTrue(shutdown.has("result"), "shutdown: " + shutdown);
            assertEquals(-32600, errorCode(c.call("textDocument/hover", RawClient.docPosition(DOC, 0, 0))), "InvalidRequest after shutdown");
            assertEquals(-32600, errorCode(c.call("shutdown", null)));
            c.open(DOC, "# Also dropped\n");
            c.notify("exit", null);
            assertEquals(0, RawClientSupport.exitCode(c));
        }
    }

    @Test
    void didChangeForAnUnopenedDocumentIsIgnoredWithAWarning() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            c.change("file:///abuse/never-opened.md", new com.google.gson.JsonArray());
            c.replace("file:///abuse/never-opened2.md", "# Text\n");
            c.notify("textDocument/didClose", json("{\"textDocument\":{\"uri\":\"file:///abuse/never-opened3.md\"}}"));
            c.assertServing();
            c.awaitUntil(() -> c.logMessages().stream().anyMatch(m -> m.contains("never-opened2.md") && m.contains("not open")),
                    "a warning about the unopened document");
            assertTrue(c.diagnosticsFor("file:///abuse/never-opened2.md").isEmpty(), "diagnostics for a document never opened");
        }
    }
}
