package dev.rubric.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How loudly a finding is reported. OFF disables a rule. Ordered from quietest to loudest. */
public enum Severity {
    OFF, HINT, INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("warn")) t = "warning";
        if (t.equals("information")) t = "info";
        for (Severity s : values()) {
            if (s.id().equals(t)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
