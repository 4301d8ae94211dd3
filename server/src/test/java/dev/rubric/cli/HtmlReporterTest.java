package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.readiness.Readiness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {
    private static FileReport lint(String path) throws Exception {
        String text = Files.readString(Path.of(path));
        return new FileReport(path, new Linter().lint(Path.of(path).toUri(), text, LintOptions.defaults()), null, 0);
    }

    private static String render(FileReport... reports) {
        return new HtmlReporter().render(List.of(reports));
    }

    @Test
    void thePageLoadsNothingFromAnywhereAndRunsNoScript() throws Exception {
        String html = render(lint(CliRun.FEED), lint(CliRun.SEARCH)).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<link"), "no linked style sheet or font");
        assertFalse(html.contains("<img"), "no image element");
        assertFalse(html.contains("@import") || html.contains("@font-face") || html.contains("url("), "no fetches from CSS");
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find(), "only in-page links");
        assertTrue(html.contains("<meta http-equiv=\"content-security-policy\" content=\"default-src &#39;none&#39;"), "CSP forbids fetches");
        assertTrue(html.contains("<style>"), "the style sheet is inline");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
    }

    @Test
    void documentTextIsEscapedEverywhereItAppears() throws Exception {
        String html = render(lint(CliRun.FEED));
        // the fixture's front matter title and a paragraph carry markup
        assertTrue(html.contains("Feed ranking &lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"), "title shown as text");
        assertTrue(html.contains("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;, &#39;yes&#39;)&lt;/script&gt;"),
                "the excerpt shows the script as text");
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<script>"));
        assertEquals("<b>&lt;/pre&gt;&quot;&amp;&#39;</b>", "<b>" + HtmlBuilder.escape("</pre>\"&'") + "</b>");
    }

    @Test
    void eachDocumentShowsItsScoreBandAndBreakdown() throws Exception {
        FileReport feed = lint(CliRun.FEED);
        int score = Readiness.of(feed.result()).score();
        String html = render(feed);
        assertTrue(html.contains("data-readiness=\"" + score + "\""));
        assertTrue(html.contains("<strong class=\"score-value\">" + score + "</strong>"));
        assertTrue(html.contains("aria-label=\"readiness " + score + " out of 100\""), "the donut is labelled with the score");
        assertTrue(html.contains("class=\"band band-not-ready\">not ready<"), html);
        assertTrue(html.contains("Coverage 30/50"), "3 of 5 blocks");
        assertTrue(html.contains("(3 of 5 required blocks)"));
    }

    @Test
    void blockCoverageListsEveryBlockWithItsStatusInTableAndChart() throws Exception {
        String html = render(lint(CliRun.FEED));
        for (String block : List.of("problem-definition", "data-pipeline", "model-architecture")) {
            assertTrue(html.contains("<tr class=\"block\" data-block=\"" + block + "\" data-status=\"present\">"), block);
            assertTrue(html.contains("<g class=\"bar present\" data-block=\"" + block + "\">"), block);
        }
        for (String block : List.of("scaling-strategy", "tradeoff-summary")) {
            assertTrue(html.contains("<tr class=\"block\" data-block=\"" + block + "\" data-status=\"missing\">"), block);
            assertTrue(html.contains("<g class=\"bar missing\" data-block=\"" + block + "\">"), block);
        }
        assertTrue(html.contains("<td>Scaling Strategy</td><td class=\"status-missing\">missing</td>"));
    }

    @Test
    void everyFindingIsListedWithItsSourceLineAndSuggestedFix() throws Exception {
        FileReport feed = lint(CliRun.FEED);
        String html = render(feed);
        Matcher findings = Pattern.compile("<li class=\"finding sev-(\\w+)\"").matcher(html);
        int count = 0;
        while (findings.find()) count++;
        assertEquals(feed.result().diagnostics().size(), count);
        assertTrue(html.contains("Findings (" + count + ")"));

        // the vague quantity: its line, with the words marked
        assertTrue(html.contains("<pre class=\"excerpt\"><span class=\"ln\">16</span>"), html);
        assertTrue(html.contains("<mark>high traffic</mark>."), html);
        // a missing block: the section to insert, trailing blank lines trimmed
        assertTrue(html.contains("Suggested fix: <strong>Insert &#39;Scaling Strategy&#39; section</strong>"));
        assertTrue(html.contains("<pre class=\"fix-text\">## Scaling Strategy\n\n- Load: peak ___ QPS"), html);
        assertFalse(html.contains("rubric-disable"), "suppressions are not suggested as fixes");
    }

    @Test
    void budgetFiguresFoundAreShownUnderTheirBudgetWithTheirNormalisedValue() throws Exception {
        String html = render(lint(CliRun.SEARCH));
        assertTrue(html.contains("<dd data-kind=\"throughput\"><span class=\"figure\" title=\"line 20: 300/s\">300 QPS<small> line 20</small></span></dd>"), html);
        assertTrue(html.contains("<span class=\"figure\" title=\"line 20: 150 ms\">150 ms<small> line 20</small></span>"), html);
        assertTrue(html.contains("<dd data-kind=\"cost\"><span class=\"none\">none found</span></dd>"), html);
    }

    @Test
    void aDurationThatIsNotAWaitIsNotALatencyFigure() throws Exception {
        // feed-ranking.md: "labels are clicks within 30 minutes of an impression" is a label window
        String html = render(lint(CliRun.FEED));
        assertTrue(html.contains("<dd data-kind=\"latency\"><span class=\"none\">none found</span></dd>"), html);
        assertEquals(4, html.split("<span class=\"none\">none found</span>", -1).length - 1);
    }

    @Test
    void severalDocumentsGetAnOverviewAndEachStartsAPrintedPage() throws Exception {
        String html = render(lint(CliRun.FEED), lint(CliRun.SEARCH), FileReport.failed("gone.md", "gone.md: no such file"));
        assertTrue(html.contains("<nav class=\"overview\""));
        assertTrue(html.contains("<a href=\"#doc-2\">" + CliRun.SEARCH + "</a>"));
        assertTrue(html.contains("<section class=\"document unreadable\" id=\"doc-3\" data-path=\"gone.md\">"));
        assertTrue(html.contains("Could not be read: gone.md: no such file"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains(".document + .document { break-before: page;"));
        assertTrue(html.contains(".finding, .budgets, .chart, tr { break-inside: avoid;"));
    }

    @Test
    void aCleanDocumentSaysThereIsNothingToPointOut() {
        LintResult clean = TestReports.lint("# Empty\n");
        LintResult noFindings = new LintResult(clean.document(), clean.mapping(), List.of(), clean.explanations(), List.of(), clean.analysis());
        String html = render(new FileReport("clean.md", noFindings, null, 0));
        assertTrue(html.contains("<h3>Findings: none</h3>"));
    }
}
