package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config that extends another: the extending file wins, lists add up, paths keep their folder. */
class ConfigExtendsTest {
    @TempDir
    Path root;

    private final ConfigLoader loader = ConfigFixtures.loader();

    @Test
    void theExtendingFilesSettingsWinAndTheRestIsInherited() throws ConfigException {
        ConfigFixtures.write(root.resolve(".rubric.yaml"), """
                template: ml-system-design
                rules:
                  monitoring: error
                  rollback: error
                """);
        Path project = ConfigFixtures.write(root.resolve("project/.rubric.yaml"), """
                extends: ../.rubric.yaml
                rules:
                  rollback: off
                """);
        RubricConfig config = loader.load(project);
        assertEquals(project, config.file());
        assertEquals(Optional.of("ml-system-design"), config.template());
        assertEquals(Map.of("monitoring", RuleSetting.of(Severity.ERROR), "rollback", RuleSetting.of(Severity.OFF)),
                config.rules());
    }

    @Test
    void ruleOptionsAreMergedKeyByKey() throws ConfigException {
        ConfigFixtures.write(root.resolve("base.rubric.yaml"), """
                rules:
                  block-balance: { severity: info, options: { maxShare: 0.5, minWords: 40 } }
                """);
        Path child = ConfigFixtures.write(root.resolve(".rubric.yaml"), """
                extends: base.rubric.yaml
                rules:
                  block-balance: { options: { maxShare: 0.7 } }
                """);
        assertEquals(new RuleSetting(Severity.INFO, Map.of("maxShare", 0.7, "minWords", 40)),
                loader.load(child).rules().get("block-balance"));
    }

    @Test
    void inheritedIgnoreGlobsStayRelativeToTheFolderOfTheFileThatWroteThem() throws ConfigException {
        ConfigFixtures.write(root.resolve("shared/base.rubric.yaml"), "ignore: [\"*.md\"]\n");
        Path child = ConfigFixtures.write(root.resolve(".rubric.yaml"), """
                extends: shared/base.rubric.yaml
                ignore: ["drafts/**"]
                """);
        RubricConfig config = loader.load(child);
        assertEquals(List.of("*.md", "drafts/**"), config.ignore());
        assertTrue(config.isIgnored(root.resolve("shared/notes.md")));
        assertFalse(config.isIgnored(root.resolve("notes.md")));
        assertTrue(config.isIgnored(root.resolve("drafts/notes.md")));
    }

    @Test
    void inheritedCustomTemplatesCanBeUsedAndReplacedById() throws ConfigException {
        ConfigFixtures.write(root.resolve("shared/templates/team.yaml"),
                "id: team\ntitle: Shared team template\nblocks: [{id: a, title: A}]\n");
        ConfigFixtures.write(root.resolve("shared/base.rubric.yaml"), "templates: [templates/team.yaml]\n");
        ConfigFixtures.write(root.resolve("templates/team.yaml"),
                "id: team\ntitle: Project team template\nblocks: [{id: b, title: B}]\n");
        Path usesInherited = ConfigFixtures.write(root.resolve("a/.rubric.yaml"),
                "extends: ../shared/base.rubric.yaml\ntemplate: team\n");
        Path replaces = ConfigFixtures.write(root.resolve(".rubric.yaml"),
                "extends: shared/base.rubric.yaml\ntemplates: [templates/team.yaml]\n");

        assertEquals(List.of("Shared team template"), titles(loader.load(usesInherited)));
        assertEquals(List.of("Project team template"), titles(loader.load(replaces)));
    }

    @Test
    void theExtendingFilesTopLevelWinsOverTheExtendedFilesOverrides() throws ConfigException {
        ConfigFixtures.write(root.resolve("base.rubric.yaml"), """
                overrides:
                  - files: ["interviews/**"]
                    template: mle-five-block
                    rules: { rollback: off }
                """);
        Path child = ConfigFixtures.write(root.resolve(".rubric.yaml"), """
                extends: base.rubric.yaml
                rules: { rollback: error }
                """);
        RubricConfig interview = loader.load(child).forDocument(root.resolve("interviews/a.md"));
        assertEquals(Optional.of("mle-five-block"), interview.template());
        assertEquals(RuleSetting.of(Severity.ERROR), interview.rules().get("rollback"));
    }

    @Test
    void extendsChainsThroughSeveralFiles() throws ConfigException {
        ConfigFixtures.write(root.resolve("org.rubric.yaml"), "template: design-doc\nrules: { monitoring: error }\n");
        ConfigFixtures.write(root.resolve("team.rubric.yaml"), "extends: org.rubric.yaml\nrules: { rollback: error }\n");
        Path project = ConfigFixtures.write(root.resolve(".rubric.yaml"), "extends: team.rubric.yaml\nrules: { monitoring: hint }\n");
        RubricConfig config = loader.load(project);
        assertEquals(Optional.of("design-doc"), config.template());
        assertEquals(Map.of("monitoring", RuleSetting.of(Severity.HINT), "rollback", RuleSetting.of(Severity.ERROR)),
                config.rules());
    }

    @Test
    void aFileThatExtendsItselfIsACycle() {
        Path self = ConfigFixtures.write(root.resolve(".rubric.yaml"), "extends: ./.rubric.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(self));
        assertEquals(List.of(new ConfigProblem(self, 1, 10, "'extends' forms a cycle: .rubric.yaml -> .rubric.yaml",
                "remove 'extends' from one of these files")), e.problems());
    }

    @Test
    void aCycleThroughFoldersNamesTheFilesRelativeToTheOneWhereItCloses() {
        Path top = ConfigFixtures.write(root.resolve(".rubric.yaml"), "extends: a/.rubric.yaml\n");
        Path nested = ConfigFixtures.write(root.resolve("a/.rubric.yaml"), "extends: ../.rubric.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(top));
        assertEquals(List.of(
                        top + ":1:10: extended config 'a/.rubric.yaml' has 1 problem"
                                + " (hint: they are reported at their place in that file)",
                        nested + ":1:10: 'extends' forms a cycle: ../.rubric.yaml -> .rubric.yaml -> ../.rubric.yaml"
                                + " (hint: remove 'extends' from one of these files)"),
                e.problems().stream().map(ConfigProblem::toString).toList());
    }

    @Test
    void parsedTextExtendsRelativeToThePretendFilesFolder() throws ConfigException {
        ConfigFixtures.write(root.resolve("docs/base.rubric.yaml"), "template: ml-infra\n");
        RubricConfig config = loader.parse("extends: base.rubric.yaml\n", root.resolve("docs/.rubric.yaml"));
        assertEquals(Optional.of("ml-infra"), config.template());
    }

    private static List<String> titles(RubricConfig config) {
        return config.templates().stream().map(t -> t.title()).toList();
    }
}
