package dev.rubric.core.model;

/**
 * What the analysis derives from a unit's text alone (its quantities), kept with the parser's
 * reading of the block the unit comes from: a later version of the document that reuses the
 * block (the language server re-parses only the chunks an edit changed) reuses it too, instead
 * of scanning the same sentence again. The model does not know what the value is; whoever keeps
 * one must derive it from the text and nothing else. Thread-safe: a race computes an equal value
 * twice.
 */
public final class TextMemo {
    private volatile Object quantities;

    /** The quantities found in the unit's text, or null when not yet kept. */
    public Object quantities() {
        return quantities;
    }

    public void keepQuantities(Object found) {
        quantities = found;
    }
}
