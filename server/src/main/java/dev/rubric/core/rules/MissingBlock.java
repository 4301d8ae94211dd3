package dev.rubric.core.rules;

import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.Template;
import java.util.List;

/** A required block of the template has no section. */
public final class MissingBlock implements Rule {
    @Override
    public String id() {
        return "missing-block";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Every required block of the template has a section.";
    }

    @Override
    public void check(RuleContext ctx) {
        Template template = ctx.template();
        for (Block block : ctx.mapping().missingRequiredBlocks()) {
            String where = neighbour(template, block, ctx);
            String expects = block.checklist().isEmpty() ? "" : " It should cover: " + String.join("; ", block.checklist()) + ".";
            ctx.report(ctx.document().anchorRange(),
                    "Missing block '" + block.title() + "' (template " + template.id() + ")" + where
                            + ": add a section headed '" + block.title() + "'." + expects,
                    ctx.fixes().insertBlock(block));
        }
    }

    private static String neighbour(Template template, Block block, RuleContext ctx) {
        List<Block> blocks = template.blocks();
        for (int i = blocks.indexOf(block) - 1; i >= 0; i--) {
            if (ctx.mapping().isPresent(blocks.get(i))) return ", expected after '" + blocks.get(i).title() + "'";
        }
        return "";
    }
}
