package dev.rubric.core.rules;

import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.HeadingMatcher;
import java.util.List;

/** One section fills two blocks the template wants apart (five-block: data and model). */
public final class MergedBlocks implements Rule {
    @Override
    public String id() {
        return "merged-blocks";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Blocks the template keeps apart (e.g. Data Pipeline and Model Architecture) have sections of their own.";
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.template().neverMerge().isEmpty()) return;
        HeadingMatcher matcher = HeadingMatcher.of(ctx.template());
        for (Section s : ctx.document().sections()) {
            List<Block> named = matcher.distinctBlocksNamed(s.title());
            for (List<String> pair : ctx.template().neverMerge()) {
                Block a = ctx.template().block(pair.get(0)).orElseThrow();
                Block b = ctx.template().block(pair.get(1)).orElseThrow();
                if (named.contains(a) && named.contains(b)) {
                    ctx.report(s.headingRange(), "'" + s.title() + "' merges '" + a.title() + "' and '" + b.title()
                            + "': give each its own section (e.g. '## " + a.title() + "' for sources, labels and features, then '## "
                            + b.title() + "' for the model).");
                }
            }
        }
    }
}
