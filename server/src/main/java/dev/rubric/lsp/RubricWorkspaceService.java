package dev.rubric.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** workspace/* on the protocol side: settings, watched files, folders, symbols, commands, workspace diagnostics. */
final class RubricWorkspaceService implements WorkspaceService {
    private final RubricLanguageServer server;

    RubricWorkspaceService(RubricLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (!server.lifecycle().acceptsNotifications()) return;
        if (server.features().configurationRequests()) {
            // the pull model: the notification only says "something changed", the values are asked for
            server.fetchSettings().thenAccept(changed -> {
                if (changed) server.workspace().reconfigure(false);
            });
        } else if (server.configs().applySettings(EditorSettings.parse(params.getSettings()))) {
            server.workspace().reconfigure(false);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (!server.lifecycle().acceptsNotifications() || params.getChanges() == null) return;
        server.workspace().filesChanged(params.getChanges());
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (!server.lifecycle().acceptsNotifications() || params.getEvent() == null) return;
        server.workspace().foldersChanged(paths(params.getEvent().getAdded()), paths(params.getEvent().getRemoved()));
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return server.requests().run(cancel -> Either.forRight(server.symbols().workspaceSymbols(params.getQuery(),
                server.encoding(), cancel)));
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        return server.requests().run(cancel -> server.pull().workspace(params, cancel));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return server.requests()
                .run(cancel -> server.commands().execute(params, server.features(), server.encoding(), cancel))
                .thenCompose(applied -> applied);
    }

    private static List<Path> paths(List<WorkspaceFolder> folders) {
        List<Path> paths = new ArrayList<>();
        if (folders == null) return paths;
        folders.stream().map(f -> Documents.pathOf(f.getUri())).filter(Objects::nonNull).forEach(paths::add);
        return paths;
    }
}
