package dev.rubric.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The start-up reader of built-in templates builds exactly what the Jackson reader builds. */
class BuiltInTemplateReaderTest {
    @Test
    void everyBuiltInReadsTheSameAsWithJackson() throws Exception {
        for (String id : TemplateRegistry.BUILT_IN) {
            String resource = "/dev/rubric/templates/" + id + ".yaml";
            byte[] yaml;
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                yaml = in.readAllBytes();
            }
            Template viaJackson = TemplateLoader.read(new ByteArrayInputStream(yaml), resource);
            Template direct = BuiltInTemplateReader.read(new String(yaml, StandardCharsets.UTF_8));
            assertEquals(viaJackson, direct, id);
            assertEquals(viaJackson, TemplateRegistry.builtIn().get(id).orElseThrow(), id);
        }
    }

    @Test
    void anythingUnexpectedIsLeftToTheJacksonReader() {
        assertThrows(IllegalArgumentException.class, () -> BuiltInTemplateReader.read("id: x\ntitle: X\nblocks: []\nextra: 1\n"));
        assertThrows(IllegalArgumentException.class, () -> BuiltInTemplateReader.read("id: x\ntitle: 3\nblocks: []\n"));
        assertThrows(IllegalArgumentException.class,
                () -> BuiltInTemplateReader.read("id: x\ntitle: X\nblocks: [{id: a, title: A, required: yes}]\n"));
    }
}
