package dev.rubric.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = "Writes a commented .rubric.yaml into a folder (default: the current one).")
final class InitCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".")
    Path directory;

    @Option(names = "--force", description = "overwrite an existing .rubric.yaml")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path target = directory.resolve(".rubric.yaml");
        if (Files.exists(target) && !force) {
            spec.commandLine().getErr().println("rubric: " + target + " already exists (use --force to overwrite)");
            return Main.USAGE_OR_IO;
        }
        if (!Files.isDirectory(directory)) {
            spec.commandLine().getErr().println("rubric: not a directory: " + directory);
            return Main.USAGE_OR_IO;
        }
        try (InputStream in = InitCommand.class.getResourceAsStream("/dev/rubric/config/init.rubric.yaml")) {
            if (in == null) throw new IllegalStateException("init template missing from the jar");
            Files.write(target, in.readAllBytes(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }
        spec.commandLine().getOut().println("wrote " + target);
        return Main.OK;
    }
}
