package dev.rubric.lsp;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies {@code textDocument/didChange} content changes to a text. Changes apply in order,
 * each to the result of the previous one, as LSP specifies; a change without a range
 * replaces the whole text.
 */
final class IncrementalText {
    private IncrementalText() {
    }

    static String apply(String text, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            if (change.getRange() == null) {
                current = inserted;
                continue;
            }
            Coordinates coordinates = Coordinates.of(current, encoding);
            int start = coordinates.offset(change.getRange().getStart());
            int end = coordinates.offset(change.getRange().getEnd());
            if (end < start) {
                int swap = start;
                start = end;
                end = swap;
            }
            // one copy into a builder of the exact size (substrings would copy both halves first)
            current = new StringBuilder(current.length() - (end - start) + inserted.length())
                    .append(current, 0, start).append(inserted).append(current, end, current.length()).toString();
        }
        return current;
    }
}
