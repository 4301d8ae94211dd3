package dev.rubric.cli;

import dev.rubric.core.Fixtures;
import dev.rubric.core.rule.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    static Result runWithInput(String stdin, String... args) {
        return runWithBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Result runWithBytes(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(stdin));
        return new Result(code, out.toString(), err.toString());
    }

    /** A test document from src/test/resources/cli. */
    static String doc(String name) {
        return Fixtures.read(Fixtures.resource("cli/" + name));
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .rubric.yaml body that turns off every rule but these (so output does not depend on the others). */
    static String onlyRules(String... keep) {
        List<String> kept = List.of(keep);
        return "rules:\n" + RuleRegistry.builtIn().ids().stream()
                .filter(id -> !kept.contains(id))
                .map(id -> "  " + id + ": off\n")
                .collect(Collectors.joining());
    }
}
