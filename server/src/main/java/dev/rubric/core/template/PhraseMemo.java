package dev.rubric.core.template;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A phrase of a template (a heading synonym, an evidence phrase) as the matching code spells
 * it, worked out once per phrase: templates are few and fixed, and every lint builds matchers
 * from them. The memo starts over past a cap, so a long-running server whose user templates
 * keep changing stays bounded. Thread-safe.
 */
final class PhraseMemo {
    private final Map<String, String> spelled = new ConcurrentHashMap<>();
    private final int cap;
    private final UnaryOperator<String> spelling;

    PhraseMemo(int cap, UnaryOperator<String> spelling) {
        this.cap = cap;
        this.spelling = spelling;
    }

    String of(String phrase) {
        String known = spelled.get(phrase);
        if (known != null) return known;
        String fresh = spelling.apply(phrase);
        if (spelled.size() >= cap) spelled.clear();
        spelled.put(phrase, fresh);
        return fresh;
    }
}
