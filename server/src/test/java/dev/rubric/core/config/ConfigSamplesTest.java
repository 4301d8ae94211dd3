package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample configs under src/test/resources/config are the format's examples:
 * <ul>
 *   <li>{@code valid/}: accepted by the loader and by the JSON Schema;</li>
 *   <li>{@code invalid/}: rejected by both, the loader with exactly the problems listed in the
 *       sample's {@code .expected} file;</li>
 *   <li>{@code beyond-schema/}: mistakes a schema cannot see (unknown rule or template ids,
 *       missing files, duplicate keys, bad globs, extends cycles). The schema accepts them;
 *       the loader rejects them with the expected problems.</li>
 * </ul>
 * An {@code .expected} file holds one problem per line as {@link ConfigProblem#toString()}
 * prints it, with paths relative to the sample's top folder.
 */
class ConfigSamplesTest {
    private static final SchemaCheck SCHEMA = new SchemaCheck();
    private final ConfigLoader loader = ConfigFixtures.loader();

    static List<Path> validSamples() {
        return ConfigFixtures.samplesIn("config/valid");
    }

    static List<Path> invalidSamples() {
        return ConfigFixtures.samplesIn("config/invalid");
    }

    static List<Path> beyondSchemaSamples() {
        return ConfigFixtures.samplesIn("config/beyond-schema");
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void validSampleLoadsWithoutProblems(Path sample) {
        try {
            loader.load(sample);
        } catch (ConfigException e) {
            throw new AssertionError("expected " + sample.getFileName() + " to load, got:\n" + e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void validSamplePassesTheSchema(Path sample) {
        assertEquals(List.of(), SCHEMA.errors(sample));
    }

    @ParameterizedTest
    @MethodSource("invalidSamples")
    void invalidSampleIsRejectedByTheLoaderWithTheExpectedProblems(Path sample) throws IOException {
        assertEquals(expectedProblems(sample), actualProblems(sample, "config/invalid"));
    }

    @ParameterizedTest
    @MethodSource("invalidSamples")
    void invalidSampleIsRejectedByTheSchema(Path sample) {
        assertFalse(SCHEMA.errors(sample).isEmpty(), sample.getFileName() + " should fail the schema");
    }

    @ParameterizedTest
    @MethodSource("beyondSchemaSamples")
    void beyondSchemaSampleIsRejectedByTheLoaderWithTheExpectedProblems(Path sample) throws IOException {
        assertEquals(expectedProblems(sample), actualProblems(sample, "config/beyond-schema"));
    }

    @ParameterizedTest
    @MethodSource("beyondSchemaSamples")
    void beyondSchemaSampleIsAcceptedByTheSchemaSoOnlyTheLoaderCatchesIt(Path sample) {
        assertEquals(List.of(), SCHEMA.errors(sample));
    }

    @Test
    void everySampleFolderHasSamples() {
        assertTrue(validSamples().size() >= 5, "valid samples");
        assertTrue(invalidSamples().size() >= 8, "invalid samples");
        assertTrue(beyondSchemaSamples().size() >= 8, "beyond-schema samples");
    }

    @Test
    void everyRejectedSampleHasAnExpectationFileAndNoExpectationFileIsStray() throws IOException {
        for (String folder : List.of("config/invalid", "config/beyond-schema")) {
            Path root = ConfigFixtures.resourceFolder(folder);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path expected : files.filter(f -> f.toString().endsWith(".expected")).toList()) {
                    Path sample = Path.of(expected.toString().replaceFirst("\\.expected$", ""));
                    assertTrue(Files.exists(sample), "no sample for " + root.relativize(expected));
                }
            }
            for (Path sample : ConfigFixtures.samplesIn(folder)) {
                assertTrue(Files.exists(expectationFile(sample)), "no .expected file for " + root.relativize(sample));
            }
        }
    }

    private List<String> actualProblems(Path sample, String folder) {
        String root = ConfigFixtures.resourceFolder(folder) + "/";
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(sample),
                sample.getFileName() + " should be rejected");
        return e.problems().stream().map(p -> p.toString().replace(root, "")).toList();
    }

    private static List<String> expectedProblems(Path sample) throws IOException {
        return Files.readAllLines(expectationFile(sample)).stream().filter(line -> !line.isBlank()).toList();
    }

    private static Path expectationFile(Path sample) {
        return sample.resolveSibling(sample.getFileName() + ".expected");
    }
}
