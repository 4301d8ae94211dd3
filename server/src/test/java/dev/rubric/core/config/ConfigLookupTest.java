package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rubric.core.rule.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which config applies to a document: the nearest one upward, cached until a file it read changes. */
class ConfigLookupTest {
    @TempDir
    Path root;

    private final ConfigLoader loader = ConfigFixtures.loader();

    @Test
    void findsTheConfigInTheFolderItself() {
        Path config = ConfigFixtures.write(root.resolve("docs/.rubric.yaml"), "template: auto\n");
        assertEquals(Optional.of(config), loader.findNearest(root.resolve("docs")));
    }

    @Test
    void findsTheNearestConfigUpward() {
        Path outer = ConfigFixtures.write(root.resolve(".rubric.yaml"), "template: auto\n");
        Path inner = ConfigFixtures.write(root.resolve("a/.rubric.json"), "{}");
        ensureFolder(root.resolve("a/b/c"));
        ensureFolder(root.resolve("x/y"));
        assertEquals(Optional.of(inner), loader.findNearest(root.resolve("a/b/c")));
        assertEquals(Optional.of(outer), loader.findNearest(root.resolve("x/y")));
    }

    @Test
    void withinOneFolderYamlComesBeforeYmlBeforeJson() {
        ConfigFixtures.write(root.resolve(".rubric.json"), "{}");
        Path yml = ConfigFixtures.write(root.resolve(".rubric.yml"), "");
        assertEquals(Optional.of(yml), loader.findNearest(root));
        Path yaml = ConfigFixtures.write(root.resolve(".rubric.yaml"), "");
        assertEquals(Optional.of(yaml), loader.findNearest(root));
        assertEquals(List.of(".rubric.yaml", ".rubric.yml", ".rubric.json"), ConfigLoader.FILE_NAMES);
    }

    @Test
    void aFolderNamedLikeAConfigIsNotAConfig() {
        ensureFolder(root.resolve("a/.rubric.yaml"));
        Path outer = ConfigFixtures.write(root.resolve(".rubric.yaml"), "");
        assertEquals(Optional.of(outer), loader.findNearest(root.resolve("a")));
    }

    @Test
    void aDocumentWithNoConfigAboveItGetsTheDefaults() throws ConfigException {
        Path document = ConfigFixtures.write(root.resolve("doc.md"), "# Doc\n");
        // the temp folder's ancestors (/tmp, /) are assumed to hold no .rubric.yaml
        assertEquals(Optional.empty(), loader.findNearest(root));
        assertSame(RubricConfig.defaults(), loader.forDocument(document));
    }

    @Test
    void aDocumentGetsTheNearestConfigWithItsOverridesApplied() throws ConfigException {
        ConfigFixtures.write(root.resolve(".rubric.yaml"), """
                rules: { rollback: error }
                overrides:
                  - files: ["interviews/**"]
                    rules: { rollback: off }
                """);
        assertEquals(RuleSetting.of(Severity.OFF),
                loader.forDocument(root.resolve("interviews/a.md")).rules().get("rollback"));
        assertEquals(RuleSetting.of(Severity.ERROR),
                loader.forDocument(root.resolve("design.md")).rules().get("rollback"));
    }

    @Test
    void aConfigWhoseTimeAndSizeAreUnchangedIsNotReadAgain() throws Exception {
        Path config = ConfigFixtures.write(root.resolve(".rubric.yaml"), "rules: { rollback: error }\n");
        FileTime written = Files.getLastModifiedTime(config);
        assertEquals(Severity.ERROR, rollbackSeverity(root.resolve("a.md")));
        Files.writeString(config, "rules: { rollback: off   }\n"); // same size...
        Files.setLastModifiedTime(config, written);                 // ...and same time: looks unchanged
        assertEquals(Severity.ERROR, rollbackSeverity(root.resolve("b.md")));
        // a loader without the cached read sees the new content
        assertEquals(Severity.OFF, ConfigFixtures.loader().forDocument(root.resolve("a.md")).rules().get("rollback").severity());
    }

    @Test
    void aConfigWithANewModificationTimeIsReadAgain() throws Exception {
        Path config = ConfigFixtures.write(root.resolve(".rubric.yaml"), "rules: { rollback: error }\n");
        assertEquals(Severity.ERROR, rollbackSeverity(root.resolve("a.md")));
        rewrite(config, "rules: { rollback: off   }\n"); // same size: only the time tells
        assertEquals(Severity.OFF, rollbackSeverity(root.resolve("a.md")));
    }

    @Test
    void aConfigWithANewSizeIsReadAgain() throws Exception {
        Path config = ConfigFixtures.write(root.resolve(".rubric.yaml"), "rules: { rollback: error }\n");
        FileTime written = Files.getLastModifiedTime(config);
        assertEquals(Severity.ERROR, rollbackSeverity(root.resolve("a.md")));
        Files.writeString(config, "rules: { rollback: off }\n");
        Files.setLastModifiedTime(config, written); // same time: only the size tells
        assertEquals(Severity.OFF, rollbackSeverity(root.resolve("a.md")));
    }

    @Test
    void aChangeInAnExtendedFileIsNoticedToo() throws Exception {
        Path base = ConfigFixtures.write(root.resolve("base.rubric.yaml"), "template: ml-infra\n");
        ConfigFixtures.write(root.resolve(".rubric.yaml"), "extends: base.rubric.yaml\n");
        assertEquals(Optional.of("ml-infra"), loader.forDocument(root.resolve("a.md")).template());
        rewrite(base, "template: design-doc\n");
        assertEquals(Optional.of("design-doc"), loader.forDocument(root.resolve("a.md")).template());
    }

    @Test
    void aBrokenConfigKeepsFailingUntilItIsFixed() throws Exception {
        Path config = ConfigFixtures.write(root.resolve(".rubric.yaml"), "rulez: {}\n");
        assertEquals(1, assertThrows(ConfigException.class, () -> loader.forDocument(root.resolve("a.md"))).problems().size());
        assertEquals(1, assertThrows(ConfigException.class, () -> loader.forDocument(root.resolve("a.md"))).problems().size());
        rewrite(config, "rules: {}\n");
        assertEquals(Optional.empty(), loader.forDocument(root.resolve("a.md")).template());
    }

    @Test
    void creatingAMissingExtendedFileFixesTheConfig() throws Exception {
        ConfigFixtures.write(root.resolve(".rubric.yaml"), "extends: base.rubric.yaml\n");
        assertThrows(ConfigException.class, () -> loader.forDocument(root.resolve("a.md")));
        ConfigFixtures.write(root.resolve("base.rubric.yaml"), "template: ml-infra\n");
        assertEquals(Optional.of("ml-infra"), loader.forDocument(root.resolve("a.md")).template());
    }

    @Test
    void aNewConfigCloserToTheDocumentTakesOver() throws ConfigException {
        ConfigFixtures.write(root.resolve(".rubric.yaml"), "template: ml-infra\n");
        Path document = root.resolve("team/doc.md");
        assertEquals(Optional.of("ml-infra"), loader.forDocument(document).template());
        ConfigFixtures.write(root.resolve("team/.rubric.yaml"), "template: design-doc\n");
        assertEquals(Optional.of("design-doc"), loader.forDocument(document).template());
    }

    private Severity rollbackSeverity(Path document) throws ConfigException {
        return loader.forDocument(document).rules().get("rollback").severity();
    }

    /** Writes new content and moves the modification time on, as a later save would. */
    private static void rewrite(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(2)));
    }

    private static void ensureFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
