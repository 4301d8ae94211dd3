package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/configuration.md stays true: its config examples load and pass the schema, and the
 * errors it shows are the ones Rubric prints for the example before them.
 */
class ConfigurationDocTest {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```");
    private static final String ERRORS_HEADING = "\n## Errors\n";

    @TempDir
    Path workspace;

    private Path project;
    private final ConfigLoader loader = ConfigFixtures.loader();

    /** The files the examples refer to: templates/my-team.yaml and ../base.rubric.yaml. */
    @BeforeEach
    void createReferencedFiles() {
        project = workspace.resolve("project");
        ConfigFixtures.write(project.resolve("templates/my-team.yaml"),
                "id: my-team\ntitle: My team\nblocks: [{id: a, title: A}]\n");
        ConfigFixtures.write(workspace.resolve("base.rubric.yaml"), "template: auto\n");
    }

    @Test
    void everyConfigExampleLoadsAndPassesTheSchema() throws IOException {
        String doc = doc();
        List<Block> examples = blocks(doc.substring(0, doc.indexOf(ERRORS_HEADING))).stream()
                .filter(b -> b.language.equals("yaml") || b.language.equals("json")).toList();
        assertTrue(examples.size() >= 4, "examples found: " + examples.size());
        SchemaCheck schema = new SchemaCheck();
        for (Block example : examples) {
            Path file = ConfigFixtures.write(project.resolve(".rubric." + example.language), example.text);
            try {
                loader.load(file);
            } catch (ConfigException e) {
                throw new AssertionError("example does not load:\n" + example.text + "\n" + e.getMessage(), e);
            }
            assertEquals(List.of(), schema.errors(file), "schema rejects:\n" + example.text);
            Files.delete(file);
        }
    }

    @Test
    void theErrorsShownAreWhatRubricReportsForTheExampleBeforeThem() throws IOException {
        String doc = doc();
        List<Block> blocks = blocks(doc.substring(doc.indexOf(ERRORS_HEADING)));
        Block config = blocks.get(0);
        Block report = blocks.get(1);
        assertEquals(List.of("yaml", "text"), List.of(config.language, report.language));

        Path file = ConfigFixtures.write(project.resolve(".rubric.yaml"), config.text);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        List<String> printed = e.problems().stream().map(p -> p.toString().replace(project + "/", "")).toList();
        assertEquals(report.text.lines().toList(), printed);
    }

    private static String doc() throws IOException {
        return Files.readString(ConfigFixtures.repoRoot().resolve("docs/configuration.md"));
    }

    private record Block(String language, String text) {
    }

    private static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) blocks.add(new Block(m.group(1), m.group(2)));
        return blocks;
    }
}
