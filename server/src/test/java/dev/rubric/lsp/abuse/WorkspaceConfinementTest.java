package dev.rubric.lsp.abuse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reads only inside its workspace folders: not files a watched-files event names
 * outside them, not a symbolic link (to a file or a folder) that leads out, not a config
 * above the folder or one that a workspace config extends from outside.
 */
class WorkspaceConfinementTest {
    private static final String DOC = "# Design\n\nLow latency for millions of users.\n";

    @Test
    void nothingOutsideTheWorkspaceIsRead(@TempDir Path tmp) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path root = Files.createDirectories(tmp.resolve("parent/workspace"));
        Files.writeString(outside.resolve("secret.md"), DOC);
        Files.writeString(outside.resolve("base.yaml"), "rules:\n  latency-budget: off\n");
        Files.writeString(outside.resolve("custom.yaml"), "id: custom\ntitle: Custom\nblocks:\n  - id: a\n    title: A\n");
        // a config above the workspace folder: not the workspace's to read
        Files.writeString(tmp.resolve("parent/.rubric.yaml"), "rules:\n  latency-budget: off\n");
        Files.writeString(root.resolve("doc.md"), DOC);
        Files.createSymbolicLink(root.resolve("link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("linked-folder"), outside);
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.writeString(sub.resolve(".rubric.yaml"), "extends: ../../../outside/base.yaml\ntemplates: [../../../outside/custom.yaml]\n");
        Files.writeString(sub.resolve("inner.md"), DOC);

        try (RawClient c = new RawClient()) {
            c.initialize(List.of(root));
            String doc = root.resolve("doc.md").toUri().toString();
            String inner = sub.resolve("inner.md").toUri().toString();
            // the workspace document: linted with the defaults (the parent's config was not read: latency-budget still runs)
            c.awaitLatestDiagnostics(doc, p -> RawClient.rules(p).contains("latency-budget"));
            // the sub-folder config's outside 'extends' and template are refused and said so; latency-budget stays on
            c.awaitUntil(() -> c.shownMessages().stream().anyMatch(m -> m.contains("outside the workspace")), "a refusal message");
            c.awaitLatestDiagnostics(inner, p -> RawClient.rules(p).contains("latency-budget"));

            // a watched-files event for a file outside, for the link and for a file behind the linked folder
            String[] uris = {outside.resolve("secret.md").toUri().toString(), root.resolve("link.md").toUri().toString(),
                    root.resolve("linked-folder/secret.md").toUri().toString()};
            Path marker = Files.writeString(root.resolve("marker.md"), DOC); // last in the batch: once it is published, the rest were handled
            StringBuilder changes = new StringBuilder();
            for (String u : uris) changes.append("{\"uri\":\"").append(u).append("\",\"type\":1},");
            changes.append("{\"uri\":\"").append(marker.toUri()).append("\",\"type\":1}");
            c.notify("workspace/didChangeWatchedFiles", RawClient.json("{\"changes\":[" + changes + "]}"));
            c.assertServing();
            c.awaitLatestDiagnostics(marker.toUri().toString(), p -> !p.getAsJsonArray("diagnostics").isEmpty());
            c.assertServing();
            for (String u : uris) {
                assertTrue(c.diagnosticsFor(u).stream().allMatch(p -> p.getAsJsonArray("diagnostics").isEmpty()),
                        "the server read and linted " + u);
            }
            assertFalse(c.logMessages().stream().anyMatch(m -> m.contains("secret")), c.logMessages().toString());
        }
    }
}
