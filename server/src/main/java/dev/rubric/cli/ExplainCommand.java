package dev.rubric.cli;

import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = "Shows a rule's documentation: what it checks, why, how to fix it.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "a rule id, as listed by `rubric rules`")
    String ruleId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Rule> rule = RuleRegistry.builtIn().get(ruleId);
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("rubric: unknown rule '" + ruleId + "'; known rules: "
                    + String.join(", ", RuleRegistry.builtIn().ids()));
            return Main.USAGE_OR_IO;
        }
        var out = spec.commandLine().getOut();
        out.println(RuleDocs.page(ruleId).orElse(rule.get().id() + " (" + rule.get().defaultSeverity().id() + "): "
                + rule.get().description()));
        return Main.OK;
    }
}
