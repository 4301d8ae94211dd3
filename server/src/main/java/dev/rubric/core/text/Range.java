package dev.rubric.core.text;

/** A half-open span of a document, both as character offsets and as line/column positions. */
public record Range(int startOffset, int endOffset, Position start, Position end) {
    public boolean contains(int offset) {
        return offset >= startOffset && offset < endOffset;
    }

    public boolean intersects(int from, int to) {
        return startOffset < to && from < endOffset;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
