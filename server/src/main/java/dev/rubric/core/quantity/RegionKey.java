package dev.rubric.core.quantity;

/**
 * A reusable, allocation-free view of a region of the text, usable as a lookup key in maps and sets keyed by
 * {@link String}.
 *
 * <p>The parser looks up many short tokens ("ms", "users", "about") per number found; doing so with
 * {@code subSequence(...).toString()} would allocate a string per lookup. {@code HashMap.get(key)} only calls
 * {@code key.hashCode()} and {@code key.equals(storedString)}, so a key whose hash equals
 * {@link String#hashCode()} of the same characters and whose {@code equals} compares against strings works.
 * The relation is deliberately one-way (a String never equals a RegionKey): never store a RegionKey in a map.
 *
 * <p>In lower-case mode the region is compared as if lower-cased, to look up case-insensitive tables whose keys
 * are stored in lower case.
 */
final class RegionKey implements CharSequence {
    private CharSequence text = "";
    private int start;
    private int end;
    private boolean lowerCase;
    private int hash;

    RegionKey set(CharSequence text, int start, int end, boolean lowerCase) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.lowerCase = lowerCase;
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + fold(text.charAt(i));
        this.hash = h;
        return this;
    }

    private char fold(char c) {
        return lowerCase ? Chars.toLower(c) : c;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof String s) || s.length() != end - start) return false;
        for (int i = 0; i < s.length(); i++) {
            if (fold(text.charAt(start + i)) != s.charAt(i)) return false;
        }
        return true;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        return fold(text.charAt(start + index));
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().subSequence(from, to);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) b.append(fold(text.charAt(i)));
        return b.toString();
    }
}
