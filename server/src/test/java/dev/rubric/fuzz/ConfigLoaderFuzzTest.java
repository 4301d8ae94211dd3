package dev.rubric.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.config.ConfigException;
import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.config.ConfigProblem;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.template.TemplateRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The config loader on any text, read as YAML or as JSON: it either returns a config or throws
 * {@link ConfigException} whose every problem has a place (line and column from 1), never any
 * other exception.
 */
class ConfigLoaderFuzzTest {
    static final ConfigLoader LOADER = new ConfigLoader(RuleRegistry.builtIn().ids(), new HashSet<>(TemplateRegistry.BUILT_IN));
    /** An empty folder: relative paths in the fuzzed config (extends, templates) resolve here, to nothing. */
    static final Path DIR = emptyDir();

    private static final List<String> PIECES = List.of(
            "template: ", "auto", "design-doc", "ml-system-design", "mle-five-block", "ml-infra", "rules:", "\n  ",
            "latency-budget: ", "monitoring: ", "vague-quantity: ", "off", "warning", "error", "info", "on", "yes",
            "severity: ", "options:", "ignore:", "\n  - ", "'**/drafts/**'", "overrides:", "files: ", "extends: ",
            "../../../../etc/passwd", "base.yaml", "templates:", "custom.yaml", "debounceMs: ", "{", "}", "[", "]",
            "\"", "'", ":", ",", "- ", "#", "---", "...", "&a ", "*a", "!!str ", "!!binary ", "!!javax.script.ScriptEngineManager ",
            "!<tag:yaml.org,2002:map> ", "? ", "|", ">", "null", "~", "true", "1", "-1", "1e400", "0x1F", "\t", "\n", "\r\n", "\ufeff",
            "{\"template\": \"auto\"}", "{\"rules\": {\"monitoring\": \"off\"}}", "\"rules\"", "\"template\"");

    // an input that runs longer is a finding (libFuzzer's -timeout, which Jazzer takes from
    // @Timeout): maxDuration is only checked between inputs, so one slow input could hold CI
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "60s")
    void parse(FuzzedDataProvider data) {
        boolean json = data.consumeBoolean();
        String text;
        if (data.consumeBoolean()) {
            text = data.consumeRemainingAsString();
        } else {
            StringBuilder b = new StringBuilder();
            int parts = data.consumeInt(0, 80);
            for (int i = 0; i < parts && data.remainingBytes() > 0; i++) {
                b.append(data.consumeInt(0, 4) == 0 ? data.consumeString(8) : data.pickValue(PIECES));
            }
            text = b.toString();
        }
        check(text, json);
    }

    static void check(String text, boolean json) {
        Path file = DIR.resolve(json ? ".rubric.json" : ".rubric.yaml");
        try {
            assertNotNull(LOADER.parse(text, file));
        } catch (ConfigException e) {
            assertFalse(e.problems().isEmpty());
            for (ConfigProblem p : e.problems()) {
                assertTrue(p.line() >= 1 && p.column() >= 1, "problem without a place: " + p);
                assertNotNull(p.message(), "problem without a message");
            }
        }
    }

    private static Path emptyDir() {
        try {
            Path dir = Files.createTempDirectory("rubric-config-fuzz");
            dir.toFile().deleteOnExit();
            return dir.resolve("a/b/c/d");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
