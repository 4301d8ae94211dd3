package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rubric.core.rule.RuleRegistry;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;

    @BeforeAll
    static void loadOfficialSchema() throws Exception {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/ci/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    private static JsonNode sarifOf(String... paths) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "sarif"));
        args.addAll(List.of(paths));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
        return JSON.readTree(run.out());
    }

    private static void assertValidSarif(JsonNode log) {
        Set<ValidationMessage> problems = sarifSchema.validate(log);
        assertTrue(problems.isEmpty(), "not valid SARIF 2.1.0: " + problems);
    }

    @Test
    void theSchemaIsTheOfficialOasisOneAndCatchesMistakes() throws Exception {
        JsonNode schema = JSON.readTree(SarifReporterTest.class.getResourceAsStream("/ci/sarif-schema-2.1.0.json"));
        assertEquals("https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
                schema.get("$id").asText());
        JsonNode wrong = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"info\"}]}]}");
        assertFalse(sarifSchema.validate(wrong).isEmpty(), "'info' is not a SARIF level; the validator must say so");
    }

    @Test
    void outputForIncompleteAndCompleteDocumentsIsValidSarif210() throws Exception {
        assertValidSarif(sarifOf(CliRun.FEED, CliRun.SEARCH));
    }

    @Test
    void outputWithAnUnreadableFileAndStdinIsValidSarif210(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("binary.md");
        Files.write(binary, new byte[] {'#', ' ', 0, 1, 2});
        CliRun run = CliRun.withStdin("# From stdin\n\nShort.\n", "check", "--format", "sarif", binary.toString(), "-");
        assertEquals(Main.USAGE_OR_IO, run.exitCode());
        JsonNode log = JSON.readTree(run.out());
        assertValidSarif(log);
        JsonNode invocation = log.at("/runs/0/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode notification = invocation.at("/toolExecutionNotifications/0");
        assertEquals("error", notification.get("level").asText());
        assertTrue(notification.at("/message/text").asText().contains("binary file"), notification.toString());
        assertEquals(binary.toUri().toString(), notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
                "a file outside the working directory is named by its absolute URI");
    }

    @Test
    void theDriverDescribesEveryRuleWithDescriptionsHelpAndDefaultLevel() throws Exception {
        JsonNode driver = sarifOf(CliRun.SEARCH).at("/runs/0/tool/driver");
        assertEquals("Rubric", driver.get("name").asText());
        assertEquals(Version.get(), driver.get("version").asText());
        assertTrue(driver.get("informationUri").asText().startsWith("https://"));
        JsonNode rules = driver.get("rules");
        assertEquals(RuleRegistry.builtIn().all().size(), rules.size());
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            var declared = RuleRegistry.builtIn().get(id).orElseThrow();
            assertEquals(declared.description(), rule.at("/shortDescription/text").asText());
            assertFalse(rule.at("/fullDescription/text").asText().isBlank(), id);
            assertEquals(RuleDocs.uri(id), rule.get("helpUri").asText());
            assertEquals(SarifReporter.level(declared.defaultSeverity()), rule.at("/defaultConfiguration/level").asText());
        }
    }

    @Test
    void resultsPointAtTheFindingWithOneBasedRegionsRelativeToTheWorkingDirectory() throws Exception {
        JsonNode run = sarifOf(CliRun.FEED).at("/runs/0");
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().startsWith("file:/"));
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().endsWith("/"));
        JsonNode vague = find(run.get("results"), "vague-quantity");
        assertEquals("note", vague.get("level").asText(), "an info finding is a SARIF note");
        JsonNode location = vague.at("/locations/0/physicalLocation");
        assertEquals(CliRun.FEED, location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());

        // the text format says feed-ranking.md:16:116 for the same finding
        JsonNode region = location.get("region");
        assertEquals(16, region.get("startLine").asInt());
        assertEquals(116, region.get("startColumn").asInt());
        assertEquals(16, region.get("endLine").asInt());
        assertEquals(116 + "high traffic".length(), region.get("endColumn").asInt(), "endColumn is just past the region");
        assertTrue(region.at("/snippet/text").asText().contains("high traffic"));

        JsonNode ruleEntry = run.at("/tool/driver/rules/" + vague.get("ruleIndex").asInt());
        assertEquals("vague-quantity", ruleEntry.get("id").asText(), "ruleIndex points at the result's rule");
    }

    @Test
    void aFindingWithAFixCarriesItAsReplacementsButNotItsSuppressionComment() throws Exception {
        JsonNode results = sarifOf(CliRun.FEED).at("/runs/0/results");
        JsonNode missing = find(results, "missing-block");
        JsonNode fix = missing.at("/fixes/0");
        assertTrue(fix.at("/description/text").asText().startsWith("Insert '"), fix.toString());
        JsonNode replacement = fix.at("/artifactChanges/0/replacements/0");
        assertEquals(CliRun.FEED, fix.at("/artifactChanges/0/artifactLocation/uri").asText());
        JsonNode deleted = replacement.get("deletedRegion");
        assertEquals(deleted.get("startLine"), deleted.get("endLine"));
        assertEquals(deleted.get("startColumn"), deleted.get("endColumn"), "an insertion deletes nothing");
        assertTrue(replacement.at("/insertedContent/text").asText().startsWith("## "), replacement.toString());
        for (JsonNode result : results) {
            for (JsonNode f : result.path("fixes")) {
                assertFalse(f.toString().contains("rubric-disable"), "suppressions hide findings; they are not fixes: " + f);
            }
        }
    }

    @Test
    void eachDocumentIsAnArtifactWithItsReadiness() throws Exception {
        JsonNode artifacts = sarifOf(CliRun.FEED, CliRun.SEARCH).at("/runs/0/artifacts");
        assertEquals(2, artifacts.size());
        CliRun json = CliRun.of("check", "--format", "json", CliRun.FEED);
        int readiness = JSON.readTree(json.out()).at("/files/0/readiness").asInt();
        assertEquals(readiness, artifacts.at("/0/properties/readiness").asInt());
    }

    @Test
    void levelsFollowSeverity() {
        assertEquals("error", SarifReporter.level(dev.rubric.core.rule.Severity.ERROR));
        assertEquals("warning", SarifReporter.level(dev.rubric.core.rule.Severity.WARNING));
        assertEquals("note", SarifReporter.level(dev.rubric.core.rule.Severity.HINT));
        assertEquals("none", SarifReporter.level(dev.rubric.core.rule.Severity.OFF));
    }

    @Test
    void aRulePageProvidesTheFullDescriptionWhenThereIsOne() {
        String page = """
                ---
                id: latency-budget
                ---
                # latency-budget

                The design states a latency target
                in time units.

                ## Examples
                """;
        assertEquals("The design states a latency target in time units.", RulePage.summary(page).orElseThrow());
        assertTrue(RulePage.summary("# only a title\n\n```\ncode\n```\n").isEmpty());
    }

    @Test
    void writesToAFileWithOutputAndLeavesStandardOutputEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reports/rubric.sarif");
        CliRun run = CliRun.of("check", "--format", "sarif", "-o", file.toString(), CliRun.FEED);
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertValidSarif(JSON.readTree(file.toFile()));
    }

    @Test
    void relativeUrisArePercentEncodedAndNeverEscapeTheBase(@TempDir Path dir) {
        assertEquals("docs/My%20Design%23v2.md", ArtifactUri.relative("docs/My Design#v2.md", dir).orElseThrow());
        assertEquals("d%C3%A9sign.md", ArtifactUri.relative(dir.resolve("désign.md").toString(), dir).orElseThrow());
        assertTrue(ArtifactUri.relative("../outside.md", dir).isEmpty());
        assertTrue(ArtifactUri.relative("<stdin>", dir).isEmpty());
        assertEquals("%3Cstdin%3E", ArtifactUri.absolute("<stdin>"));
    }

    @Test
    void documentsOutsideTheWorkingDirectoryGetAbsoluteUris(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("a.md");
        Files.writeString(doc, "# A\n\nText.\n");
        StringWriter out = new StringWriter();
        new SarifReporter(dir.resolve("elsewhere")).write(
                List.of(new FileReport(doc.toString(), new dev.rubric.core.Linter().lint(doc.toUri(), Files.readString(doc),
                        dev.rubric.core.LintOptions.defaults()), null, 0)), false, new PrintWriter(out));
        JsonNode log = JSON.readTree(out.toString());
        assertValidSarif(log);
        JsonNode location = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals(doc.toUri().toString(), location.get("uri").asText());
        assertTrue(location.path("uriBaseId").isMissingNode());
    }

    private static JsonNode find(JsonNode results, String rule) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(rule)) return r;
        }
        throw new AssertionError("no " + rule + " result in " + results);
    }
}
