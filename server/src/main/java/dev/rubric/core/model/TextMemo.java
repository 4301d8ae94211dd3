package dev.rubric.core.model;

/**
 * What is derived from a unit's text (its folded form, its quantities, whether the segment it
 * begins states a calculation), kept with the parser's reading of the block the unit comes from:
 * a later version of the document that reuses the block (the language server re-parses only the
 * chunks an edit changed) reuses it too, instead of scanning the same sentence again. The model
 * does not know what a value is; whoever keeps one must derive it from the text of that block
 * (a paragraph, a table) and nothing else. Thread-safe: a race computes an equal value twice.
 */
public final class TextMemo {
    private volatile String normalized;
    private volatile Object quantities;
    private volatile Object calculations;

    /** The unit's text with whitespace folded ({@link ProseUnit#normalized()}), or null when not yet kept. */
    String normalized() {
        return normalized;
    }

    void keepNormalized(String folded) {
        normalized = folded;
    }

    /** The quantities found in the unit's text, or null when not yet kept. */
    public Object quantities() {
        return quantities;
    }

    public void keepQuantities(Object found) {
        quantities = found;
    }

    /** What the calculation finder derived from the segment this unit begins (a sentence, a table row), or null when not yet kept. */
    public Object calculations() {
        return calculations;
    }

    public void keepCalculations(Object found) {
        calculations = found;
    }
}
