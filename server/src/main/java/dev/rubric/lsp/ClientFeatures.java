package dev.rubric.lsp;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * The client capabilities the server acts on, read once from {@code initialize} so the rest
 * of the server asks plain questions instead of walking nullable capability trees.
 */
record ClientFeatures(
        boolean pullDiagnostics,
        boolean diagnosticRefresh,
        boolean watchedFilesRegistration,
        boolean configurationRequests,
        boolean configurationRegistration,
        boolean hierarchicalSymbols,
        boolean snippets,
        boolean markdown,
        boolean documentChanges,
        boolean applyEdit,
        boolean codeLensRefresh,
        List<String> positionEncodings) {

    static final ClientFeatures NONE = from(null);

    static ClientFeatures from(ClientCapabilities capabilities) {
        Optional<ClientCapabilities> caps = Optional.ofNullable(capabilities);
        Optional<TextDocumentClientCapabilities> text = caps.map(ClientCapabilities::getTextDocument);
        Optional<WorkspaceClientCapabilities> workspace = caps.map(ClientCapabilities::getWorkspace);
        return new ClientFeatures(
                text.map(TextDocumentClientCapabilities::getDiagnostic).isPresent(),
                flag(workspace.map(w -> w.getDiagnostics()), d -> d.getRefreshSupport()),
                flag(workspace.map(w -> w.getDidChangeWatchedFiles()), w -> w.getDynamicRegistration()),
                flag(workspace, WorkspaceClientCapabilities::getConfiguration),
                flag(workspace.map(w -> w.getDidChangeConfiguration()), c -> c.getDynamicRegistration()),
                flag(text.map(t -> t.getDocumentSymbol()), s -> s.getHierarchicalDocumentSymbolSupport()),
                flag(text.map(t -> t.getCompletion()).map(c -> c.getCompletionItem()), i -> i.getSnippetSupport()),
                text.map(t -> t.getHover()).map(h -> h.getContentFormat())
                        .map(formats -> formats.contains(MarkupKind.MARKDOWN)).orElse(false),
                flag(workspace.map(w -> w.getWorkspaceEdit()), e -> e.getDocumentChanges()),
                flag(workspace, WorkspaceClientCapabilities::getApplyEdit),
                flag(workspace.map(w -> w.getCodeLens()), c -> c.getRefreshSupport()),
                caps.map(ClientCapabilities::getGeneral).map(g -> g.getPositionEncodings()).orElse(List.of()));
    }

    private static <T> boolean flag(Optional<T> holder, Function<T, Boolean> read) {
        return holder.map(read).orElse(false);
    }
}
