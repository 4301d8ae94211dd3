package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintResult;
import dev.rubric.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
    private static final String DOC = "# Title\n\n## Problem\n\nIt is fast.\n";

    @Test
    void eachFindingIsAWorkflowCommandWithItsFullRangeAndRuleAsTitle() {
        LintResult result = TestReports.withFinding(DOC, "vague-quantity", Severity.WARNING, "'fast' with no figure",
                DOC.indexOf("fast"), DOC.indexOf("fast") + 4);
        String out = TestReports.render(new GithubReporter(), List.of(new FileReport("docs/design.md", result, null, 0)));
        assertTrue(out.lines().anyMatch(l -> l.equals(
                "::warning file=docs/design.md,line=5,col=7,endLine=5,endColumn=11,title=rubric(vague-quantity)::'fast' with no figure")),
                out);
    }

    @Test
    void severitiesMapToGithubsThreeAnnotationLevels() {
        assertEquals("error", GithubReporter.level(Severity.ERROR));
        assertEquals("warning", GithubReporter.level(Severity.WARNING));
        assertEquals("notice", GithubReporter.level(Severity.INFO));
        assertEquals("notice", GithubReporter.level(Severity.HINT));
    }

    @Test
    void messagesEscapePercentAndLineBreaksSoOneFindingStaysOneCommand() {
        assertEquals("50%25 of%0D%0Aqueries: a, b", GithubReporter.data("50% of\r\nqueries: a, b"));
    }

    @Test
    void propertiesAlsoEscapeColonAndCommaWhichSeparateThem() {
        assertEquals("C%3A/docs/a%2Cb%25.md", GithubReporter.property("C:/docs/a,b%.md"));
        LintResult result = TestReports.withFinding(DOC, "monitoring", Severity.ERROR, "two\nlines", 0, 1);
        String out = TestReports.render(new GithubReporter(), List.of(new FileReport("odd: name, 100%.md", result, null, 0)));
        assertTrue(out.contains("::error file=odd%3A name%2C 100%25.md,line=1,col=1,endLine=1,endColumn=2,title=rubric(monitoring)::two%0Alines"),
                out);
    }

    @Test
    void anUnreadableFileIsAnErrorAnnotationOnThatFile() {
        String out = TestReports.render(new GithubReporter(), List.of(FileReport.failed("bin.md", "bin.md: binary file")));
        assertTrue(out.lines().anyMatch(l -> l.equals("::error file=bin.md,title=rubric::bin.md: binary file")),
                "a colon in the message needs no escape, only in properties: " + out);
    }

    @Test
    void theLogEndsWithReadinessAndTheSummaryAsPlainText() {
        CliRun run = CliRun.of("check", "--format", "github", CliRun.FEED);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().filter(l -> !l.startsWith("::")).count() == 2, run.out());
        assertTrue(lines.get(lines.size() - 2).matches(java.util.regex.Pattern.quote(CliRun.FEED) + ": readiness \\d+/100 .*"), run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("1 file checked: "), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=" + CliRun.FEED + ",line=")), run.out());
    }
}
