package dev.rubric.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The ids the loader is built with in tests, and where the samples, schema and docs live. */
final class ConfigFixtures {
    static final Set<String> KNOWN_RULE_IDS = Set.of(
            "problem-framing", "throughput-budget", "latency-budget", "quantified-tradeoffs", "monitoring",
            "rollback", "missing-block", "empty-section", "block-order", "merged-blocks", "future-work-section",
            "vague-quantity", "buzzword-list", "block-balance", "arithmetic", "latency-budget-sum",
            "unit-mismatch", "peak-vs-average", "invalid-front-matter", "invalid-directive");
    static final Set<String> BUILT_IN_TEMPLATE_IDS = Set.of("ml-system-design", "mle-five-block", "ml-infra", "design-doc");

    private ConfigFixtures() {
    }

    static ConfigLoader loader() {
        return new ConfigLoader(KNOWN_RULE_IDS, BUILT_IN_TEMPLATE_IDS);
    }

    /** A folder of test resources, e.g. "config/valid". */
    static Path resourceFolder(String name) {
        try {
            return Path.of(ConfigFixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository root, passed by surefire so tests can reach docs/. */
    static Path repoRoot() {
        String root = System.getProperty("rubric.repo.root");
        return root != null ? Path.of(root).toAbsolutePath().normalize() : Path.of("..").toAbsolutePath().normalize();
    }

    static Path schemaFile() {
        return repoRoot().resolve("docs/schema/rubric.schema.json");
    }

    /** Every config sample under a folder (recursively), sorted; custom template files are not samples. */
    static List<Path> samplesIn(String folder) {
        try (Stream<Path> files = Files.walk(resourceFolder(folder))) {
            return files.filter(ConfigFixtures::isConfigSample).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isConfigSample(Path file) {
        return file.getFileName().toString().matches(".*\\.rubric\\.(yaml|yml|json)");
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
