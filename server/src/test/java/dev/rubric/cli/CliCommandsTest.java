package dev.rubric.cli;

import static dev.rubric.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.config.RubricConfig;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules, explain, templates, init, --version, --help. */
class CliCommandsTest {
    @TempDir
    Path dir;

    @Test
    void rulesListsEveryRuleWithItsDefaultSeverity() {
        Cli.Result r = run("rules");
        assertEquals(0, r.code());
        List<Rule> rules = RuleRegistry.builtIn().all();
        assertEquals(rules.size(), r.outLines().size());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            assertEquals(String.format("%-22s %-8s %s", rule.id(), rule.defaultSeverity().id(), rule.description()), r.outLines().get(i));
        }
        assertTrue(r.out().contains("invalid-front-matter   error    Front matter is valid YAML and names a known template."));
    }

    @Test
    void rulesAsJson() throws Exception {
        Cli.Result r = run("rules", "--format", "json");
        assertEquals(0, r.code());
        JsonNode rules = new ObjectMapper().readTree(r.out());
        assertEquals(RuleRegistry.builtIn().all().size(), rules.size());
        JsonNode first = rules.get(0);
        assertEquals(RuleRegistry.builtIn().all().get(0).id(), first.get("id").asText());
        assertEquals(RuleDocs.uri(first.get("id").asText()), first.get("helpUri").asText());
        assertEquals(2, run("rules", "--format", "yaml").code());
    }

    @Test
    void explainShowsARulesPageOrItsDescription() {
        Cli.Result r = run("explain", "missing-block");
        assertEquals(0, r.code(), r.toString());
        String expected = RuleDocs.page("missing-block").orElse("missing-block (warning): Every required block of the template has a section.");
        assertEquals(expected.strip(), r.out().strip());
    }

    @Test
    void explainAnUnknownRuleExitsTwoListingTheKnownOnes() {
        Cli.Result r = run("explain", "no-such-rule");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("rubric: unknown rule 'no-such-rule'; known rules: " + String.join(", ", RuleRegistry.builtIn().ids()) + "\n", r.err());
        assertEquals(2, run("explain", "../../etc/passwd").code());
    }

    @Test
    void templatesListsTheBuiltInOnes() {
        Cli.Result r = run("templates");
        assertEquals(0, r.code());
        assertEquals(TemplateRegistry.BUILT_IN.size(), r.outLines().size());
        for (int i = 0; i < TemplateRegistry.BUILT_IN.size(); i++) {
            assertTrue(r.outLines().get(i).startsWith(TemplateRegistry.BUILT_IN.get(i) + " "), r.outLines().get(i));
        }
        assertTrue(r.out().contains("mle-five-block     "), r.out());
        assertTrue(r.out().contains("(5 blocks)"));
    }

    @Test
    void templatesWithAnIdListsItsBlocksInOrder() {
        Cli.Result r = run("templates", "mle-five-block");
        assertEquals(0, r.code());
        List<String> lines = r.outLines();
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("Five-block") || lines.get(0).contains(" — "), lines.get(0));
        assertTrue(lines.get(1).matches(" 1\\. Problem Definition\\s+required.*"), lines.get(1));
        assertTrue(lines.get(5).matches(" 5\\. Trade-off Summary\\s+required.*"), lines.get(5));
        Cli.Result unknown = run("templates", "nope");
        assertEquals(2, unknown.code());
        assertEquals("rubric: unknown template 'nope'; known: ml-system-design, mle-five-block, ml-infra, design-doc\n", unknown.err());
    }

    @Test
    void initWritesAConfigThatLoadsCleanly() throws Exception {
        Cli.Result r = run("init", dir.toString());
        assertEquals(0, r.code(), r.toString());
        Path written = dir.resolve(".rubric.yaml");
        assertEquals("wrote " + written + "\n", r.out());
        RubricConfig config = new ConfigLoader(RuleRegistry.builtIn().ids(), new HashSet<>(TemplateRegistry.BUILT_IN)).load(written);
        assertEquals("auto", config.template().orElse("auto"));
        // and a check run picks it up without complaint
        Cli.write(dir.resolve("a.md"), "# T\n\nText.\n");
        Cli.Result check = run("check", dir.resolve("a.md").toString());
        assertTrue(check.code() == 0 || check.code() == 1, check.toString());
        assertEquals("", check.err());
    }

    @Test
    void initRefusesToOverwriteWithoutForce() throws Exception {
        Path existing = Cli.write(dir.resolve(".rubric.yaml"), "rules: {}\n");
        Cli.Result r = run("init", dir.toString());
        assertEquals(2, r.code());
        assertEquals("rubric: " + existing + " already exists (use --force to overwrite)\n", r.err());
        assertEquals("rules: {}\n", Files.readString(existing));
        assertEquals(0, run("init", "--force", dir.toString()).code());
        assertTrue(Files.readString(existing).startsWith("# Rubric configuration, written by `rubric init`."));
    }

    @Test
    void initIntoAMissingFolderExitsTwo() {
        Path missing = dir.resolve("no/such/folder");
        Cli.Result r = run("init", missing.toString());
        assertEquals(2, r.code());
        assertEquals("rubric: not a directory: " + missing + "\n", r.err());
    }

    @Test
    void versionAndHelp() {
        Cli.Result v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("rubric \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), v.out());
        Cli.Result h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().startsWith("Usage: rubric "), h.out());
        for (String command : List.of("check", "rules", "explain", "templates", "init")) {
            assertTrue(h.out().contains("\n  " + command + " "), command);
        }
        Cli.Result checkHelp = run("check", "--help");
        assertEquals(0, checkHelp.code());
        assertTrue(checkHelp.out().contains("--max-warnings=N"), checkHelp.out());
        assertEquals(0, run("help", "check").code());
        for (String command : List.of("rules", "explain", "templates", "init")) {
            Cli.Result sub = run(command, "--help");
            assertEquals(0, sub.code(), command);
            assertTrue(sub.out().startsWith("Usage: rubric " + command), sub.out());
        }
    }

    /**
     * A command line that starts with a subcommand builds only that one (start-up); its help
     * and its errors must read as they do with every subcommand built, as `rubric help NAME`
     * and a wrong first word still build them all.
     */
    @Test
    void aSubcommandBuiltAloneReadsAsWithEveryOne() {
        for (String command : List.of("check", "rules", "explain", "templates", "init", "lsp", "report")) {
            assertEquals(run("help", command).out(), run(command, "--help").out(), command);
            assertEquals(1, Main.subcommandsFor(new String[] {command, "x"}).size(), command);
        }
        assertEquals(8, Main.subcommandsFor(new String[] {"help", "check"}).size());
        assertEquals(8, Main.subcommandsFor(new String[] {"--help"}).size());
        assertEquals(8, Main.subcommandsFor(new String[0]).size());
        Cli.Result typo = run("chek", "a.md");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("check"), "suggests the subcommand: " + typo.err());
        Cli.Result badOption = run("check", "--formt", "json");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().startsWith("Unknown option: '--formt'"), badOption.err());
    }
}
