package dev.rubric.core.model;

/** Counts words the way a reader would: runs of letters or digits. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }
}
