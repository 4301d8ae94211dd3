package dev.rubric.core.rules;

import dev.rubric.core.analysis.Placeholders;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;

/** A section left empty, holding only TBD / N/A, or still carrying a skeleton's blanks. */
public final class EmptySection implements Rule {
    @Override
    public String id() {
        return "empty-section";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Sections have content: not empty, not only TBD/TODO/N/A, no template blanks left in.";
    }

    @Override
    public void check(RuleContext ctx) {
        Section title = ctx.document().titleSection();
        for (Section s : ctx.document().sections()) {
            if (s == title) continue;
            boolean hasSubsections = !s.children().isEmpty();
            if (hasSubsections) {
                // a heading that only groups subsections is fine; one whose whole tree is unwritten is not
                if (Placeholders.isUnwritten(s) && s.children().stream().allMatch(Placeholders::isUnwritten)) {
                    report(ctx, s);
                }
                continue;
            }
            if (Placeholders.isUnwritten(s) && s.allUnits().stream().noneMatch(Placeholders::hasBlank)) {
                report(ctx, s);
            }
        }
        for (ProseUnit u : ctx.document().units()) {
            if (Placeholders.hasBlank(u)) {
                ctx.report(Level.DOCUMENT, u.range(),
                        "Template blank left in: replace '" + Placeholders.BLANK + "' in \"" + abbreviate(u.normalized())
                                + "\" with the real figure or text.",
                        ctx.fixes().suppressLine(id(), u.range()));
            }
        }
    }

    private void report(RuleContext ctx, Section s) {
        String block = ctx.mapping().blockOf(s).filter(b -> !b.checklist().isEmpty())
                .map(b -> " The '" + b.title() + "' block expects: " + String.join("; ", b.checklist()) + ".").orElse("");
        ctx.report(s.headingRange(), "Section '" + s.title() + "' " + Placeholders.describe(s)
                + ": write it, or remove the heading." + block);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
