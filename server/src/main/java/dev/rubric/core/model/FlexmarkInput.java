package dev.rubric.core.model;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;

/**
 * A document's text as Flexmark's parser reads it, asking for its "full" segmented sequences
 * ({@link BasedOptionsHolder#F_FULL_SEGMENTED_SEQUENCES}): a paragraph whose lines Flexmark
 * strips of indentation (a list item's continuation lines) is read through one. The default
 * kind keeps its position cache in a {@link ThreadLocal} per sequence, so every one made
 * registers and drops a thread-local and every character read looks it up (6.5 % of a 200-line
 * lint's samples); the full kind maps positions in an array. The tree is the same.
 *
 * <p>Flexmark reads the options from the text it parses, so the text must carry them. Its own
 * carrier ({@code BasedOptionsSequence}) holds any {@code CharSequence}, and every character the
 * parser reads went through a second interface call; this one holds a String, read directly.
 */
final class FlexmarkInput implements CharSequence, BasedOptionsHolder {
    private static final int OPTIONS = F_FULL_SEGMENTED_SEQUENCES;
    private final String text;

    FlexmarkInput(String text) {
        this.text = text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int getOptionFlags() {
        return OPTIONS;
    }

    @Override
    public boolean allOptions(int options) {
        return (OPTIONS & options) == options;
    }

    @Override
    public boolean anyOptions(int options) {
        return (OPTIONS & options) != 0;
    }

    @Override
    public <T> T getOption(DataKeyBase<T> key) {
        return key.get(null);
    }

    @Override
    public DataHolder getOptions() {
        return null;
    }
}
