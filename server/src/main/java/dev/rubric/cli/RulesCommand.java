package dev.rubric.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", description = "Lists every rule with its default severity.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--format", description = "text or json (default: text)", defaultValue = "text")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            ObjectMapper json = new ObjectMapper();
            ArrayNode rules = json.createArrayNode();
            for (Rule r : RuleRegistry.builtIn().all()) {
                ObjectNode n = rules.addObject();
                n.put("id", r.id());
                n.put("severity", r.defaultSeverity().id());
                n.put("description", r.description());
                n.put("helpUri", RuleDocs.uri(r.id()));
            }
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(rules));
            return Main.OK;
        }
        if (!"text".equals(format)) throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        for (Rule r : RuleRegistry.builtIn().all()) {
            out.printf("%-22s %-8s %s%n", r.id(), r.defaultSeverity().id(), r.description());
        }
        return Main.OK;
    }
}
