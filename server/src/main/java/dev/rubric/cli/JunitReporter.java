package dev.rubric.cli;

import dev.rubric.core.LintResult;
import dev.rubric.core.readiness.Readiness;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines, ...) turn into a test tab:
 * a testsuite per document and a testcase per rule. A rule with warning or error findings on
 * the document fails its testcase; info and hint findings leave it passing and are listed in
 * its output. A document that could not be read, or a rule that crashed, is a test error.
 */
final class JunitReporter implements Reporter {
    private final List<String> ruleIds;

    JunitReporter() {
        this(RuleRegistry.builtIn().all().stream().map(Rule::id).toList());
    }

    JunitReporter(List<String> ruleIds) {
        this.ruleIds = List.copyOf(ruleIds);
    }

    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        List<Suite> suites = reports.stream().map(this::suite).toList();
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start("testsuites").attribute("name", "rubric")
                    .attribute("tests", suites.stream().mapToInt(s -> s.cases.size()).sum())
                    .attribute("failures", suites.stream().mapToLong(Suite::failures).sum())
                    .attribute("errors", suites.stream().mapToLong(Suite::errors).sum())
                    .attribute("time", "0");
            for (Suite suite : suites) write(suite, xml);
            xml.end();
        }
        out.flush();
    }

    /** One testcase: passed, failed by findings, or in error because the check could not run. */
    private record Case(String name, List<Diagnostic> findings, String error) {
        boolean failed() {
            return error == null && findings.stream().anyMatch(d -> d.severity().compareTo(Severity.WARNING) >= 0);
        }
    }

    private record Suite(FileReport report, List<Case> cases) {
        long failures() {
            return cases.stream().filter(Case::failed).count();
        }

        long errors() {
            return cases.stream().filter(c -> c.error() != null).count();
        }
    }

    private Suite suite(FileReport report) {
        LintResult result = report.result();
        if (result == null) return new Suite(report, List.of(new Case("read", List.of(), report.error())));
        Map<String, List<Diagnostic>> byRule = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(ruleIds);
        for (Diagnostic d : result.diagnostics()) {
            names.add(d.rule());
            byRule.computeIfAbsent(d.rule(), k -> new ArrayList<>()).add(d);
        }
        Map<String, String> crashed = new LinkedHashMap<>();
        for (LintResult.RuleFailure f : result.failures()) {
            names.add(f.rule());
            crashed.put(f.rule(), f.error());
        }
        List<Case> cases = new ArrayList<>();
        for (String rule : names) cases.add(new Case(rule, byRule.getOrDefault(rule, List.of()), crashed.get(rule)));
        return new Suite(report, cases);
    }

    private static void write(Suite suite, XmlOutput xml) {
        FileReport report = suite.report();
        xml.start("testsuite").attribute("name", report.path())
                .attribute("tests", suite.cases().size())
                .attribute("failures", suite.failures())
                .attribute("errors", suite.errors())
                .attribute("skipped", 0)
                .attribute("time", "0");
        if (report.result() != null) {
            xml.start("properties");
            xml.empty("property").attribute("name", "template").attribute("value", report.result().mapping().template().id());
            xml.empty("property").attribute("name", "readiness").attribute("value", Readiness.of(report.result()).score());
            xml.end();
        }
        for (Case c : suite.cases()) {
            if (c.error() == null && c.findings().isEmpty()) {
                xml.empty("testcase").attribute("name", c.name()).attribute("classname", report.path()).attribute("time", "0");
                continue;
            }
            xml.start("testcase").attribute("name", c.name()).attribute("classname", report.path()).attribute("time", "0");
            if (c.error() != null) {
                xml.start("error").attribute("message", c.error()).attribute("type", "rubric").text(c.error()).end();
            } else if (c.failed()) {
                Diagnostic worst = c.findings().stream().max((a, b) -> a.severity().compareTo(b.severity())).orElseThrow();
                String message = c.findings().size() == 1 ? worst.message() : c.findings().size() + " findings; first: " + c.findings().get(0).message();
                xml.start("failure").attribute("message", message).attribute("type", worst.severity().id())
                        .text(listing(report.path(), c.findings())).end();
            } else {
                xml.start("system-out").text(listing(report.path(), c.findings())).end();
            }
            xml.end();
        }
        xml.end();
    }

    /** Findings as the text format prints them, so the failure body reads like the terminal. */
    private static String listing(String path, List<Diagnostic> findings) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : findings) {
            text.append(path).append(':').append(d.range().start().line() + 1).append(':').append(d.range().start().column() + 1)
                    .append(": ").append(d.severity().id()).append(' ').append(d.message()).append('\n');
        }
        return text.toString();
    }
}
