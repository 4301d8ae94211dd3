package dev.rubric.core.text;

/** A zero-based line and UTF-16 column, the coordinates LSP speaks by default. */
public record Position(int line, int column) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return (line + 1) + ":" + (column + 1);
    }
}
