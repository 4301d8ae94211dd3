package dev.rubric.core.model;

import dev.rubric.core.text.Range;
import java.util.Map;
import java.util.Optional;

/**
 * YAML front matter: its parsed keys (empty when absent or unparsable), its range, and a
 * parse error message when the YAML was malformed (a rule reports it, the lint goes on).
 */
public record FrontMatter(Map<String, Object> values, Range range, String error) {
    public static final FrontMatter NONE = new FrontMatter(Map.of(), null, null);

    public boolean present() {
        return range != null;
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }
}
