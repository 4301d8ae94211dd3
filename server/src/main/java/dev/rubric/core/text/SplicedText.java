package dev.rubric.core.text;

import java.util.Objects;

/**
 * A text with one stretch replaced, read in place: {@code base} with {@code [start, end)} taken
 * out and {@code inserted} put there. The whole text is built only by {@link #toString()}. An
 * editor's keystroke in a long document would otherwise copy the document on the thread that
 * reads the next message — several times its size in allocation, since a Java string is
 * checked for Latin-1 as it is made — before a request sent with the keystroke is even read.
 */
public final class SplicedText implements CharSequence {
    private final String base;
    private final int start;
    private final int end;
    private final String inserted;
    private final int length;

    /**
     * @param start where the replaced stretch begins in {@code base}
     * @param end   where it ends; {@code start <= end <= base.length()}
     */
    public SplicedText(String base, int start, int end, String inserted) {
        this.base = Objects.requireNonNull(base);
        this.inserted = Objects.requireNonNull(inserted);
        if (start < 0 || start > end || end > base.length()) {
            throw new IndexOutOfBoundsException("stretch [" + start + ", " + end + ") of a text of " + base.length());
        }
        this.start = start;
        this.end = end;
        this.length = base.length() - (end - start) + inserted.length();
    }

    /** The text the stretch was replaced in. */
    public String base() {
        return base;
    }

    /** Where the replaced stretch begins, in the base and in this text alike. */
    public int start() {
        return start;
    }

    /** Where the replaced stretch ended in the base. */
    public int end() {
        return end;
    }

    /** What replaced it. */
    public String inserted() {
        return inserted;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) throw new IndexOutOfBoundsException("index " + index + " of a text of " + length);
        if (index < start) return base.charAt(index);
        int inInserted = index - start;
        if (inInserted < inserted.length()) return inserted.charAt(inInserted);
        return base.charAt(end + inInserted - inserted.length());
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return copy(from, to);
    }

    /** The whole text, built. */
    @Override
    public String toString() {
        return copy(0, length);
    }

    /** {@code [from, to)} of this text, built in one buffer of the exact size. */
    private String copy(int from, int to) {
        if (from < 0 || from > to || to > length) throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of a text of " + length);
        StringBuilder sb = new StringBuilder(to - from);
        int insertedEnd = start + inserted.length();
        if (from < start) sb.append(base, from, Math.min(to, start));
        if (from < insertedEnd && to > start) sb.append(inserted, Math.max(from, start) - start, Math.min(to, insertedEnd) - start);
        if (to > insertedEnd) {
            int shift = end - insertedEnd; // where this text's offsets past the insertion are in the base
            sb.append(base, Math.max(from, insertedEnd) + shift, to + shift);
        }
        return sb.toString();
    }
}
