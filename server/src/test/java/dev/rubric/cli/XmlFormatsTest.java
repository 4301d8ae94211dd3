package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintResult;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit and Checkstyle XML: well-formed whatever the document holds, and what CI servers read from them. */
class XmlFormatsTest {
    private static final String DOC = "# Title\n\n## Problem\n\nIt is fast.\n";

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) list.add((Element) nodes.item(i));
        return list;
    }

    private static Element testcase(Element suite, String name) {
        return elements(suite, "testcase").stream().filter(t -> t.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no testcase " + name));
    }

    @Test
    void junitHasATestsuitePerFileAndATestcasePerRule() throws Exception {
        CliRun run = CliRun.of("check", "--format", "junit", CliRun.FEED, CliRun.SEARCH);
        Element root = parse(run.out()).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = elements(root, "testsuite");
        assertEquals(List.of(CliRun.FEED, CliRun.SEARCH), suites.stream().map(s -> s.getAttribute("name")).toList());
        int rules = RuleRegistry.builtIn().all().size();
        for (Element suite : suites) {
            assertEquals(rules, elements(suite, "testcase").size());
            assertEquals(String.valueOf(rules), suite.getAttribute("tests"));
            assertEquals(String.valueOf(elements(suite, "failure").size()), suite.getAttribute("failures"));
        }
        int allFailures = elements(root, "failure").size();
        assertEquals(String.valueOf(allFailures), root.getAttribute("failures"));
        assertEquals(String.valueOf(2 * rules), root.getAttribute("tests"));
    }

    @Test
    void junitFailsARuleWithWarningsListingEveryFindingAndPassesInfoOnlyRules() throws Exception {
        Element feed = elements(parse(CliRun.of("check", "--format", "junit", CliRun.FEED).out()).getDocumentElement(), "testsuite").get(0);
        Element missing = testcase(feed, "missing-block");
        Element failure = elements(missing, "failure").get(0);
        assertEquals("warning", failure.getAttribute("type"));
        assertEquals(2, failure.getTextContent().lines().count(), "both missing blocks: " + failure.getTextContent());
        assertTrue(failure.getTextContent().startsWith(CliRun.FEED + ":"), failure.getTextContent());

        Element vague = testcase(feed, "vague-quantity");
        assertTrue(elements(vague, "failure").isEmpty(), "info findings do not fail the build");
        assertTrue(elements(vague, "system-out").get(0).getTextContent().contains("high traffic"));

        Element clean = testcase(feed, "invalid-front-matter");
        assertEquals(0, clean.getChildNodes().getLength(), "a passing rule is an empty testcase");
        assertEquals(CliRun.FEED, clean.getAttribute("classname"));
    }

    @Test
    void junitRecordsTemplateAndReadinessAsSuiteProperties() throws Exception {
        Element suite = elements(parse(CliRun.of("check", "--format", "junit", CliRun.FEED).out()).getDocumentElement(), "testsuite").get(0);
        int readiness = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("check", "--format", "json", CliRun.FEED).out()).at("/files/0/readiness").asInt();
        List<Element> properties = elements(suite, "property");
        assertEquals("mle-five-block", properties.get(0).getAttribute("value"));
        assertEquals("readiness", properties.get(1).getAttribute("name"));
        assertEquals(String.valueOf(readiness), properties.get(1).getAttribute("value"));
    }

    @Test
    void junitReportsAnUnreadableFileAsATestError() throws Exception {
        String xml = TestReports.render(new JunitReporter(List.of("monitoring")), List.of(FileReport.failed("bin.md", "bin.md: binary file")));
        Element suite = elements(parse(xml).getDocumentElement(), "testsuite").get(0);
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("bin.md: binary file", elements(suite, "error").get(0).getAttribute("message"));
    }

    @Test
    void bothXmlFormatsStayWellFormedWithMarkupQuotesAndControlCharacters() throws Exception {
        String nasty = "<b>\"x\" & 'y'</b> ]]> \u0001\u001b[31m \ud800 end";
        LintResult result = TestReports.withFinding(DOC, "vague-quantity", Severity.WARNING, nasty, 0, 1);
        List<FileReport> reports = List.of(new FileReport("a&b <c>.md", result, null, 0));

        Document junit = parse(TestReports.render(new JunitReporter(List.of("vague-quantity")), reports));
        Element failure = elements(junit.getDocumentElement(), "failure").get(0);
        assertEquals("<b>\"x\" & 'y'</b> ]]> \uFFFD\uFFFD[31m \uFFFD end", failure.getAttribute("message"));
        assertEquals("a&b <c>.md", elements(junit.getDocumentElement(), "testsuite").get(0).getAttribute("name"));

        Document checkstyle = parse(TestReports.render(new CheckstyleReporter(), reports));
        Element error = elements(checkstyle.getDocumentElement(), "error").stream()
                .filter(e -> e.getAttribute("source").equals("rubric.vague-quantity")).findFirst().orElseThrow();
        assertEquals("<b>\"x\" & 'y'</b> ]]> \uFFFD\uFFFD[31m \uFFFD end", error.getAttribute("message"));
    }

    @Test
    void checkstyleHasAFilePerDocumentAndAnErrorPerFindingWithItsPositionAndRule() throws Exception {
        CliRun text = CliRun.of("check", CliRun.FEED, CliRun.SEARCH);
        CliRun run = CliRun.of("check", "--format", "checkstyle", CliRun.FEED, CliRun.SEARCH);
        Element root = parse(run.out()).getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        List<Element> files = elements(root, "file");
        assertEquals(List.of(CliRun.FEED, CliRun.SEARCH), files.stream().map(f -> f.getAttribute("name")).toList());

        // the same findings as the text format, position for position
        List<String> fromText = text.out().lines().filter(l -> l.matches(".*:\\d+:\\d+: .*"))
                .map(l -> l.replaceFirst("^(.*?):(\\d+):(\\d+): (\\w+) \\[([a-z-]+)\\].*$", "$1:$2:$3 $4 rubric.$5")).toList();
        List<String> fromXml = new ArrayList<>();
        for (Element file : files) {
            for (Element e : elements(file, "error")) {
                fromXml.add(file.getAttribute("name") + ":" + e.getAttribute("line") + ":" + e.getAttribute("column") + " "
                        + e.getAttribute("severity") + " " + e.getAttribute("source"));
            }
        }
        assertEquals(fromText, fromXml);
    }

    @Test
    void checkstyleSeveritiesAreTheOnesCheckstyleKnows() {
        assertEquals("info", CheckstyleReporter.severity(Severity.HINT));
        assertEquals("info", CheckstyleReporter.severity(Severity.INFO));
        assertEquals("warning", CheckstyleReporter.severity(Severity.WARNING));
        assertEquals("error", CheckstyleReporter.severity(Severity.ERROR));
    }
}
