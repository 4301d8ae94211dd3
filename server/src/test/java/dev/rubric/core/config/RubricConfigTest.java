package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a loaded config answers: settings, per-document settings, ignores and overlays. */
class RubricConfigTest {
    private static final Path REPO = Path.of("/repo").toAbsolutePath();
    private final ConfigLoader loader = ConfigFixtures.loader();

    private RubricConfig config(String yaml) throws ConfigException {
        return loader.parse(yaml, REPO.resolve(".rubric.yaml"));
    }

    private RubricConfig config(String yaml, Path file) throws ConfigException {
        return loader.parse(yaml, file);
    }

    @Test
    void defaultsHaveNoFileTemplateAutoAndNoRuleSettings() {
        RubricConfig defaults = RubricConfig.defaults();
        assertNull(defaults.file());
        assertEquals(Optional.of("auto"), defaults.template());
        assertEquals(Map.of(), defaults.rules());
        assertEquals(List.of(), defaults.ignore());
        assertEquals(List.of(), defaults.templates());
        assertFalse(defaults.isIgnored(REPO.resolve("doc.md")));
        assertEquals(defaults, defaults.forDocument(REPO.resolve("doc.md")));
    }

    @Test
    void aTemplateNotSetIsEmptyRatherThanAuto() throws ConfigException {
        assertEquals(Optional.empty(), config("rules: { rollback: off }").template());
    }

    @Test
    void ignoreGlobsAreRelativeToTheConfigFilesFolder() throws ConfigException {
        RubricConfig config = config("ignore: [\"drafts/**\", \"**/CHANGELOG.md\"]");
        assertTrue(config.isIgnored(REPO.resolve("drafts/idea.md")));
        assertTrue(config.isIgnored(REPO.resolve("CHANGELOG.md")));
        assertTrue(config.isIgnored(REPO.resolve("services/api/CHANGELOG.md")));
        assertFalse(config.isIgnored(REPO.resolve("docs/drafts/idea.md")));
        assertFalse(config.isIgnored(REPO.resolve("design.md")));
    }

    @Test
    void documentsOutsideTheConfigFilesFolderAreNeverIgnored() throws ConfigException {
        RubricConfig config = config("ignore: [\"**\"]", REPO.resolve("docs/.rubric.yaml"));
        assertTrue(config.isIgnored(REPO.resolve("docs/design.md")));
        assertFalse(config.isIgnored(REPO.resolve("README.md")));
        assertFalse(config.isIgnored(REPO.resolve("docs-old/design.md")));
    }

    @Test
    void relativeDocumentPathsAreResolvedAgainstTheWorkingDirectory() throws ConfigException {
        Path cwd = Path.of("").toAbsolutePath();
        RubricConfig config = config("ignore: [\"drafts/**\"]", cwd.resolve(".rubric.yaml"));
        assertTrue(config.isIgnored(Path.of("drafts/idea.md")));
    }

    @Test
    void forDocumentAppliesEveryMatchingOverrideInOrderSoLaterEntriesWin() throws ConfigException {
        RubricConfig config = config("""
                template: ml-system-design
                rules:
                  rollback: error
                  monitoring: warning
                overrides:
                  - files: ["interviews/**"]
                    template: mle-five-block
                    rules: { rollback: off }
                  - files: ["interviews/mock-*.md"]
                    rules: { rollback: hint }
                """);
        RubricConfig mock = config.forDocument(REPO.resolve("interviews/mock-feed.md"));
        assertEquals(Optional.of("mle-five-block"), mock.template());
        assertEquals(Map.of("rollback", RuleSetting.of(Severity.HINT), "monitoring", RuleSetting.of(Severity.WARNING)),
                mock.rules());

        RubricConfig interview = config.forDocument(REPO.resolve("interviews/2024/ads.md"));
        assertEquals(Optional.of("mle-five-block"), interview.template());
        assertEquals(RuleSetting.of(Severity.OFF), interview.rules().get("rollback"));

        RubricConfig design = config.forDocument(REPO.resolve("design/search.md"));
        assertEquals(Optional.of("ml-system-design"), design.template());
        assertEquals(RuleSetting.of(Severity.ERROR), design.rules().get("rollback"));
    }

    @Test
    void overridesDoNotShowInTheDocumentIndependentSettings() throws ConfigException {
        RubricConfig config = config("""
                rules: { rollback: error }
                overrides:
                  - files: ["interviews/**"]
                    template: mle-five-block
                    rules: { rollback: off }
                """);
        assertEquals(Optional.empty(), config.template());
        assertEquals(Map.of("rollback", RuleSetting.of(Severity.ERROR)), config.rules());
    }

    @Test
    void theConfigForADocumentHasNoOverridesLeftSoApplyingItAgainChangesNothing() throws ConfigException {
        RubricConfig config = config("""
                overrides:
                  - files: ["interviews/**"]
                    rules: { rollback: off }
                """);
        Path interview = REPO.resolve("interviews/a.md");
        RubricConfig once = config.forDocument(interview);
        assertEquals(once, once.forDocument(interview));
        assertEquals(once.rules(), once.forDocument(REPO.resolve("elsewhere.md")).rules());
    }

