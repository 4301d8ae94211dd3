package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rubric.core.readiness.Readiness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pre-commit hooks and the CI and readiness docs say what the code does. */
class CiDocsTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> FORMATS = Set.of("text", "json", "sarif", "github", "junit", "checkstyle", "html");

    private static String read(String path) throws Exception {
        return Files.readString(CliRun.repoRoot().resolve(path));
    }

    private static List<String> codeBlocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```").matcher(markdown);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    @Test
    void preCommitHooksRunRubricCheckOnMarkdownThroughTheLauncher() throws Exception {
        JsonNode hooks = YAML.readTree(read(".pre-commit-hooks.yaml"));
        assertEquals(2, hooks.size());
        for (JsonNode hook : hooks) {
            assertEquals("rubric check", hook.get("entry").asText());
            assertEquals(List.of("markdown"), List.of(hook.get("types").get(0).asText()));
            assertTrue(hook.get("require_serial").asBoolean(), "one process builds the jar on first use");
        }
        JsonNode script = hooks.get(0);
        assertEquals("rubric", script.get("id").asText());
        assertEquals("script", script.get("language").asText());
        assertTrue(Files.isExecutable(CliRun.repoRoot().resolve("rubric")), "language: script runs ./rubric from the hook's checkout");
        assertEquals("system", hooks.get(1).get("language").asText());
    }

    @Test
    void everyYamlExampleInTheCiGuideParses() throws Exception {
        List<String> blocks = codeBlocks(read("docs/ci.md"), "yaml");
        assertTrue(blocks.size() >= 4, "GitHub (action and plain), GitLab, pre-commit");
        for (String block : blocks) YAML.readTree(block);
    }

    @Test
    void theGuidesActionExampleUsesOnlyInputsTheActionDeclares() throws Exception {
        Set<String> declared = new TreeSet<>();
        YAML.readTree(read("action.yml")).get("inputs").fieldNames().forEachRemaining(declared::add);
        int examples = 0;
        for (String block : codeBlocks(read("docs/ci.md"), "yaml")) {
            for (JsonNode job : YAML.readTree(block).path("jobs")) {
                for (JsonNode step : job.path("steps")) {
                    if (!step.path("uses").asText().startsWith("rubric-lint/rubric@")) continue;
                    examples++;
                    step.path("with").fieldNames().forEachRemaining(input ->
                            assertTrue(declared.contains(input), "docs/ci.md uses undeclared input " + input));
                }
            }
        }
        assertEquals(1, examples);
    }

    @Test
    void theGuidesPreCommitExampleNamesARealHook() throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode hook : YAML.readTree(read(".pre-commit-hooks.yaml"))) ids.add(hook.get("id").asText());
        for (String block : codeBlocks(read("docs/ci.md"), "yaml")) {
            for (JsonNode repo : YAML.readTree(block).path("repos")) {
                for (JsonNode hook : repo.path("hooks")) assertTrue(ids.contains(hook.get("id").asText()), hook.toString());
            }
        }
    }

    @Test
    void everyFormatTheDocsAndActionUseExistsAndEveryFormatIsDocumented() throws Exception {
        String guide = read("docs/ci.md");
        Matcher m = Pattern.compile("--format[ =]([a-z]+)").matcher(guide + read("action.yml"));
        int uses = 0;
        while (m.find()) {
            uses++;
            assertTrue(FORMATS.contains(m.group(1)), "unknown format " + m.group(1));
        }
        assertTrue(uses >= 4);
        for (String format : FORMATS) assertTrue(guide.contains("| `" + format + "`"), format + " in the formats table");
        CliRun unknown = CliRun.of("check", "--format", "nope");
        for (String format : FORMATS) assertTrue(unknown.err().contains(format), "the CLI knows " + format);
    }

    @Test
    void theGuideShowsHowToLintOnlyChangedDocs() throws Exception {
        assertTrue(read("docs/ci.md").contains("git diff --name-only --diff-filter=ACMR origin/main... -- '*.md' | xargs -r rubric check"));
    }

    @Test
    void theReadinessDocStatesTheWeightsTheCodeUses() throws Exception {
        String doc = read("docs/readiness.md");
        assertTrue(doc.contains("| error | " + Readiness.ERROR_COST + " |"));
        assertTrue(doc.contains("| warning | " + Readiness.WARNING_COST + " |"));
        assertTrue(doc.contains("| info | " + Readiness.INFO_COST + " |"));
        assertTrue(doc.contains("| hint | " + Readiness.HINT_COST + " |"));
        assertTrue(doc.contains("| coverage | " + Readiness.COVERAGE_POINTS + " |"));
        assertTrue(doc.contains("| findings | " + Readiness.FINDING_POINTS + " |"));
        assertTrue(doc.contains("findings = max(0, " + Readiness.FINDING_POINTS + " − (" + Readiness.ERROR_COST + " × errors + "
                + Readiness.WARNING_COST + " × warnings + " + Readiness.INFO_COST + " × info"));
        assertTrue(doc.contains("score    = 30 + 19              = 49"), "the worked example ReadinessTest recomputes");
        int real = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("check", "--format", "json", CliRun.FEED).out()).at("/files/0/readiness").asInt();
        assertEquals(49, real, "the worked example is " + CliRun.FEED + ", and Rubric scores it as the doc says");
        assertTrue(doc.contains("| 85–100 | ready |") && doc.contains("| 60–84 | needs work |") && doc.contains("| 0–59 | not ready |"));
    }
}
