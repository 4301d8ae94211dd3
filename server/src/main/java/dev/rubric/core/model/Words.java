package dev.rubric.core.model;

/** Counts words the way a reader would: runs of letters or digits. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }
}
