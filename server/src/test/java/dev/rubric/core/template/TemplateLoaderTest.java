package dev.rubric.core.template;

import dev.rubric.core.text.HeadingNormalizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Template files: read from YAML or JSON, checked for coherence, errors located in the file. */
class TemplateLoaderTest {
    private static final String HEAD = "id: team\ntitle: Team template\nblocks:\n";

    private static Template read(String yaml) throws TemplateException {
        return TemplateLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "team.yaml");
    }

    private static String error(String yaml) {
        return assertThrows(TemplateException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void aMinimalTemplateGetsDefaults() throws TemplateException {
        Template t = read(HEAD + "  - id: problem\n    title: Problem\n");
        assertEquals("team", t.id());
        Block b = t.blocks().get(0);
        assertTrue(b.isRequired(), "blocks are required unless they say otherwise");
        assertEquals(List.of(), b.headings());
        assertEquals("", b.skeleton());
        assertEquals("", t.description());
        assertEquals(List.of(), t.neverMerge());
        assertEquals(0, t.position(b));
        assertEquals(java.util.Optional.of(b), t.block("problem"));
    }

    /** Each row: the template text after the id/title/blocks head, and the exact message. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // YAML syntax: Jackson's line:col of the fault
            "~  - id: a\\n    title: \"A\\n~ | team.yaml:5:10: invalid template: while scanning a quoted scalar",
            // an unknown key is located at the key, not the end of its mapping
            "~  - id: a\\n    title: A\\n    headngs: [x]\\n~ | team.yaml:6:5: invalid template: Unrecognized field \"headngs\" (class dev.rubric.core.template.Block), not marked as ignorable",
            "~  - id: a\\n    title: A\\n    required: maybe\\n~ | team.yaml:6:15: invalid template: Cannot deserialize value of type `java.lang.Boolean` from String \"maybe\": only \"true\" or \"false\" recognized",
            // coherence, located too
            "~  - id: a\\n    title: A\\n  - id: a\\n    title: B\\n~ | team.yaml:6:5: block id 'a' appears twice",
            "~  - id: a\\n    title: A\\nneverMerge: [[a, zz]]\\n~ | team.yaml:6:18: neverMerge names unknown block 'zz'",
            "~  - id: a\\n    title: A\\nneverMerge: [[a]]\\n~ | team.yaml:6:14: neverMerge entries are pairs of block ids, got [a]",
            "~  - id: ''\\n    title: A\\n~ | team.yaml:4:5: a block of 'team' has no id",
            "~  - id: a\\n    title: ' '\\n~ | team.yaml:5:5: block 'a' has no title",
            "~  []\\n~ | team.yaml: template 'team' has no blocks",
    })
    void errorsNameTheFileAndThePlace(String blocks, String expected) {
        assertEquals(expected, error(HEAD + blocks.replace("\\n", "\n")));
    }

    @Test
    void theIdMustBeKebabCase() {
        assertEquals("team.yaml: template id must be kebab-case, got 'My Team'",
                error("id: My Team\ntitle: T\nblocks:\n  - id: a\n    title: A\n"));
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        String message = error("id: team\ntitle: T\nid: other\nblocks:\n  - id: a\n    title: A\n");
        assertTrue(message.startsWith("team.yaml:3:"), message);
        assertTrue(message.endsWith("Duplicate field 'id'"), message);
    }

    @Test
    void messagesAreOneLine() {
        assertFalse(error(HEAD + "  - id: a\n    title: \"A\n").contains("\n"));
    }

    @Test
    void filesAreReadByPathAndJsonIsYaml(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("team.json");
        Files.writeString(json, "{\"id\": \"team\", \"title\": \"T\", \"blocks\": [{\"id\": \"a\", \"title\": \"A\", \"required\": false}]}");
        Template t = TemplateLoader.load(json);
        assertFalse(t.blocks().get(0).isRequired());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, HEAD + "  - id: a\n    title: A\n    titel: B\n");
        assertEquals(bad + ":6:5: invalid template: Unrecognized field \"titel\" (class dev.rubric.core.template.Block), not marked as ignorable",
                assertThrows(TemplateException.class, () -> TemplateLoader.load(bad)).getMessage());
        Path missing = dir.resolve("missing.yaml");
        String m = assertThrows(TemplateException.class, () -> TemplateLoader.load(missing)).getMessage();
        assertTrue(m.startsWith(missing + ": cannot read template: "), m);
    }

    @Test
    void allBuiltInTemplatesLoadAndAreCoherent() throws IOException, TemplateException {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        assertEquals(List.of("ml-system-design", "mle-five-block", "ml-infra", "design-doc"),
                registry.all().stream().map(Template::id).toList());
        for (String id : TemplateRegistry.BUILT_IN) {
            try (var in = TemplateRegistry.class.getResourceAsStream("/dev/rubric/templates/" + id + ".yaml")) {
                Template t = TemplateLoader.read(in, id + ".yaml");
                assertEquals(id, t.id());
                assertFalse(t.blocks().isEmpty());
                Set<String> ids = new HashSet<>();
                for (Block b : t.blocks()) {
                    assertTrue(ids.add(b.id()), id + ": " + b.id());
                    assertFalse(b.title().isBlank());
                    assertFalse(HeadingNormalizer.normalize(b.title()).isEmpty(), id + "/" + b.id() + " has a title that normalizes to nothing");
                }
                assertTrue(t.blocks().stream().anyMatch(Block::isRequired), id + " requires nothing");
            }
        }
    }

    @Test
    void aCustomTemplateReplacesABuiltInWithTheSameId() {
        Template mine = new Template("design-doc", "Mine", "", List.of(), List.of(Templates.PROBLEM), List.of());
        TemplateRegistry r = TemplateRegistry.builtIn().with(List.of(mine));
        assertEquals("Mine", r.get("design-doc").orElseThrow().title());
        assertEquals(4, r.all().size());
        assertEquals("Engineering design doc / RFC", TemplateRegistry.builtIn().get("design-doc").orElseThrow().title(), "the built-ins are untouched");
    }
}
