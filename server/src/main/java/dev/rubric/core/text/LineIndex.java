package dev.rubric.core.text;

import java.util.Arrays;

/**
 * Maps character offsets of a text to line/column positions and back. Columns count UTF-16
 * code units, which is what a Java {@code char} is, so no conversion is needed for LSP's
 * default encoding.
 */
public final class LineIndex {
    private final String text;
    /** Where each line starts; only the first {@link #lineCount} entries are lines. */
    private final int[] lineStarts;
    private final int lineCount;

    public LineIndex(String text) {
        this.text = text;
        // sized for lines of about 32 characters, so a typical document's starts are not copied
        // to grow (an editor's document gets an index per version); not trimmed at the end
        int[] starts = new int[16 + text.length() / 32];
        int count = 0;
        starts[count++] = 0;
        if (text.indexOf('\r') < 0) {
            // the common case, LF only: String.indexOf scans far faster than a loop over chars
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                    starts[count++] = i + 1;
                }
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineCount;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineCount - 1))];
    }

    /** End of the line's content, before its line terminator. */
    public int lineEnd(int line) {
        int end = line + 1 < lineCount ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, 0, lineCount, clamp(offset));
        return idx >= 0 ? idx : -idx - 2;
    }

    public Position position(int offset) {
        int clamped = clamp(offset);
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    /** The offset of a position; positions past a line's end clamp to the end of that line. */
    public int offset(Position position) {
        if (position.line() < 0) return 0;
        if (position.line() >= lineCount) return text.length();
        int start = lineStarts[position.line()];
        int end = lineEnd(position.line());
        return Math.max(start, Math.min(start + Math.max(0, position.column()), end));
    }

    public Range range(int start, int end) {
        return new Range(start, end, position(start), position(end));
    }

    /**
     * {@link #range(int, int)} for a caller reading the text front to back: {@code nearLine} is
     * a line at or before {@code start} (the line of its last range), so the lines are found by
     * a few steps forward instead of a search of the whole index.
     */
    public Range range(int start, int end, int nearLine) {
        int startLine = lineAfter(start, nearLine);
        int endLine = lineAfter(end, startLine);
        return new Range(start, end, new Position(startLine, clamp(start) - lineStarts[startLine]),
                new Position(endLine, clamp(end) - lineStarts[endLine]));
    }

    /** The line of the offset, looked for from {@code from} forward when it is at or before it, else by a search. */
    private int lineAfter(int offset, int from) {
        int clamped = clamp(offset);
        if (from >= 0 && from < lineCount && lineStarts[from] <= clamped) {
            for (int line = from; line < from + 8; line++) {
                if (line + 1 >= lineCount || lineStarts[line + 1] > clamped) return line;
            }
        }
        return lineOf(clamped);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
