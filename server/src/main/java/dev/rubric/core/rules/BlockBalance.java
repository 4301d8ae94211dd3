package dev.rubric.core.rules;

import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block holds most of the words while others are thin: reviewers call it misaligned
 * focus. Options: {@code maxShare} (default 0.6), {@code minWords} for the thinnest block
 * (default 40), {@code minBlocks} present before the rule applies (default 4).
 */
public final class BlockBalance implements Rule {
    @Override
    public String id() {
        return "block-balance";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "No single block holds most of the document while other blocks stay thin.";
    }

    /** A section's words, without subsections that fill another block (they count there). */
    private static int wordsOf(Section s, Block block, RuleContext ctx) {
        int words = s.ownWords();
        for (Section child : s.children()) {
            Block childBlock = ctx.mapping().blockOf(child).orElse(null);
            boolean elsewhere = childBlock != null && childBlock != block
                    && ctx.mapping().of(child).source() != dev.rubric.core.template.SectionMapping.Source.PARENT;
            if (!elsewhere) words += wordsOf(child, block, ctx);
        }
        return words;
    }

    @Override
    public void check(RuleContext ctx) {
        double maxShare = ctx.option("maxShare", 0.6);
        double minWords = ctx.option("minWords", 40);
        double minBlocks = ctx.option("minBlocks", 4);
        Map<Block, Integer> words = new LinkedHashMap<>();
        Map<Block, Section> firstSection = new LinkedHashMap<>();
        for (Block b : ctx.mapping().presentBlocks()) {
            int w = 0;
            for (Section s : ctx.mapping().sectionsOf(b)) w += wordsOf(s, b, ctx);
            words.put(b, w);
            firstSection.put(b, ctx.mapping().sectionsOf(b).get(0));
        }
        if (words.size() < minBlocks) return;
        int total = words.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return;
        Block biggest = null;
        for (Block b : words.keySet()) {
            if (biggest == null || words.get(b) > words.get(biggest)) biggest = b;
        }
        double share = (double) words.get(biggest) / total;
        List<String> thin = new ArrayList<>();
        for (Map.Entry<Block, Integer> e : words.entrySet()) {
            if (e.getKey() != biggest && e.getValue() < minWords) thin.add("'" + e.getKey().title() + "' (" + e.getValue() + (e.getValue() == 1 ? " word)" : " words)"));
        }
        if (share > maxShare && !thin.isEmpty()) {
            ctx.report(firstSection.get(biggest).headingRange(), String.format(
                    "'%s' holds %d%% of the document's words while %s %s thin: give each block comparable depth"
                            + " (e.g. a paragraph with its key figure) or trim this one.",
                    biggest.title(), Math.round(share * 100), String.join(", ", thin), thin.size() == 1 ? "is" : "are"));
        }
    }
}
