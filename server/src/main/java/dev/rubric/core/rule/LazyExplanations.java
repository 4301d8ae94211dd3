package dev.rubric.core.rule;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The explanations of one lint by rule id, each made the first time it is read. A satisfied
 * concern costs a complete search for its evidence, which only {@code --explain}, the JSON
 * explanations and hover show; a plain lint never pays for it. Read-only; safe to read from
 * several threads (the language server's requests share a lint).
 */
public final class LazyExplanations extends AbstractMap<String, Explanation> {
    private final Map<String, Supplier<Explanation>> sources;
    private final Map<String, Explanation> made = new HashMap<>();

    /** @param sources by rule id, in the order the map lists them */
    public LazyExplanations(Map<String, Supplier<Explanation>> sources) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    @Override
    public synchronized Explanation get(Object rule) {
        Supplier<Explanation> source = sources.get(rule);
        if (source == null) return null;
        return made.computeIfAbsent((String) rule, k -> source.get());
    }

    @Override
    public boolean containsKey(Object rule) {
        return sources.containsKey(rule);
    }

    @Override
    public int size() {
        return sources.size();
    }

    @Override
    public Set<Entry<String, Explanation>> entrySet() {
        List<Entry<String, Explanation>> entries = new ArrayList<>(sources.size());
        for (String rule : sources.keySet()) entries.add(new SimpleImmutableEntry<>(rule, get(rule)));
        return Collections.unmodifiableSet(new LinkedHashSet<>(entries));
    }
}
