package dev.rubric.core.template;

import dev.rubric.core.model.Section;
import dev.rubric.core.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches a heading against a template's blocks by their synonyms. */
public final class HeadingMatcher {
    private static final Comparator<HeadingMatch> BEST_FIRST = Comparator.comparingInt(HeadingMatch::score).reversed();
    private final Template template;
    private final Map<Block, List<String>> normalizedSynonyms = new LinkedHashMap<>();
    /** The same synonyms as " words ", for the phrase search: built once, not per heading. */
    private final Map<Block, List<String>> paddedSynonyms = new LinkedHashMap<>();

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
