package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace on disk: the initial scan, watched files, closing documents, config files and editor settings. */
class WorkspaceTest {
    private static final String MONITORING = "\n## Monitoring\n\nA dashboard of p99 latency and error rate; page on-call when errors exceed 1% for 5 minutes.\n";

    @TempDir
    Path root;

    @Test
    void startupLintsEveryWorkspaceFileExceptIgnoredOnes() throws IOException {
        write(".rubric.yaml", "ignore:\n  - \"drafts/**\"\n");
        Path a = write("docs/a.md", LspSession.resource("ranking.md"));
        Path draft = write("drafts/b.md", LspSession.resource("ranking.md"));
        Path hidden = write(".notes/c.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(uri(a), p -> true);
            assertNull(published.getVersion(), "a file no editor has open has no version");
            DiagnosticsTest.missingBlock(published, "Monitoring");
            awaitScan(session);
            assertTrue(session.client.publishedFor(uri(draft)).isEmpty(), "ignored by the config");
            assertTrue(session.client.publishedFor(uri(hidden)).isEmpty(), "hidden folders are not documents");
        }
    }

    @Test
    void watchesMarkdownAndConfigFiles() {
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            Registration watch = session.client.awaitRegistration().getRegistrations().stream()
                    .filter(r -> r.getMethod().equals("workspace/didChangeWatchedFiles")).findFirst().orElseThrow();
            String options = new Gson().toJson(watch.getRegisterOptions());
            assertTrue(options.contains("**/*.md"), options);
            assertTrue(options.contains("**/.rubric.{yaml,yml,json}"), options);
        }
    }

    @Test
    void filesChangedCreatedAndDeletedOnDiskAreFollowed() throws IOException {
        Path a = write("a.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            session.client.awaitDiagnostics(uri(a), p -> hasMissing(p, "Monitoring"));

            Files.writeString(a, LspSession.resource("ranking.md") + MONITORING);
            changed(session, a, FileChangeType.Changed);
            session.client.awaitLatestDiagnostics(uri(a), p -> !hasMissing(p, "Monitoring"));

            Path created = write("new/e.md", LspSession.resource("ranking.md"));
            changed(session, created, FileChangeType.Created);
            session.client.awaitDiagnostics(uri(created), p -> hasMissing(p, "Monitoring"));

            Files.delete(a);
            changed(session, a, FileChangeType.Deleted);
            session.client.awaitLatestDiagnostics(uri(a), p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void closingADocumentRevertsToItsStateOnDisk() throws IOException {
        Path a = write("a.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            awaitScan(session);
            session.open(uri(a), LspSession.resource("ranking.md") + MONITORING); // edited, not saved
            session.client.awaitLatestDiagnostics(uri(a), p -> Integer.valueOf(1).equals(p.getVersion()) && !hasMissing(p, "Monitoring"));

            session.close(uri(a));
            PublishDiagnosticsParams reverted = session.client.awaitLatestDiagnostics(uri(a), p -> p.getVersion() == null);
            assertTrue(hasMissing(reverted, "Monitoring"), "the file on disk still lacks Monitoring");

            String untitled = "untitled:Untitled-1";
            session.open(untitled, LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(untitled, p -> !p.getDiagnostics().isEmpty());
            session.close(untitled);
            session.client.awaitLatestDiagnostics(untitled, p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void aConfigChangeOnDiskRelintsTheDocumentsItAffects() throws IOException {
        Path config = write(".rubric.yaml", "rules:\n  monitoring: off\n");
        Path a = write("a.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            session.open(uri(a), LspSession.resource("ranking.md"));
            assertFalse(hasRule(session.client.awaitDiagnostics(uri(a), p -> Integer.valueOf(1).equals(p.getVersion())), "monitoring"));

            Files.writeString(config, "rules:\n  monitoring: error\n");
            changed(session, config, FileChangeType.Changed);
            PublishDiagnosticsParams relinted = session.client.awaitLatestDiagnostics(uri(a), p -> hasRule(p, "monitoring"));
            assertEquals(1, relinted.getVersion(), "the same version, linted again with the new config");
            assertEquals(DiagnosticSeverity.Error, rule(relinted, "monitoring").getSeverity());
        }
    }

    @Test
    void aBrokenConfigIsReportedWithFileAndLineAndTheLastGoodOneStays() throws IOException {
        Path config = write(".rubric.yaml", "rules:\n  monitoring: error\n");
        Path a = write("a.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            session.open(uri(a), LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(uri(a), p -> hasRule(p, "monitoring"));

            Files.writeString(config, "rules:\n  monitoring: loud\n");
            changed(session, config, FileChangeType.Changed);
            var shown = session.client.awaitShown(m -> m.getType() == MessageType.Error);
            assertTrue(shown.getMessage().contains(config.toString() + ":2:"), shown.getMessage());
            assertTrue(shown.getMessage().contains("loud"), shown.getMessage());
            assertTrue(shown.getMessage().contains("last good configuration"), shown.getMessage());

            session.replace(uri(a), LspSession.resource("ranking.md") + "\nMore text.\n");
            int v2 = session.version(uri(a));
            PublishDiagnosticsParams after = session.client.awaitDiagnostics(uri(a), p -> Integer.valueOf(v2).equals(p.getVersion()));
            assertEquals(DiagnosticSeverity.Error, rule(after, "monitoring").getSeverity(), "still linted with the last good config");

            Files.writeString(config, "rules:\n  monitoring: info\n");
            changed(session, config, FileChangeType.Changed);
            session.client.awaitLogged(m -> m.getMessage().contains("is valid again"));
            PublishDiagnosticsParams fixed = session.client.awaitLatestDiagnostics(uri(a),
                    p -> hasRule(p, "monitoring") && rule(p, "monitoring").getSeverity() == DiagnosticSeverity.Information);
            assertEquals(v2, fixed.getVersion());
        }
    }

    @Test
    void editorSettingsArePulledOnDidChangeConfigurationAndBadOnesAreRefused() {
        String doc = uri(root.resolve("a.md"));
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(doc, LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(doc, p -> hasRule(p, "monitoring"));

            session.client.settings = JsonParser.parseString("{\"rules\": {\"monitoring\": \"off\"}}");
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            session.client.awaitLatestDiagnostics(doc, p -> !hasRule(p, "monitoring"));
            assertFalse(session.client.snapshot(session.client.configurationRequests).isEmpty());

            session.client.settings = JsonParser.parseString("{\"rules\": {\"monitorng\": \"off\"}}");
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            var shown = session.client.awaitShown(m -> m.getMessage().contains("monitorng"));
            assertTrue(shown.getMessage().contains("did you mean 'monitoring'"), shown.getMessage());
            session.replace(doc, LspSession.resource("ranking.md") + "\nMore.\n");
            int v2 = session.version(doc);
            assertFalse(hasRule(session.client.awaitDiagnostics(doc, p -> Integer.valueOf(v2).equals(p.getVersion())), "monitoring"),
                    "the previous settings stay in force");
        }
    }

    @Test
    void pushedSettingsOutrankTheConfigFileButNotFrontMatter() throws IOException {
        write(".rubric.yaml", "template: design-doc\n");
        String plain = uri(root.resolve("plain.md"));
        String pinned = uri(root.resolve("pinned.md"));
        String body = "# Doc\n\n## Problem\n\nUsers wait.\n";
        try (LspSession session = new LspSession()) {
            // a client that cannot answer workspace/configuration pushes settings in the notification
            session.initialize(caps -> caps.getWorkspace().setConfiguration(false), List.of(root), null);
            session.open(plain, body);
            assertTrue(mentionsTemplate(session.client.awaitDiagnostics(plain, p -> true), "design-doc"), "the config file's template");

            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"rubric\": {\"template\": \"mle-five-block\"}}")));
            session.client.awaitLatestDiagnostics(plain, p -> mentionsTemplate(p, "mle-five-block"));

            session.open(pinned, "---\ntemplate: ml-infra\n---\n" + body);
            assertTrue(mentionsTemplate(session.client.awaitDiagnostics(pinned, p -> true), "ml-infra"), "front matter wins");
        }
    }

    @Test
    void pullClientsGetUnopenedFilesThroughWorkspaceDiagnostics() throws IOException {
        Path a = write("a.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(LspSession::pullDiagnostics, List.of(root), null);
            awaitScan(session);
            session.client.awaitUntil(() -> session.client.diagnosticRefreshes.get() > 0, "workspace/diagnostic/refresh");

            WorkspaceDiagnosticReport report = LspSession.get(session.server.getWorkspaceService().diagnostic(new WorkspaceDiagnosticParams(List.of())));
            assertEquals(1, report.getItems().size());
            var full = report.getItems().get(0).getWorkspaceFullDocumentDiagnosticReport();
            assertEquals(uri(a), full.getUri());
            assertTrue(full.getItems().stream().anyMatch(d -> d.getMessage().startsWith("Missing block 'Monitoring'")));

            WorkspaceDiagnosticReport again = LspSession.get(session.server.getWorkspaceService().diagnostic(
                    new WorkspaceDiagnosticParams(List.of(new PreviousResultId(uri(a), full.getResultId())))));
            assertTrue(again.getItems().get(0).isWorkspaceUnchangedDocumentDiagnosticReport());
            assertTrue(session.client.publishedFor(uri(a)).isEmpty(), "nothing pushed to a pull client");
        }
    }

    @Test
    void addedWorkspaceFoldersAreScanned() throws IOException {
        Path first = Files.createDirectories(root.resolve("one"));
        Path second = Files.createDirectories(root.resolve("two"));
        Path b = write("two/b.md", LspSession.resource("ranking.md"));
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(first), null);
            awaitScan(session);
            assertTrue(session.client.publishedFor(uri(b)).isEmpty());
            WorkspaceFoldersChangeEvent event = new WorkspaceFoldersChangeEvent(
                    List.of(new WorkspaceFolder(second.toUri().toString(), "two")), List.of());
            session.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(event));
            session.client.awaitDiagnostics(uri(b), p -> hasMissing(p, "Monitoring"));
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toAbsolutePath().normalize();
    }

    private static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    private static void changed(LspSession session, Path file, FileChangeType type) {
        session.server.getWorkspaceService().didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(List.of(new FileEvent(uri(file), type))));
    }

    private static void awaitScan(LspSession session) {
        session.client.awaitLogged(m -> m.getMessage().contains("Markdown file(s) in"));
        session.awaitIdle();
    }

    static boolean hasMissing(PublishDiagnosticsParams p, String block) {
        return p.getDiagnostics().stream().anyMatch(d -> d.getMessage().startsWith("Missing block '" + block + "'"));
    }

    static boolean hasRule(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().anyMatch(d -> rule.equals(d.getCode().getLeft()));
    }

    static Diagnostic rule(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
    }

    private static boolean mentionsTemplate(PublishDiagnosticsParams p, String template) {
        return p.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("(template " + template + ")"));
    }
}
