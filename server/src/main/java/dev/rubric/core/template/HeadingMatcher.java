package dev.rubric.core.template;

import dev.rubric.core.model.Section;
import dev.rubric.core.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Matches a heading against a template's blocks by their synonyms. */
public final class HeadingMatcher {
    private static final Comparator<HeadingMatch> BEST_FIRST = Comparator.comparingInt(HeadingMatch::score).reversed();
    private final Template template;
    private final Map<Block, List<String>> normalizedSynonyms = new LinkedHashMap<>();
    /** The same synonyms as " words ", for the phrase search: built once, not per heading. */
    private final Map<Block, List<String>> paddedSynonyms = new LinkedHashMap<>();

    /** Matchers of the templates in use, by template identity (a template's equals compares all of it). */
    private static final Map<Template, HeadingMatcher> BY_TEMPLATE = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Templates whose matchers are kept: the built-in ones and a few of the user's; past it the cache starts over. */
    private static final int TEMPLATES_KEPT = 32;
    /** Headings whose matches a matcher keeps; past it the memo starts over. */
    private static final int HEADINGS_KEPT = 4096;
    /** The blocks a normalised heading names: the same in every lint, so worked out once per matcher. */
    private final Map<String, List<HeadingMatch>> byHeading = new ConcurrentHashMap<>();

    /**
     * The matcher of a template, shared by every lint that uses the template: headings rarely
     * change between two versions of a document, so what each names is worked out once.
     */
    public static HeadingMatcher of(Template template) {
        HeadingMatcher known = BY_TEMPLATE.get(template);
        if (known != null) return known;
        HeadingMatcher fresh = new HeadingMatcher(template);
        synchronized (BY_TEMPLATE) {
            if (BY_TEMPLATE.size() >= TEMPLATES_KEPT) BY_TEMPLATE.clear();
            BY_TEMPLATE.put(template, fresh);
        }
        return fresh;
    }

    public HeadingMatcher(Template template) {
        this.template = template;
        for (Block b : template.blocks()) {
            List<String> syns = new ArrayList<>();
            syns.add(normalizedSynonym(b.title()));
            for (String s : b.headings()) syns.add(normalizedSynonym(s));
            normalizedSynonyms.put(b, syns);
            List<String> padded = new ArrayList<>(syns.size());
            for (String syn : syns) padded.add(" " + syn + " ");
            paddedSynonyms.put(b, padded);
        }
    }

    public Template template() {
        return template;
    }

    /**
     * Template synonyms are few and fixed (built-in and configured templates), and a matcher is
     * built per template per lint: normalise each synonym once. Bounded, in case a long-running
     * server sees many custom templates come and go.
     */
    private static final PhraseMemo NORMALIZED_SYNONYMS = new PhraseMemo(8192, HeadingNormalizer::normalize);

    private static String normalizedSynonym(String synonym) {
        return synonym == null ? HeadingNormalizer.normalize(null) : NORMALIZED_SYNONYMS.of(synonym);
    }

    /**
     * Every block the heading names, best first. An exact match scores highest; otherwise a
     * synonym found as a whole phrase inside the heading scores by its length, so "Model
     * Monitoring" prefers "model monitoring" over "model".
     */
    public List<HeadingMatch> match(String heading) {
        return matchNormalized(HeadingNormalizer.normalize(heading));
    }

    /** {@link #match(String)} for a section's heading, normalised once per document. */
    public List<HeadingMatch> match(Section section) {
        return matchNormalized(section.normalizedTitle());
    }

    private List<HeadingMatch> matchNormalized(String h) {
        if (h.isEmpty()) return List.of();
        List<HeadingMatch> known = byHeading.get(h);
        if (known != null) return known;
        List<HeadingMatch> fresh = List.copyOf(matchesOf(h));
        if (byHeading.size() >= HEADINGS_KEPT) byHeading.clear();
        byHeading.put(h, fresh);
        return fresh;
    }

    private List<HeadingMatch> matchesOf(String h) {
        String padded = " " + h + " ";
        List<HeadingMatch> matches = null;
        for (Map.Entry<Block, List<String>> e : normalizedSynonyms.entrySet()) {
            int best = 0;
            String bestSyn = null;
            List<String> paddedSyns = paddedSynonyms.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                String syn = e.getValue().get(i);
                if (syn.isEmpty()) continue;
                int score = 0;
                if (h.equals(syn)) score = 1000 + syn.length();
                else if (padded.contains(paddedSyns.get(i))) score = syn.length() * 10 / Math.max(1, h.length() / 10 + 1) + syn.length();
                if (score > best) {
                    best = score;
                    bestSyn = syn;
                }
            }
            if (best > 0) {
                if (matches == null) matches = new ArrayList<>();
                matches.add(new HeadingMatch(e.getKey(), bestSyn, best));
            }
        }
        if (matches == null) return List.of();
        matches.sort(BEST_FIRST);
        return matches;
    }

    /**
     * Distinct blocks named by separate words of the heading ("Data and Model"): matches whose
     * synonyms do not overlap one another.
     */
    public List<Block> distinctBlocksNamed(String heading) {
        List<HeadingMatch> all = match(heading);
        List<Block> blocks = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (HeadingMatch m : all) {
            boolean overlaps = used.stream().anyMatch(u -> u.contains(m.synonym()) || m.synonym().contains(u));
            if (!overlaps) {
                blocks.add(m.block());
                used.add(m.synonym());
            }
        }
        return blocks;
    }
}
