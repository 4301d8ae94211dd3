package dev.rubric.lsp;

import dev.rubric.core.text.LineIndex;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the core's character offsets and LSP positions for one text, in the
 * negotiated encoding. Every position that crosses the protocol goes through one of these.
 */
final class Coordinates {
    private final LineIndex lines;
    private final PositionEncoding encoding;

    Coordinates(LineIndex lines, PositionEncoding encoding) {
        this.lines = lines;
        this.encoding = encoding;
    }

    static Coordinates of(String text, PositionEncoding encoding) {
        return new Coordinates(new LineIndex(text), encoding);
    }

    LineIndex lines() {
        return lines;
    }

    String text() {
        return lines.text();
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, lines.text().length()));
        return new Position(lines.lineOf(clamped), encoding.column(lines, clamped));
    }

    Range range(int startOffset, int endOffset) {
        return new Range(position(startOffset), position(endOffset));
    }

    Range range(dev.rubric.core.text.Range range) {
        return range(range.startOffset(), range.endOffset());
    }

    int offset(Position position) {
        return encoding.offset(lines, position.getLine(), position.getCharacter());
    }

    /** Whether an offset lies in a core range or at its end, where a cursor after the last character sits. */
    static boolean touches(dev.rubric.core.text.Range range, int offset) {
        return range.startOffset() <= offset && offset <= range.endOffset();
    }
}
