package dev.rubric.core.rules;

import dev.rubric.core.model.FrontMatter;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import java.util.Optional;

/** Front matter that is not valid YAML, or that names a template no one defined. */
public final class InvalidFrontMatter implements Rule {
    @Override
    public String id() {
        return "invalid-front-matter";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Front matter is valid YAML and names a known template.";
    }

    @Override
    public void check(RuleContext ctx) {
        FrontMatter fm = ctx.document().frontMatter();
        if (!fm.present()) return;
        if (fm.error() != null) {
            ctx.report(fm.range(), fm.error() + "; the document was linted without it.");
            return;
        }
        Optional<String> name = fm.string("template");
        if (name.isPresent() && !name.get().trim().equals(ctx.template().id()) && !"auto".equals(name.get().trim())) {
            ctx.report(fm.range(), "Front matter names template '" + name.get().trim() + "', which is not defined; used '"
                    + ctx.template().id() + "' instead. Built-in templates: ml-system-design, mle-five-block, ml-infra, design-doc"
                    + " (custom ones come from the config's 'templates:').");
        }
    }
}
