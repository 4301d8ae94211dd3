package dev.rubric.build;

import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.template.TemplateRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Run by the build after compiling (server/pom.xml, phase process-classes), never by Rubric:
 * writes into the class output folder what start-up would otherwise work out on every run —
 * the list of rule classes and a snapshot of the built-in templates. The only writer outside
 * the CLI: Rubric itself never calls it.
 */
public final class StartupIndexes {
    private StartupIndexes() {
    }

    /** @param args the class output folder (target/classes) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: StartupIndexes CLASSES_DIR");
        Path classes = Paths.get(args[0]);
        write(classes.resolve(RuleRegistry.INDEX), RuleRegistry.index(classes).getBytes(StandardCharsets.UTF_8));
        write(classes.resolve(TemplateRegistry.SNAPSHOT_RESOURCE), TemplateRegistry.builtInSnapshot());
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
