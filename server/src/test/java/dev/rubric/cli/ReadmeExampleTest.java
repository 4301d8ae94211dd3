package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README opens with a real run of {@code ./rubric check}: its output must be what the
 * command prints today, so the first thing a new user reads stays true.
 */
class ReadmeExampleTest {
    /** The first ```text block of the README that starts with a {@code $ ./rubric check PATH} prompt. */
    private static final Pattern EXAMPLE = Pattern.compile("```text\\n\\$ \\./rubric check (\\S+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesExampleOutputIsWhatTheCommandPrints() throws IOException {
        Path root = CliRun.repoRoot();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher example = EXAMPLE.matcher(readme);
        assertTrue(example.find(), "README.md has no ```text block starting with '$ ./rubric check PATH'");
        String path = example.group(1);

        CliRun run = CliRun.of("check", root.resolve(path).toString());

        // the launcher runs from the repository root and prints paths as given
        String printed = run.out().replace(root.resolve(path).toString(), path);
        assertEquals(example.group(2), printed, "README.md's example output is stale: paste the command's output");
    }
}
