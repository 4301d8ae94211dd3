package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config `rubric init` writes: loads cleanly, explains every key, and its commented examples work. */
class InitConfigTest {
    static final String RESOURCE = "/dev/rubric/config/init.rubric.yaml";
    private static final Pattern COMMENTED_RULE = Pattern.compile("^ {2}# ([a-z0-9-]+): ([a-z]+)\\b", Pattern.MULTILINE);

    @TempDir
    Path project;

    private final ConfigLoader loader = ConfigFixtures.loader();

    static String initText() throws IOException {
        try (InputStream in = InitConfigTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void loadsWithoutProblemsAndSetsOnlyTheTemplateAndAnIgnore() throws Exception {
        RubricConfig config = loader.parse(initText(), project.resolve(".rubric.yaml"));
        assertEquals(Optional.of("auto"), config.template());
        assertEquals(Map.of(), config.rules());
        assertEquals(List.of("**/node_modules/**"), config.ignore());
    }

    @Test
    void passesTheSchema() throws Exception {
        Path file = ConfigFixtures.write(project.resolve(".rubric.yaml"), initText());
        assertEquals(List.of(), new SchemaCheck().errors(file));
    }

    @Test
    void explainsEveryTopLevelKeyInAComment() throws Exception {
        String text = initText();
        for (String key : ConfigInterpreter.TOP_LEVEL_KEYS) {
            if (key.equals(ConfigInterpreter.SCHEMA)) continue; // for JSON editors only
            assertTrue(text.contains("\n# " + key + ": "), "no comment explaining '" + key + "'");
        }
    }

    @Test
    void listsEveryRuleCommentedOutWithASeverity() throws Exception {
        Map<String, String> listed = commentedRules(initText());
        assertEquals(ConfigFixtures.KNOWN_RULE_IDS, listed.keySet());
        listed.forEach((rule, severity) ->
                assertTrue(Severity.parse(severity).isPresent(), rule + " has no valid severity: " + severity));
    }

    @Test
    void listsEachRegisteredRuleWithItsActualDefaultSeverity() throws Exception {
        Map<String, String> listed = commentedRules(initText());
        for (dev.rubric.core.rule.Rule rule : dev.rubric.core.rule.RuleRegistry.builtIn().all()) {
            assertEquals(rule.defaultSeverity().id(), listed.get(rule.id()), "init.rubric.yaml's default for " + rule.id());
        }
    }

    @Test
    void uncommentingTheExamplesGivesAValidConfig() throws Exception {
        ConfigFixtures.write(project.resolve("templates/my-team.yaml"),
                "id: my-team\ntitle: My team\nblocks: [{id: a, title: A}]\n");
        // "  # - drafts/**" -> "  - drafts/**", "  #   template: x" -> "    template: x"
        String uncommented = initText().replaceAll("(?m)^( +)# (\\s*(?:- |[a-z-]+: ))", "$1$2");
        RubricConfig config = loader.parse(uncommented, project.resolve(".rubric.yaml"));

        Map<String, RuleSetting> expected = new LinkedHashMap<>();
        commentedRules(initText()).forEach((rule, severity) -> expected.put(rule, RuleSetting.of(Severity.parse(severity).orElseThrow())));
        assertEquals(expected, config.rules());
        assertEquals(List.of("**/node_modules/**", "drafts/**", "**/CHANGELOG.md"), config.ignore());
        assertEquals(List.of("my-team"), config.templates().stream().map(t -> t.id()).toList());
        assertEquals(RuleSetting.of(Severity.OFF),
                config.forDocument(project.resolve("interviews/a.md")).rules().get("rollback"));
    }

    private static Map<String, String> commentedRules(String text) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = COMMENTED_RULE.matcher(text);
        while (m.find()) rules.put(m.group(1), m.group(2));
        return rules;
    }
}
