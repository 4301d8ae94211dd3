package dev.rubric.lsp;

import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Core text edits as a standard WorkspaceEdit: versioned document changes when the client
 * supports them (so an edit computed for an older version is refused rather than misapplied),
 * a plain changes map otherwise. Inserted line breaks follow the document's own (CRLF stays CRLF).
 */
final class WorkspaceEdits {
    private WorkspaceEdits() {
    }

    static WorkspaceEdit of(Snapshot snapshot, List<dev.rubric.core.fix.TextEdit> edits, PositionEncoding encoding,
                            boolean documentChanges) {
        Coordinates coordinates = Coordinates.of(snapshot.text(), encoding);
        boolean crlf = snapshot.text().contains("\r\n");
        List<TextEdit> converted = edits.stream().map(e -> new TextEdit(coordinates.range(e.range()),
                crlf ? e.newText().replace("\r\n", "\n").replace("\n", "\r\n") : e.newText())).toList();
        if (documentChanges) {
            TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(snapshot.uri(), snapshot.version()), converted);
            return new WorkspaceEdit(List.of(Either.forLeft(edit)));
        }
        return new WorkspaceEdit(Map.of(snapshot.uri(), converted));
    }
}
