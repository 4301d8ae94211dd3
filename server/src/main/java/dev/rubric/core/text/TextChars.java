package dev.rubric.core.text;

import java.util.Arrays;

/**
 * A text searched lately on this thread, read once for all the expressions run over it: its
 * characters in an array, and where its words start. The rules run dozens of expressions over
 * each unit's text in a row, and most of them can only match at a word's start; with the
 * starts listed, each search visits the words of the text instead of its every character
 * (the character-by-character walk was branchy enough to cost 4–5 ns a character).
 */
final class TextChars {
    /** An array longer than this is let go at the next shorter text, so that a thread does not hold a large one for long. */
    private static final int MAX_KEPT = 1 << 16;
    /**
     * How many texts a thread keeps read: a rule alternates between a unit's text, its headings
     * and its source, and one kept text would be read again at each switch.
     */
    private static final int KEPT = 4;
    private static final PerThread<TextChars[]> RECENT = new PerThread<>(() -> {
        TextChars[] recent = new TextChars[KEPT];
        for (int i = 0; i < KEPT; i++) recent[i] = new TextChars();
        return recent;
    });
    /**
     * 1 for ASCII letters, digits and underscore (word characters under every java.util.regex
     * definition of {@code \b}'s), 0 for every other char: indexed by any char, with no range check.
     */
    private static final byte[] WORD_CHAR = new byte[Character.MAX_VALUE + 1];

    /** {@link LiteralPrefixes#fold(char)} of each ASCII character, by character: read per word start. */
    private static final char[] FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) FOLDED[c] = LiteralPrefixes.fold(c);
        for (char c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') WORD_CHAR[c] = 1;
        }
    }

    /** The text read, compared by identity (a String does not change). */
    private String text;
    private int length;
    private char[] chars = new char[1024];
    /** Where the text's words start, in order ({@link #wordStarts}); read on first need. */
    private int[] wordStarts = new int[256];
    private int wordCount;
    private boolean wordsRead;

    private TextChars() {
    }

    static boolean isAsciiWordChar(char c) {
        return WORD_CHAR[c] != 0;
    }

    /**
     * The three characters from {@code p} folded to lower case, as one number ({@code f0 << 14 |
     * f1 << 7 | f2}), or −1 when one of them is not ASCII or the text ends before the third.
     * Computed where a filter asks for it rather than for every word as the text is read: most
     * texts are searched by one expression, whose first filter rules out most words.
     */
    static int foldedTriple(char[] s, int p, int length) {
        if (p + 2 >= length) return -1;
        char first = s[p];
        char second = s[p + 1];
        char third = s[p + 2];
        return (first | second | third) < 128 ? FOLDED[first] << 14 | FOLDED[second] << 7 | FOLDED[third] : -1;
    }

    /**
     * This thread's reading of {@code text}: only read, and only until this thread's next call
     * (which may reuse it for another text).
     */
    static TextChars of(String text) {
        TextChars[] recent = RECENT.get();
        for (TextChars t : recent) {
            if (t.text == text) return t;
        }
        // the one read longest ago makes room: the entries are kept in the order they were read
        TextChars oldest = recent[KEPT - 1];
        System.arraycopy(recent, 0, recent, 1, KEPT - 1);
        recent[0] = oldest;
        oldest.read(text);
        return oldest;
    }

    private void read(String s) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, Math.min(2 * chars.length, MAX_KEPT))];
        } else if (chars.length > MAX_KEPT && n <= MAX_KEPT) {
            chars = new char[MAX_KEPT];
            wordStarts = new int[256];
        }
        s.getChars(0, n, chars, 0);
        text = s;
        length = n;
        wordsRead = false;
    }

    /** The characters, from index 0 to the text's length; the array may be longer. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Where the text's words start (an ASCII word character after none, or first in the text), in order; read up to {@link #wordCount}. */
    int[] wordStarts() {
        if (!wordsRead) readWords();
        return wordStarts;
    }

    int wordCount() {
        if (!wordsRead) readWords();
        return wordCount;
    }

    /** The index in {@link #wordStarts} of the first word starting at or after {@code from}; {@link #wordCount} if none. */
    int firstWordFrom(int from) {
        int[] starts = wordStarts();
        int lo = 0;
        int hi = wordCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void readWords() {
        // without branches on the characters: whether a word starts is too irregular to predict
        if (wordStarts.length < length / 2 + 1) wordStarts = new int[Math.max(length / 2 + 1, 2 * wordStarts.length)];
        int[] starts = wordStarts;
        int count = 0;
        int after = 0;
        for (int p = 0; p < length; p++) {
            int word = WORD_CHAR[chars[p]];
            starts[count] = p;
            count += word & ~after;
            after = word;
        }
        wordCount = count;
        wordsRead = true;
    }
}
