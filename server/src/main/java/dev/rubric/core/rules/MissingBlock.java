package dev.rubric.core.rules;

import dev.rubric.core.rule.Level;
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
        // a document that was matched to a template by guesswork and follows less than half of
        // it is not written to that template: its gaps are worth a note, not a warning each
        boolean guessed = ctx.mapping().detection().startsWith("auto");
        long required = template.blocks().stream().filter(Block::isRequired).count();
        long present = template.blocks().stream().filter(b -> b.isRequired() && ctx.mapping().isPresent(b)).count();
        Level level = guessed && present * 2 < required ? Level.NIT : Level.DOCUMENT;
        String hint = level == Level.NIT ? ", guessed: set `template:` in front matter or config to make gaps warnings" : "";
        for (Block block : ctx.mapping().missingRequiredBlocks()) {
            String where = neighbour(template, block, ctx);
            String expects = block.checklist().isEmpty() ? "" : " It should cover: " + String.join("; ", block.checklist()) + ".";
            ctx.report(level, ctx.document().anchorRange(),
                    "Missing block '" + block.title() + "' (template " + template.id() + hint + ")" + where
                            + ": add a section headed '" + block.title() + "'." + expects,
                    List.of(ctx.fixes().insertBlock(block)));
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
