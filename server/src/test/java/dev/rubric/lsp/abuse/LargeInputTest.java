package dev.rubric.lsp.abuse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs no design document has: huge, absurdly nested, binary, or very many. The server keeps serving. */
class LargeInputTest {
    private static final String SMALL = "file:///abuse/small.md";
    private static final String SMALL_TEXT = "# Design\n\nLow latency for millions of users.\n";

    @Test
    void aTwentyMegabyteDocumentIsKeptInSyncButNotAnalysed() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            String big = "file:///abuse/big.md";
            String line = "We serve 12k QPS at p99 < 150 ms for millions of users; rollback is a flag.\n";
            String text = "# Big\n\n" + line.repeat(20 * 1024 * 1024 / line.length());
            assertTrue(text.length() >= 20_000_000);
            c.open(big, text);
            c.open(SMALL, SMALL_TEXT);
            // the big document gets an empty set and a log line; the small one is linted as usual
            c.awaitLatestDiagnostics(big, p -> p.getAsJsonArray("diagnostics").isEmpty());
            c.awaitLatestDiagnostics(SMALL, p -> !p.getAsJsonArray("diagnostics").isEmpty());
            c.awaitUntil(() -> c.logMessages().stream().anyMatch(m -> m.contains("big.md") && m.contains("not analysed")),
                    "a log line about the document being too large");
            // edits to it are still applied: shrink it to a real document and it is linted again
            JsonArray edit = new JsonArray();
            edit.add(RawClient.edit(2, 0, 1_000_000, 0, "Low latency.\n"));
            c.change(big, edit);
            c.awaitLatestDiagnostics(big, p -> !p.getAsJsonArray("diagnostics").isEmpty());
            JsonObject hover = c.call("textDocument/hover", RawClient.docPosition(big, 0, 2));
            assertFalse(hover.has("error"), hover.toString());
        }
    }

    @Test
    void tenThousandDeepListsAndQuotesAreLintedAndServingContinues() {
        try (RawClient c = new RawClient()) {
            c.initialize();
            String quotes = "file:///abuse/quotes.md";
            String lists = "file:///abuse/lists.md";
            String ordered = "file:///abuse/ordered.md";
            c.open(quotes, "# Quotes\n\n" + "> ".repeat(10_000) + "low latency\n");
            c.open(lists, "# Lists\n\n" + "- ".repeat(10_000) + "low latency\n");
            c.open(ordered, "# Ordered\n\n" + "1. ".repeat(10_000) + "low latency\n");
            for (String uri : List.of(quotes, lists, ordered)) {
                JsonObject p = c.awaitLatestDiagnostics(uri, x -> !x.getAsJsonArray("diagnostics").isEmpty());
                assertFalse(RawClient.rules(p).isEmpty());
                JsonObject symbols = c.call("textDocument/documentSymbol", RawClient.json("{\"textDocument\":{\"uri\":\"" + uri + "\"}}"));
                assertFalse(symbols.has("error"), symbols.toString());
            }
            assertTrue(c.logMessages().stream().noneMatch(m -> m.contains("could not analyse")), c.logMessages().toString());
            c.assertServing();
        }
    }

    @Test
    void binaryAndInvalidUtf8FilesInTheWorkspaceAreSkipped(@TempDir Path root) throws IOException {
        Files.write(root.resolve("binary.md"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, (byte) 0xff, (byte) 0xfe, 0});
        Files.write(root.resolve("latin1.md"), "# Caf\u00e9\n\nd\u00e9j\u00e0 vu\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(root.resolve("truncated.md"), new byte[] {'#', ' ', 'x', '\n', (byte) 0xe2, (byte) 0x82});
        Files.writeString(root.resolve("good.md"), SMALL_TEXT);
        Files.write(root.resolve(".rubric.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 't', 0});
        try (RawClient c = new RawClient()) {
            c.initialize(List.of(root));
            String good = root.resolve("good.md").toUri().toString();
            c.awaitLatestDiagnostics(good, p -> !p.getAsJsonArray("diagnostics").isEmpty());
            for (String bad : List.of("binary.md", "latin1.md", "truncated.md")) {
                String uri = root.resolve(bad).toUri().toString();
                assertTrue(c.diagnosticsFor(uri).stream().allMatch(p -> p.getAsJsonArray("diagnostics").isEmpty()),
                        "findings for a file that is not UTF-8 text: " + bad);
            }
            // the broken config is reported (not UTF-8), the defaults apply
            c.awaitUntil(() -> c.shownMessages().stream().anyMatch(m -> m.contains(".rubric.yaml")), "a config error message");
            // and the editor can still open the same bytes as text (the editor decoded them, not us)
            c.open(root.resolve("latin1.md").toUri().toString(), "# Caf\ufffd\n\nd\ufffdj\ufffd vu\n\u0000\u0001\n");
            c.awaitLatestDiagnostics(root.resolve("latin1.md").toUri().toString(), p -> true);
            c.assertServing();
        }
    }

    @Test
    void fiveThousandFilesAreScannedWhileRequestsAreStillAnswered(@TempDir Path root) throws IOException {
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            Path dir = root.resolve("d" + i / 100);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("doc" + i + ".md"), "# Doc " + i + "\n\nLow latency for millions of users.\n");
        }
        try (RawClient c = new RawClient()) {
            long start = System.nanoTime();
            c.initialize(List.of(root));
            c.open(SMALL, SMALL_TEXT);
            c.assertServing(); // answered while thousands of lints are queued
            c.awaitLatestDiagnostics(SMALL, p -> !p.getAsJsonArray("diagnostics").isEmpty());
            c.awaitUntil(() -> c.logMessages().stream().anyMatch(m -> m.contains(n + " Markdown file(s)")), "the scan to finish");
            String last = root.resolve("d" + (n - 1) / 100).resolve("doc" + (n - 1) + ".md").toUri().toString();
            c.awaitLatestDiagnostics(last, p -> !p.getAsJsonArray("diagnostics").isEmpty());
            c.awaitUntil(() -> c.notifications("textDocument/publishDiagnostics").stream()
                    .map(x -> x.getAsJsonObject("params").get("uri").getAsString()).distinct().count() == n + 1,
                    "diagnostics for every file and the open document");
            c.assertServing();
            System.out.println("LargeInputTest: " + n + " files scanned and linted in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
