package dev.rubric.core.rules;

import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.Block;
import dev.rubric.core.text.HeadingNormalizer;
import dev.rubric.core.template.SectionMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks appear in the template's order. Out-of-order blocks are those outside the longest
 * run that is in order, so one misplaced section yields one finding, not one per neighbour.
 */
public final class BlockOrder implements Rule {
    @Override
    public String id() {
        return "block-order";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Template blocks appear in the template's order.";
    }

    @Override
    public void check(RuleContext ctx) {
        List<Section> sections = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Block> seen = new ArrayList<>();
        for (Section s : ctx.document().topSections()) {
            SectionMapping m = ctx.mapping().of(s);
            if (m.source() != SectionMapping.Source.HEADING || seen.contains(m.block())) continue;
            seen.add(m.block());
            sections.add(s);
            positions.add(ctx.template().position(m.block()));
        }
        boolean[] inOrder = longestIncreasing(positions);
        for (int i = 0; i < sections.size(); i++) {
            if (inOrder[i]) continue;
            Block block = seen.get(i);
            String after = expectedAfter(seen, positions, inOrder, positions.get(i), ctx);
            String title = sections.get(i).title();
            String named = HeadingNormalizer.normalize(title).equals(HeadingNormalizer.normalize(block.title()))
                    ? "'" + title + "'" : "'" + title + "' (" + block.title() + ")";
            ctx.report(sections.get(i).headingRange(), named + " is out of order: the " + ctx.template().id()
                    + " template puts it " + after + ".");
        }
    }

    private static String expectedAfter(List<Block> blocks, List<Integer> positions, boolean[] inOrder, int pos, RuleContext ctx) {
        Block before = null;
        Block next = null;
        for (int j = 0; j < blocks.size(); j++) {
            if (!inOrder[j]) continue;
            if (positions.get(j) < pos) before = blocks.get(j);
            else if (next == null) next = blocks.get(j);
        }
        if (before != null && next != null) return "between '" + before.title() + "' and '" + next.title() + "'";
        if (before != null) return "after '" + before.title() + "'";
        if (next != null) return "before '" + next.title() + "'";
        return "elsewhere";
    }

    /** Marks the members of one longest strictly increasing subsequence (O(n²), n = blocks). */
    static boolean[] longestIncreasing(List<Integer> values) {
        int n = values.size();
        int[] length = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (values.get(j) < values.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    prev[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) best = i;
        }
        boolean[] member = new boolean[n];
        for (int i = best; i >= 0; i = prev[i]) member[i] = true;
        return member;
    }
}
