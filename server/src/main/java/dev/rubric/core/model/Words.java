package dev.rubric.core.model;

/** Counts words the way a reader would: runs of letters or digits. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        return text instanceof String s ? count(s) : count(text.toString());
    }

    /**
     * Counted without a branch per character: a word starts where a word character follows a
     * character that is not one (a reader's count of a whole document's words in one pass).
     */
    public static int count(String text) {
        int count = 0;
        int previous = 0; // 1 after a word character
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int word = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) ? 1 : 0;
            count += word & ~previous;
            previous = word;
        }
        return count;
    }

    /** 1 for an ASCII letter or digit, else 0. */
    private static final byte[] ASCII_WORD = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') ASCII_WORD[c] = 1;
        }
    }
}
