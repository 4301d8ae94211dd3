package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.LintResult;
import dev.rubric.core.readiness.Readiness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readiness score in `rubric check`'s text and JSON output, the new formats' registration, and --output. */
class CheckReadinessOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern READINESS_LINE = Pattern.compile("^(.+): readiness (\\d+)/100 \\((ready|needs work|not ready); (\\d+)/(\\d+) required blocks\\)$");

    @Test
    void theTextSummaryHasAReadinessLinePerDocumentBeforeTheTotals() {
        CliRun run = CliRun.of("check", CliRun.FEED, CliRun.SEARCH);
        List<String> lines = run.out().lines().toList();
        List<Matcher> readiness = lines.stream().map(READINESS_LINE::matcher).filter(Matcher::matches).toList();
        assertEquals(List.of(CliRun.FEED, CliRun.SEARCH), readiness.stream().map(m -> m.group(1)).toList(), run.out());
        assertEquals("3", readiness.get(0).group(4));
        assertEquals("5", readiness.get(0).group(5));
        assertEquals("5", readiness.get(1).group(4), "every block present in the complete document");
        assertTrue(lines.get(lines.size() - 1).startsWith("2 files checked: "), run.out());
    }

    @Test
    void theTextAndJsonScoresAreTheCoreScore() throws Exception {
        String text = Files.readString(Path.of(CliRun.FEED));
        LintResult result = new dev.rubric.core.Linter().lint(Path.of(CliRun.FEED).toUri(), text, dev.rubric.core.LintOptions.defaults());
        int expected = Readiness.of(result).score();

        Matcher m = CliRun.of("check", CliRun.FEED).out().lines().map(READINESS_LINE::matcher).filter(Matcher::matches).findFirst().orElseThrow();
        assertEquals(expected, Integer.parseInt(m.group(2)));
        JsonNode file = JSON.readTree(CliRun.of("check", "--format", "json", CliRun.FEED).out()).at("/files/0");
        assertEquals(expected, file.get("readiness").asInt());
        assertTrue(file.get("readiness").isInt(), "a plain number for scripts: jq '.files[].readiness'");
    }

    @Test
    void jsonKeepsItsExistingFieldsAndAddsReadinessWithItsBreakdown() throws Exception {
        JsonNode file = JSON.readTree(CliRun.of("check", "--format", "json", CliRun.FEED).out()).at("/files/0");
        for (String field : List.of("path", "template", "templateSource", "diagnostics", "readiness", "readinessDetail")) {
            assertTrue(file.has(field), field + " in " + file);
        }
        JsonNode diagnostic = file.at("/diagnostics/0");
        for (String field : List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "fixes")) {
            assertTrue(diagnostic.has(field), field + " in " + diagnostic);
        }
        JsonNode detail = file.get("readinessDetail");
        assertEquals(5, detail.get("requiredBlocks").asInt());
        assertEquals(3, detail.get("presentRequiredBlocks").asInt());
        assertEquals(30.0, detail.get("coveragePoints").asDouble(), 1e-9);
        assertEquals(file.get("readiness").asInt(), (int) Math.round(detail.get("coveragePoints").asDouble() + detail.get("findingPoints").asDouble()));
        assertEquals("not ready", detail.get("band").asText());
    }

    @Test
    void anUnreadableFileHasNoReadinessInJson(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("b.md");
        Files.write(binary, new byte[] {0, 1});
        JsonNode file = JSON.readTree(CliRun.of("check", "--format", "json", binary.toString()).out()).at("/files/0");
        assertTrue(file.get("readiness").isNull());
    }

    @Test
    void anUnknownFormatNamesEveryFormatThereIs() {
        CliRun run = CliRun.of("check", "--format", "yaml", CliRun.FEED);
        assertEquals(Main.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().contains("checkstyle, github, html, json, junit, sarif, text"), run.err());
    }

    @Test
    void outputWritesTheReportToAFileAndKeepsTheExitCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/report.xml");
        Path broken = dir.resolve("errors.md");
        Files.writeString(broken, "---\ntemplate: [unclosed\n---\n# Doc\n");
        CliRun run = CliRun.of("check", "--format", "checkstyle", "--output", file.toString(), broken.toString());
        assertEquals(Main.FINDINGS, run.exitCode(), "invalid front matter is an error: " + run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(file).contains("rubric.invalid-front-matter"));
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsAnIoError(@TempDir Path dir) throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "");
        CliRun run = CliRun.of("check", "-o", notADirectory.resolve("out.txt").toString(), CliRun.SEARCH);
        assertEquals(Main.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().startsWith("rubric: cannot write "), run.err());
    }
}
