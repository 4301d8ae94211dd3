package dev.rubric.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.LintResult;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.fix.TextEdit;
import dev.rubric.core.readiness.Readiness;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.text.Range;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning services (GitHub's among them) import: one run whose
 * driver describes every rule, one result per finding with its location and proposed fixes.
 * Document locations are relative to the directory Rubric ran in (uriBaseId
 * {@value #SOURCE_ROOT}) so the service can match them to its checkout.
 */
final class SarifReporter implements Reporter {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String TOOL_NAME = "Rubric";
    static final String INFORMATION_URI = "https://github.com/rubric-lint/rubric";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path base;
    private final List<Rule> rules;

    /** @param base the directory locations are relative to (the working directory on the command line) */
    SarifReporter(Path base) {
        this(base, RuleRegistry.builtIn().all());
    }

    SarifReporter(Path base, List<Rule> rules) {
        this.base = base.toAbsolutePath().normalize();
        this.rules = List.copyOf(rules);
    }

    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = driver(run.putObject("tool").putObject("driver"));
        run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", directoryUri(base));
        run.put("columnKind", "utf16CodeUnits");
        invocation(run.putArray("invocations").addObject(), reports);
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        for (FileReport report : reports) {
            ObjectNode artifact = artifacts.addObject();
            artifact.set("location", artifactLocation(report.path()));
            if (report.result() == null) continue;
            artifact.putObject("properties").put("readiness", Readiness.of(report.result()).score());
            for (Diagnostic d : report.result().diagnostics()) {
                result(results.addObject(), report, d, ruleIndex);
            }
        }
        try {
            out.println(JSON.writeValueAsString(log));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Describes the tool and every rule it has, so a result's rule can be looked up even when it is off by default. */
    private Map<String, Integer> driver(ObjectNode driver) {
        driver.put("name", TOOL_NAME);
        driver.put("version", Version.get());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode array = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule rule : rules) {
            index.put(rule.id(), array.size());
            ObjectNode r = array.addObject();
            r.put("id", rule.id());
            r.put("name", pascalCase(rule.id()));
            r.putObject("shortDescription").put("text", rule.description());
            var page = RuleDocs.page(rule.id());
            r.putObject("fullDescription").put("text", page.flatMap(RulePage::summary).orElse(rule.description()));
            r.put("helpUri", RuleDocs.uri(rule.id()));
            page.ifPresent(markdown -> r.putObject("help").put("text", rule.description()).put("markdown", markdown));
            ObjectNode config = r.putObject("defaultConfiguration");
            config.put("level", level(rule.defaultSeverity()));
            if (rule.defaultSeverity() == Severity.OFF) config.put("enabled", false);
        }
        return index;
    }

    /** Files that could not be read and rules that crashed, reported as the tool's own notifications. */
    private void invocation(ObjectNode invocation, List<FileReport> reports) {
        boolean successful = true;
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (FileReport report : reports) {
            if (report.result() == null) {
                successful = false;
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", report.error());
                n.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", artifactLocation(report.path()));
                continue;
            }
            for (LintResult.RuleFailure failure : report.result().failures()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", "rule " + failure.rule() + " failed (other rules ran): " + failure.error());
                n.putObject("associatedRule").put("id", failure.rule());
                n.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", artifactLocation(report.path()));
            }
        }
        invocation.put("executionSuccessful", successful);
    }

    private void result(ObjectNode result, FileReport report, Diagnostic d, Map<String, Integer> ruleIndex) {
        result.put("ruleId", d.rule());
        Integer index = ruleIndex.get(d.rule());
        if (index != null) result.put("ruleIndex", index);
        result.put("level", level(d.severity()));
        result.putObject("message").put("text", d.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.set("artifactLocation", artifactLocation(report.path()));
        ObjectNode region = region(physical.putObject("region"), d.range());
        String line = report.result().document().lines().lineText(d.range().start().line());
        if (!line.isBlank()) region.putObject("snippet").put("text", line);
        List<Fix> fixes = SuggestedFixes.of(d);
        if (fixes.isEmpty()) return;
        ArrayNode array = result.putArray("fixes");
        for (Fix fix : fixes) {
            ObjectNode f = array.addObject();
            f.putObject("description").put("text", fix.title());
            ObjectNode change = f.putArray("artifactChanges").addObject();
            change.set("artifactLocation", artifactLocation(report.path()));
            ArrayNode replacements = change.putArray("replacements");
            for (TextEdit edit : fix.edits()) {
                ObjectNode replacement = replacements.addObject();
                region(replacement.putObject("deletedRegion"), edit.range());
                replacement.putObject("insertedContent").put("text", edit.newText());
            }
        }
    }

    /** 1-based lines and columns; the end column is the one just past the region, as SARIF defines it. */
    private static ObjectNode region(ObjectNode region, Range range) {
        region.put("startLine", range.start().line() + 1);
        region.put("startColumn", range.start().column() + 1);
        region.put("endLine", range.end().line() + 1);
        region.put("endColumn", range.end().column() + 1);
        return region;
    }

    private ObjectNode artifactLocation(String path) {
        ObjectNode location = JSON.createObjectNode();
        var relative = ArtifactUri.relative(path, base);
        if (relative.isPresent()) {
            location.put("uri", relative.get());
            location.put("uriBaseId", SOURCE_ROOT);
        } else {
            location.put("uri", ArtifactUri.absolute(path));
        }
        return location;
    }

    /** SARIF's levels: there is no "info", and hints are notes too. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
            case OFF -> "none";
        };
    }

    private static String directoryUri(Path dir) {
        String uri = dir.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A rule's SARIF "name": the id in PascalCase ("latency-budget" → "LatencyBudget"). */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (part.isEmpty()) continue;
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }
}
