package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @Test
    void writesTheHtmlReportForSeveralDocumentsAndSaysWhere(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("report", CliRun.FEED, CliRun.SEARCH, "-o", out.toString());
        assertEquals(Main.OK, run.exitCode(), "findings are the report's content, not a failure: " + run.err());
        assertEquals("rubric: wrote " + out + System.lineSeparator(), run.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("data-path=\"" + CliRun.FEED + "\""));
        assertTrue(html.contains("data-path=\"" + CliRun.SEARCH + "\""));
    }

    @Test
    void lintsExactlyAsCheckDoesHonouringTemplateOverrides(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.html");
        CliRun run = CliRun.of("report", "--template", "design-doc", "-o", out.toString(), CliRun.FEED);
        assertEquals(Main.OK, run.exitCode(), run.err());
        String html = Files.readString(out);
        assertFalse(html.contains("MLE five-block"), "the forced template is used");
        assertEquals(Main.USAGE_OR_IO, CliRun.of("report", "--template", "nope", "-o", out.toString(), CliRun.FEED).exitCode());
    }

    @Test
    void dashWritesTheReportToStandardOutputAndStdinCanBeReported() {
        CliRun run = CliRun.withStdin("# From stdin\n\n## Problem Definition\n\nA <b>bold</b> claim.\n", "report", "-o", "-", "-");
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
        assertTrue(run.out().contains("data-path=\"&lt;stdin&gt;\""));
        assertFalse(run.out().contains("rubric: wrote"));
    }

    @Test
    void aMissingDocumentIsAnIoErrorAndNoReportIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("r.html");
        CliRun run = CliRun.of("report", "-o", out.toString(), dir.resolve("absent.md").toString());
        assertEquals(Main.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDocumentIsRequired() {
        CliRun run = CliRun.of("report");
        assertEquals(Main.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().contains("PATH"), run.err());
    }

    @Test
    void helpDescribesTheCommandAndItsOutputOption() {
        CliRun run = CliRun.of("report", "--help");
        assertEquals(Main.OK, run.exitCode());
        assertTrue(run.out().contains("self-contained HTML readiness report"), run.out());
        assertTrue(run.out().contains("-o, --output=FILE"), run.out());
    }
}
