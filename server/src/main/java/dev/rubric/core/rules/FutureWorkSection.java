package dev.rubric.core.rules;

import dev.rubric.core.fix.Fix;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A "Future Work" section in an ML design write-up: reviewers read it as unfinished design.
 * End with one concrete next-iteration sentence instead. RFC-style documents, where "future
 * possibilities" is a customary section, are left alone.
 */
public final class FutureWorkSection implements Rule {
    private static final Pattern FUTURE = Pattern.compile(
            "^(?:future work|future works|future improvements|future enhancements|future directions|future ideas|future scope|further work|future)$");
    private static final List<String> DEFAULT_TEMPLATES = List.of("mle-five-block", "ml-system-design", "ml-infra");

    @Override
    public String id() {
        return "future-work-section";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "ML design write-ups end with one concrete next step, not a Future Work section.";
    }

    @Override
    public void check(RuleContext ctx) {
        Object configured = ctx.options().get("templates");
        List<?> templates = configured instanceof List<?> l ? l : DEFAULT_TEMPLATES;
        if (!templates.contains(ctx.template().id())) return;
        for (Section s : ctx.document().sections()) {
            if (!FUTURE.matcher(s.normalizedTitle()).matches()) continue;
            ctx.report(s.headingRange(), "'" + s.title() + "' reads as unfinished design: replace it with one concrete"
                    + " next-iteration sentence, e.g. \"Next iteration: distil the ranker to cut p99 from 80 ms to 40 ms.\"",
                    nextStepFix(ctx, s));
        }
    }

    /** Replaces the section with its first sentence as a "Next iteration:" line (not applied unattended). */
    private Fix nextStepFix(RuleContext ctx, Section s) {
        List<ProseUnit> units = s.allUnits();
        String first = units.isEmpty() ? "___" : units.get(0).normalized().replaceFirst("^[-*•\\s]+", "");
        if (!first.endsWith(".")) first = first + ".";
        String text = ctx.document().text();
        int end = s.range().endOffset();
        String trailing = end < text.length() ? "\n" : "";
        return ctx.fixes().replace("Turn '" + s.title() + "' into a one-sentence next step",
                ctx.document().range(s.range().startOffset(), end), "Next iteration: " + first + "\n" + trailing, false);
    }
}
