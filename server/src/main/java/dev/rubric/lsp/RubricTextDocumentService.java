package dev.rubric.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * textDocument/* on the protocol side: keeps the document store in sync on the message thread
 * (fast, in order) and hands every request to a provider on a worker thread.
 */
final class RubricTextDocumentService implements TextDocumentService {
    private final RubricLanguageServer server;

    RubricTextDocumentService(RubricLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (!server.lifecycle().acceptsNotifications()) return;
        var doc = params.getTextDocument();
        server.documents().open(doc.getUri(), doc.getVersion(), doc.getText());
        server.delivery().changed(doc.getUri(), false);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (!server.lifecycle().acceptsNotifications()) return;
        String uri = params.getTextDocument().getUri();
        Snapshot changed = server.documents().change(uri, params.getTextDocument().getVersion(), params.getContentChanges(),
                server.encoding());
        if (changed == null) {
            server.log().warning("Rubric: ignored a change to " + uri + ", which is not open");
            return;
        }
        server.delivery().changed(uri, true);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (!server.lifecycle().acceptsNotifications()) return;
        Snapshot closed = server.documents().close(params.getTextDocument().getUri());
        if (closed != null) server.workspace().documentClosed(closed);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the editor's copy stays authoritative while open; the disk state is read when it closes
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return server.requests().run(cancel -> server.pull().document(params, cancel));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return server.requests().run(cancel -> server.symbols().documentSymbols(params.getTextDocument().getUri(),
                server.features().hierarchicalSymbols(), server.encoding(), cancel));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return server.requests().run(cancel -> server.codeActions().actions(params, server.encoding(),
                server.features().documentChanges(), cancel));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return server.requests().run(cancel -> server.lenses().lenses(params.getTextDocument().getUri(), server.encoding(), cancel));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return server.requests().run(cancel -> server.hovers().hover(params.getTextDocument().getUri(), params.getPosition(),
                server.encoding(), server.features().markdown(), cancel));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return server.requests().run(cancel -> Either.forRight(server.completions().complete(params.getTextDocument().getUri(),
                params.getPosition(), server.encoding(), server.features().snippets(), cancel)));
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return server.requests().run(cancel -> server.folding().ranges(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return server.requests().run(cancel -> server.inlayHints().hints(params.getTextDocument().getUri(), params.getRange(),
                server.encoding(), cancel));
    }
}
