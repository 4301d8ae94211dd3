package dev.rubric.core.readiness;

/**
 * A readiness score in words, so a reader does not have to know what 72 means. The
 * thresholds are documented in docs/readiness.md.
 */
public enum ReadinessBand {
    READY("ready", 85),
    NEEDS_WORK("needs work", 60),
    NOT_READY("not ready", 0);

    private final String label;
    private final int minimum;

    ReadinessBand(String label, int minimum) {
        this.label = label;
        this.minimum = minimum;
    }

    public String label() {
        return label;
    }

    /** The lowest score in this band. */
    public int minimum() {
        return minimum;
    }

    public static ReadinessBand of(int score) {
        for (ReadinessBand band : values()) {
            if (score >= band.minimum) return band;
        }
        return NOT_READY;
    }
}
