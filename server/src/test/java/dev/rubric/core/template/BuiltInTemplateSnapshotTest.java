package dev.rubric.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build-time snapshot of the built-in templates: what the YAML says, and only while it says so. */
class BuiltInTemplateSnapshotTest {
    @Test
    void theBuildsSnapshotReadsBackAsTheYaml() throws Exception {
        List<byte[]> yamls = TemplateRegistry.builtInYamls();
        Optional<List<Template>> snapshot = TemplateRegistry.snapshot(yamls);
        assertTrue(snapshot.isPresent(), "the build (process-classes) writes " + BuiltInTemplateSnapshot.RESOURCE);
        assertEquals(fromYaml(yamls), snapshot.get());
        for (int i = 0; i < TemplateRegistry.BUILT_IN.size(); i++) {
            String id = TemplateRegistry.BUILT_IN.get(i);
            assertEquals(snapshot.get().get(i), TemplateRegistry.builtIn().get(id).orElseThrow(), id);
        }
    }

    @Test
    void aSnapshotOfOtherYamlIsNotUsed() throws Exception {
        List<byte[]> yamls = TemplateRegistry.builtInYamls();
        byte[] snapshot = BuiltInTemplateSnapshot.write(fromYaml(yamls), yamls);
        assertEquals(Optional.of(fromYaml(yamls)), BuiltInTemplateSnapshot.read(snapshot, yamls));

        List<byte[]> edited = new ArrayList<>(yamls);
        edited.set(2, (new String(yamls.get(2), StandardCharsets.UTF_8) + "# edited\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), BuiltInTemplateSnapshot.read(snapshot, edited));
        assertEquals(Optional.empty(), BuiltInTemplateSnapshot.read(snapshot, yamls.subList(0, 3)));
    }

    private static List<Template> fromYaml(List<byte[]> yamls) throws TemplateException {
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < yamls.size(); i++) {
            templates.add(TemplateLoader.readBuiltIn(yamls.get(i), TemplateRegistry.BUILT_IN.get(i) + ".yaml"));
        }
        return templates;
    }
}
