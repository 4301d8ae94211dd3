package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** action.yml: its declared interface, and its shell steps run as the Actions runner would run them. */
class GithubActionTest {
    private static Path workspaceWithFixtures(Path dir) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace/docs"));
        Files.copy(Path.of(CliRun.FEED), workspace.resolve("feed-ranking.md"));
        Files.copy(Path.of(CliRun.SEARCH), workspace.resolve("search-ranking.md"));
        return workspace.getParent();
    }

    @Test
    void isACompositeActionWithTheInputsAndOutputsItDocuments(@TempDir Path dir) throws Exception {
        JsonNode action = new CompositeActionRunner(dir, dir.resolve("tmp")).action;
        assertEquals("composite", action.at("/runs/using").asText());
        assertTrue(CompositeActionRunner.declared(action.get("inputs")).containsAll(
                List.of("paths", "changed-only", "upload-sarif", "java-version", "sarif-file", "fail-on-findings", "jar")));
        assertEquals(List.of("checked", "exit-code", "sarif-file"), List.copyOf(CompositeActionRunner.declared(action.get("outputs"))));
        List<String> uses = new ArrayList<>();
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.has("uses")) uses.add(step.get("uses").asText());
            if (step.has("run")) {
                assertEquals("bash", step.path("shell").asText(), "composite run steps need a shell");
                assertFalse(step.get("run").asText().contains("${{"),
                        "inputs reach scripts through env, never pasted into the script (injection): " + step.get("name"));
            }
        }
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/setup-java@")), uses.toString());
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@")), uses.toString());
    }

    @Test
    void everyStepScriptIsValidBash(@TempDir Path dir) throws Exception {
        JsonNode action = new CompositeActionRunner(dir, dir.resolve("tmp")).action;
        for (JsonNode step : action.at("/runs/steps")) {
            if (!step.has("run")) continue;
            Path script = dir.resolve("step.sh");
            Files.writeString(script, step.get("run").asText());
            Shell check = Shell.run(dir, java.util.Map.of(), List.of("bash", "-n", script.toString()));
            assertEquals(0, check.exitCode(), step.get("name").asText() + ": " + check.err());
        }
    }

    @Test
    void checksTheGivenPathsAnnotatesWritesSarifAndTheReadinessSummary(@TempDir Path dir) throws Exception {
        Path workspace = workspaceWithFixtures(dir);
        CompositeActionRunner runner = new CompositeActionRunner(workspace, dir.resolve("tmp"))
                .input("paths", "docs").input("upload-sarif", "true");
        Shell select = runner.run("Select documents");
        assertEquals(0, select.exitCode(), select.err());
        assertEquals("1", runner.outputs("select").get("count"));

        Shell check = runner.run("Check documents");
        assertEquals(0, check.exitCode(), "the check step records the exit code and leaves failing to the last step: " + check.err());
        assertEquals("0", runner.outputs("check").get("exit-code"), "warnings only, no --max-warnings");
        assertTrue(check.out().lines().anyMatch(l -> l.startsWith("::warning file=docs/feed-ranking.md,line=")), check.out());

        Path sarif = workspace.resolve(runner.outputs("check").get("sarif-file"));
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals("docs/feed-ranking.md", log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());

        String summary = Files.readString(runner.summary);
        assertTrue(summary.contains("| Document | Readiness | Band | Required blocks |"), summary);
        assertTrue(summary.matches("(?s).*\\| `docs/feed-ranking.md` \\| \\d+/100 \\| not ready \\| 3/5 \\|.*"), summary);
        assertTrue(summary.matches("(?s).*\\| `docs/search-ranking.md` \\| \\d+/100 \\| [a-z ]+ \\| 5/5 \\|.*"), summary);
        assertTrue(summary.contains("2 files checked:"), summary);
    }

    @Test
    void findingsOverTheLimitFailTheLastStepWithRubricsExitCode(@TempDir Path dir) throws Exception {
        Path workspace = workspaceWithFixtures(dir);
        CompositeActionRunner runner = new CompositeActionRunner(workspace, dir.resolve("tmp"))
                .input("paths", "docs/feed-ranking.md").input("max-warnings", "0");
        runner.run("Select documents");
        Shell check = runner.run("Check documents");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("1", runner.outputs("check").get("exit-code"));
        assertEquals("inputs.fail-on-findings == 'true' && steps.check.outputs.exit-code != '' && steps.check.outputs.exit-code != '0'",
                runner.step("Fail on findings").get("if").asText());
        Shell fail = runner.run("Fail on findings");
        assertEquals(1, fail.exitCode());
    }

    @Test
    void changedOnlyChecksJustTheDocumentsThePullRequestTouches(@TempDir Path dir) throws Exception {
        Path repo = ChangedDocsScriptTest.repositoryWithFeatureBranch(dir);
        CompositeActionRunner runner = new CompositeActionRunner(repo, dir.resolve("tmp"))
                .input("paths", "docs\nnotes").input("changed-only", "true").github("base_ref", "")
                .input("base-ref", "main");
        Shell select = runner.run("Select documents");
        assertEquals(0, select.exitCode(), select.err());
        assertEquals("4", runner.outputs("select").get("count"), "new design.md, old.md, renamed.md, idea.md");

        Shell check = runner.run("Check documents");
        assertEquals(0, check.exitCode(), check.err());
        List<String> readiness = check.out().lines().filter(l -> l.contains(": readiness ")).map(l -> l.substring(0, l.indexOf(": readiness"))).toList();
        assertEquals(List.of("docs/new design.md", "docs/old.md", "docs/renamed.md", "notes/idea.md"), readiness);
    }

    @Test
    void changedOnlyWithNothingChangedSkipsTheCheck(@TempDir Path dir) throws Exception {
        Path repo = ChangedDocsScriptTest.repositoryWithFeatureBranch(dir);
        CompositeActionRunner runner = new CompositeActionRunner(repo, dir.resolve("tmp"))
                .input("paths", "elsewhere").input("changed-only", "true").input("base-ref", "main");
        runner.run("Select documents");
        assertEquals("0", runner.outputs("select").get("count"));
        assertEquals("steps.select.outputs.count != '0'", runner.step("Check documents").get("if").asText());
    }
}
