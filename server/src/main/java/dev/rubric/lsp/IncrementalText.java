package dev.rubric.lsp;

import dev.rubric.core.text.SplicedText;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies {@code textDocument/didChange} content changes to a text. Changes apply in order,
 * each to the result of the previous one, as LSP specifies; a change without a range
 * replaces the whole text. A single ranged change is also available unapplied
 * ({@link #splice}), as the language server holds a keystroke.
 */
final class IncrementalText {
    private IncrementalText() {
    }

    static String apply(String text, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            current = change.getRange() == null ? inserted(change) : splice(current, change, encoding).toString();
        }
        return current;
    }

    /** One change with a range, read in place: the text it makes is built when first asked for. */
    static SplicedText splice(String text, TextDocumentContentChangeEvent change, PositionEncoding encoding) {
        Coordinates coordinates = Coordinates.of(text, encoding);
        int start = coordinates.offset(change.getRange().getStart());
        int end = coordinates.offset(change.getRange().getEnd());
        if (end < start) {
            int swap = start;
            start = end;
            end = swap;
        }
        return new SplicedText(text, start, end, inserted(change));
    }

    private static String inserted(TextDocumentContentChangeEvent change) {
        return change.getText() == null ? "" : change.getText();
    }
}
