package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.rule.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the text of one config file turns into, and how problems in it are reported. */
class ConfigParsingTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = ConfigFixtures.loader();

    private RubricConfig yaml(String text) throws ConfigException {
        return loader.parse(text, dir.resolve(".rubric.yaml"));
    }

    private List<String> problems(String text, String fileName) {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(text, dir.resolve(fileName)));
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    @Test
    void anEmptyFileIsNoSettingsNotAnError() throws ConfigException {
        for (String empty : List.of("", "\n\n", "# only a comment\n", "---\n", "null\n")) {
            RubricConfig config = yaml(empty);
            assertEquals(dir.resolve(".rubric.yaml"), config.file());
            assertEquals(Optional.empty(), config.template());
            assertEquals(Map.of(), config.rules());
        }
        assertEquals(Map.of(), loader.parse("", dir.resolve(".rubric.json")).rules());
    }

    @Test
    void aRuleCanBeSetByASeverityWordOrByAMapping() throws ConfigException {
        RubricConfig config = yaml("""
                rules:
                  latency-budget: error
                  rollback: warn
                  monitoring: information
                  vague-quantity: off
                  block-balance:
                    severity: info
                    options: { maxShare: 0.6 }
                  empty-section:
                    options: { placeholders: [TBD, "N/A"] }
                """);
        Map<String, RuleSetting> expected = new LinkedHashMap<>();
        expected.put("latency-budget", RuleSetting.of(Severity.ERROR));
        expected.put("rollback", RuleSetting.of(Severity.WARNING));
        expected.put("monitoring", RuleSetting.of(Severity.INFO));
        expected.put("vague-quantity", RuleSetting.of(Severity.OFF));
        expected.put("block-balance", new RuleSetting(Severity.INFO, Map.of("maxShare", 0.6)));
        expected.put("empty-section", new RuleSetting(null, Map.of("placeholders", List.of("TBD", "N/A"))));
        assertEquals(expected, config.rules());
    }

    @Test
    void optionsKeepEveryYamlKindAsAPlainJavaValueInTheAuthorsOrder() throws ConfigException {
        RubricConfig config = yaml("""
                rules:
                  block-balance:
                    options:
                      share: 0.6
                      blocks: 3
                      strict: true
                      mode: off
                      names: [a, b]
                      nested: { x: 1 }
                      nothing:
                """);
        Map<String, Object> options = config.rules().get("block-balance").options();
        assertEquals(List.of("share", "blocks", "strict", "mode", "names", "nested", "nothing"), List.copyOf(options.keySet()));
        assertEquals(Arrays.asList(0.6, 3, true, "off", List.of("a", "b"), Map.of("x", 1), null),
                Arrays.asList(options.values().toArray()));
    }

    @Test
    void yamlAndJsonSayTheSameThing() throws ConfigException {
        RubricConfig fromYaml = yaml("""
                template: ml-infra
                rules: { latency-budget: error, block-balance: { options: { maxShare: 0.6 } } }
                ignore: ["drafts/**"]
                """);
        RubricConfig fromJson = loader.parse("""
                {"template": "ml-infra",
                 "rules": {"latency-budget": "error", "block-balance": {"options": {"maxShare": 0.6}}},
                 "ignore": ["drafts/**"]}
                """, dir.resolve(".rubric.json"));
        assertEquals(fromYaml.template(), fromJson.template());
        assertEquals(fromYaml.rules(), fromJson.rules());
        assertEquals(fromYaml.ignore(), fromJson.ignore());
    }

    @Test
    void aKeyWithNoValueMeansTheKeyIsNotSet() throws ConfigException {
        RubricConfig config = yaml("template:\nrules:\nignore:\noverrides:\ntemplates:\nextends:\n");
        assertEquals(Optional.empty(), config.template());
        assertEquals(Map.of(), config.rules());
        assertEquals(List.of(), config.ignore());
    }

    @Test
    void anEmptyQuotedTemplateIsAnUnknownTemplateNotANotSetOne() {
        assertEquals(List.of("1:11: unknown template ''"), problems("template: \"\"", ".rubric.yaml"));
    }

    @Test
    void theSchemaKeyIsAcceptedAndIgnored() throws ConfigException {
        RubricConfig config = loader.parse("{\"$schema\": \"rubric.schema.json\", \"template\": \"auto\"}",
                dir.resolve(".rubric.json"));
        assertEquals(Optional.of("auto"), config.template());
    }

    @Test
    void everyProblemInAFileIsReportedAtOnceInLineOrder() {
        assertEquals(List.of(
                        "1:11: unknown template 'ml-infa'",
                        "2:1: unknown key 'rulez'",
                        "4:9: 'ignore' must be a list of globs, found a string",
                        "6:5: template file not found: 'missing.yaml'"),
                problems("""
                        template: ml-infa
                        rulez:
                          rollback: off
                        ignore: drafts
                        templates:
                          - missing.yaml
                        """, ".rubric.yaml"));
    }

    @Test
    void jsonProblemsAreLocatedToo() {
        assertEquals(List.of(
                        "2:4: unknown key 'rulez'",
                        "3:27: invalid severity 'eror' for rule 'rollback'"),
                problems("""
                        {
                           "rulez": {},
                           "rules": { "rollback": "eror" }
                        }
                        """, ".rubric.json"));
    }

    @Test
    void aYamlTabIsMalformedAtItsPosition() {
        assertEquals(List.of("2:1: malformed YAML: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation)"),
                problems("rules:\n\tmonitoring: error\n", ".rubric.yaml"));
    }

    @Test
    void aYamlAliasIsReportedRatherThanReadAsItsName() {
        assertEquals(List.of("3:12: YAML aliases are not supported: '*strict'"),
                problems("""
                        rules: &strict { rollback: error }
                        overrides:
                          - rules: *strict
                            files: ["a/**"]
                        """, ".rubric.yaml"));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws ConfigException {
        assertEquals(Optional.of("ml-infra"), yaml("\uFEFFtemplate: ml-infra\n").template());
    }

    @Test
    void theFileIsYamlUnlessItsNameEndsInJson() throws ConfigException {
        assertEquals(Optional.of("auto"), loader.parse("template: auto", dir.resolve(".rubric.yml")).template());
        assertEquals(List.of("1:9: malformed JSON: Unrecognized token 'template': was expecting"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                problems("template: auto", ".rubric.json"));
    }

    @Test
    void aCustomTemplateCanBeUsedByIdAtTheTopLevelAndInOverrides() throws ConfigException {
        ConfigFixtures.write(dir.resolve("templates/team.yaml"), """
                id: team
                title: Team template
                blocks:
                  - { id: problem, title: Problem }
                """);
        RubricConfig config = yaml("""
                template: team
                templates: [templates/team.yaml]
                overrides:
                  - files: ["rfcs/**"]
                    template: team
                """);
        assertEquals(Optional.of("team"), config.template());
        assertEquals(List.of("team"), config.templates().stream().map(t -> t.id()).toList());
        assertEquals("Team template", config.templates().get(0).title());
    }

    @Test
    void anInvalidCustomTemplateIsReportedAtItsPathWithTheTemplatesOwnMessage() {
        Path template = ConfigFixtures.write(dir.resolve("t.yaml"), "id: Not Kebab\ntitle: x\nblocks: [{id: a, title: A}]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> yaml("templates:\n  - t.yaml\n"));
        ConfigProblem problem = e.problems().get(0);
        assertEquals(List.of(2, 5), List.of(problem.line(), problem.column()));
        assertEquals("cannot use template 't.yaml': " + template + ": template id must be kebab-case, got 'Not Kebab'",
                problem.message());
    }

    @Test
    void everyProblemNamesTheConfigFileItIsIn() {
        Path file = dir.resolve("sub/.rubric.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse("rulez: {}", file));
        assertEquals(file, e.problems().get(0).file());
        assertTrue(e.getMessage().startsWith(file + ":1:1: unknown key 'rulez'"));
    }

    @Test
    void aMissingConfigFileIsAProblemNotACrash() {
        Path missing = dir.resolve("nope/.rubric.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(missing));
        assertEquals(List.of(new ConfigProblem(missing, 1, 1, "config file not found", "check the path: " + missing)),
                e.problems());
    }
}
