package dev.rubric.core;

import dev.rubric.core.rule.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Helpers shared by fixture-driven tests: locating resources and rendering findings. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path repoRoot() {
        String configured = System.getProperty("rubric.repo.root");
        Path root = configured != null ? Paths.get(configured) : Paths.get("..");
        return root.toAbsolutePath().normalize();
    }

    public static Path resource(String relative) {
        return repoRoot().resolve("server/src/test/resources").resolve(relative);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "12:1 warning latency-budget", the form fixture expectations are written in. */
    public static String render(Diagnostic d) {
        return (d.range().start().line() + 1) + ":" + (d.range().start().column() + 1) + " " + d.severity().id() + " " + d.rule();
    }

    /** Expectation lines, ignoring blank lines and # comments. */
    public static List<String> expectations(Path file) {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(file)) return lines;
        for (String line : read(file).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) lines.add(t);
        }
        return lines;
    }
}