    @Test
    void anOverrideThatOnlySetsOptionsKeepsTheSeverity() throws ConfigException {
        RubricConfig config = config("""
                rules:
                  block-balance: { severity: warning, options: { maxShare: 0.5, minWords: 40 } }
                overrides:
                  - files: ["interviews/**"]
                    rules:
                      block-balance: { options: { maxShare: 0.7 } }
                """);
        RuleSetting setting = config.forDocument(REPO.resolve("interviews/a.md")).rules().get("block-balance");
        assertEquals(new RuleSetting(Severity.WARNING, Map.of("maxShare", 0.7, "minWords", 40)), setting);
    }

    @Test
    void anOverlayWinsOverTheFileAndOverItsOverrides() throws ConfigException {
        RubricConfig file = config("""
                template: ml-system-design
                rules: { rollback: error, monitoring: warning }
                overrides:
                  - files: ["interviews/**"]
                    template: mle-five-block
                    rules: { rollback: off }
                """);
        RubricConfig cliFlags = config("template: design-doc\nrules: { rollback: info }", REPO.resolve("cli.rubric.yaml"));

        RubricConfig merged = file.withOverlay(cliFlags);
        RubricConfig interview = merged.forDocument(REPO.resolve("interviews/a.md"));
        assertEquals(Optional.of("design-doc"), interview.template());
        assertEquals(RuleSetting.of(Severity.INFO), interview.rules().get("rollback"));
        assertEquals(RuleSetting.of(Severity.WARNING), interview.rules().get("monitoring"));
        assertEquals(Optional.of("design-doc"), merged.template());
    }

    @Test
    void anOverlayKeepsWhatItDoesNotSet() throws ConfigException {
        RubricConfig file = config("template: ml-infra\nrules: { monitoring: error }\nignore: [\"drafts/**\"]");
        RubricConfig merged = file.withOverlay(config("rules: { rollback: off }", REPO.resolve("settings.rubric.yaml")));
        assertEquals(Optional.of("ml-infra"), merged.template());
        assertEquals(Map.of("monitoring", RuleSetting.of(Severity.ERROR), "rollback", RuleSetting.of(Severity.OFF)),
                merged.rules());
        assertTrue(merged.isIgnored(REPO.resolve("drafts/a.md")));
    }

    @Test
    void anOverlaysIgnoreGlobsAreAddedAndKeepTheirOwnFolder() throws ConfigException {
        RubricConfig file = config("ignore: [\"drafts/**\"]");
        RubricConfig editor = config("ignore: [\"*.md\"]", REPO.resolve("docs/editor.rubric.yaml"));
        RubricConfig merged = file.withOverlay(editor);
        assertEquals(List.of("drafts/**", "*.md"), merged.ignore());
        assertTrue(merged.isIgnored(REPO.resolve("docs/a.md")));
        assertFalse(merged.isIgnored(REPO.resolve("a.md")));
    }

    @Test
    void anOverlayKeepsTheLowerConfigsFileUnlessItHasNone() throws ConfigException {
        RubricConfig file = config("template: auto");
        RubricConfig editor = config("template: ml-infra", REPO.resolve("editor.rubric.yaml"));
        assertEquals(REPO.resolve(".rubric.yaml"), file.withOverlay(editor).file());
        assertEquals(REPO.resolve("editor.rubric.yaml"), RubricConfig.defaults().withOverlay(editor).file());
    }

    @Test
    void overlayingDefaultsWithSettingsGivesThoseSettingsOverAuto() throws ConfigException {
        RubricConfig editor = config("rules: { rollback: off }", REPO.resolve("editor.rubric.yaml"));
        RubricConfig merged = RubricConfig.defaults().withOverlay(editor);
        assertEquals(Optional.of("auto"), merged.template());
        assertEquals(Map.of("rollback", RuleSetting.of(Severity.OFF)), merged.rules());
    }

    @Test
    void anEmptyOverlayChangesNoSetting() throws ConfigException {
        RubricConfig file = config("template: ml-infra\nrules: { monitoring: error }");
        RubricConfig merged = file.withOverlay(config("", REPO.resolve("empty.rubric.yaml")));
        assertEquals(file.template(), merged.template());
        assertEquals(file.rules(), merged.rules());
    }

    @Test
    void settingsAreReadOnly() throws ConfigException {
        RubricConfig config = config("rules: { monitoring: error }\nignore: [\"a/**\"]");
        assertThrowsUnsupported(() -> config.rules().put("rollback", RuleSetting.of(Severity.OFF)));
        assertThrowsUnsupported(() -> config.ignore().add("b/**"));
        assertThrowsUnsupported(() -> config.templates().clear());
    }

    @Test
    void defaultsIsOneSharedInstance() {
        assertSame(RubricConfig.defaults(), RubricConfig.defaults());
    }

    private static void assertThrowsUnsupported(Runnable change) {
        assertThrows(UnsupportedOperationException.class, change::run);
    }
}
