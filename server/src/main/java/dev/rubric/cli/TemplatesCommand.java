package dev.rubric.cli;

import dev.rubric.core.template.Block;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "templates", description = "Lists the built-in templates, or one template's blocks.")
final class TemplatesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "show this template's blocks")
    String templateId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        TemplateRegistry registry = TemplateRegistry.builtIn();
        if (templateId == null) {
            for (Template t : registry.all()) {
                out.printf("%-18s %s (%d blocks)%n", t.id(), t.title(), t.blocks().size());
            }
            return Main.OK;
        }
        Optional<Template> t = registry.get(templateId);
        if (t.isEmpty()) {
            spec.commandLine().getErr().println("rubric: unknown template '" + templateId + "'; known: "
                    + String.join(", ", TemplateRegistry.BUILT_IN));
            return Main.USAGE_OR_IO;
        }
        out.println(t.get().title() + " — " + t.get().description());
        int i = 1;
        for (Block b : t.get().blocks()) {
            out.printf("%2d. %-28s %s%s%n", i++, b.title(), b.isRequired() ? "required" : "optional",
                    b.concerns().isEmpty() ? "" : "  home of: " + String.join(", ", b.concerns()));
        }
        return Main.OK;
    }
}
