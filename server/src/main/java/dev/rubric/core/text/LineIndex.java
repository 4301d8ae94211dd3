package dev.rubric.core.text;

import java.util.Arrays;

/**
 * Maps character offsets of a text to line/column positions and back. Columns count UTF-16
 * code units, which is what a Java {@code char} is, so no conversion is needed for LSP's
 * default encoding.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** End of the line's content, before its line terminator. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return idx >= 0 ? idx : -idx - 2;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    /** The offset of a position; positions past a line's end clamp to the end of that line. */
    public int offset(Position position) {
        if (position.line() < 0) return 0;
        if (position.line() >= lineStarts.length) return text.length();
        int start = lineStarts[position.line()];
        int end = lineEnd(position.line());
        return Math.max(start, Math.min(start + Math.max(0, position.column()), end));
    }

    public Range range(int start, int end) {
        return new Range(start, end, position(start), position(end));
    }
}
