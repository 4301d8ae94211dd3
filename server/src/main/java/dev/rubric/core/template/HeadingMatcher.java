package dev.rubric.core.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches a heading against a template's blocks by their synonyms. */
public final class HeadingMatcher {
    private final Template template;
    private final Map<Block, List<String>> normalizedSynonyms = new LinkedHashMap<>();

    public HeadingMatcher(Template template) {
        this.template = template;
        for (Block b : template.blocks()) {
            List<String> syns = new ArrayList<>();
            syns.add(HeadingNormalizer.normalize(b.title()));
            for (String s : b.headings()) syns.add(HeadingNormalizer.normalize(s));
            normalizedSynonyms.put(b, syns);
        }
    }

    public Template template() {
        return template;
    }

    /**
     * Every block the heading names, best first. An exact match scores highest; otherwise a
     * synonym found as a whole phrase inside the heading scores by its length, so "Model
     * Monitoring" prefers "model monitoring" over "model".
     */
    public List<HeadingMatch> match(String heading) {
        String h = HeadingNormalizer.normalize(heading);
        if (h.isEmpty()) return List.of();
        String padded = " " + h + " ";
        List<HeadingMatch> matches = new ArrayList<>();
        for (Map.Entry<Block, List<String>> e : normalizedSynonyms.entrySet()) {
            int best = 0;
            String bestSyn = null;
            for (String syn : e.getValue()) {
                if (syn.isEmpty()) continue;
                int score = 0;
                if (h.equals(syn)) score = 1000 + syn.length();
                else if (padded.contains(" " + syn + " ")) score = syn.length() * 10 / Math.max(1, h.length() / 10 + 1) + syn.length();
                if (score > best) {
                    best = score;
                    bestSyn = syn;
                }
            }
            if (best > 0) matches.add(new HeadingMatch(e.getKey(), bestSyn, best));
        }
        matches.sort(Comparator.comparingInt(HeadingMatch::score).reversed());
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
