package dev.rubric.cli;

import static dev.rubric.cli.Cli.doc;
import static dev.rubric.cli.Cli.onlyRules;
import static dev.rubric.cli.Cli.run;
import static dev.rubric.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text and JSON reports: their exact shape, 1-based positions, UTF-16 columns. */
class CliOutputTest {
    private static final Pattern TEXT_LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (hint|info|warning|error) \\[([a-z0-9-]+)\\] (.+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textReportsOneFindingPerLineThenASummary() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block"));
        Path md = write(dir.resolve("missing.md"), doc("missing-two.md"));
        Cli.Result r = run("check", md.toString());
        List<String> lines = r.outLines();
        assertEquals(4, lines.size(), r.toString());
        assertEquals(md + ":4:1: warning [missing-block] Missing block 'Scaling Strategy' (template mle-five-block), expected after"
                + " 'Model Architecture': add a section headed 'Scaling Strategy'. It should cover: Load and latency figures;"
                + " Sharding, caching, quantization; A bullet for incremental rollout.", lines.get(0));
        assertTrue(TEXT_LINE.matcher(lines.get(1)).matches(), lines.get(1));
        assertTrue(lines.get(2).matches(Pattern.quote(md.toString()) + ": readiness \\d+/100 \\(.*\\)"), lines.get(2));
        assertEquals("1 file checked: 0 errors, 2 warnings, 0 info", lines.get(3));
    }

    @Test
    void everyTextLineHasTheDocumentedShape() {
        Path md = write(dir.resolve("raw.md"), doc("missing-two.md"));
        Cli.Result r = run("check", md.toString());
        List<String> lines = r.outLines();
        assertTrue(lines.size() > 3, r.toString());
        // findings, then the summary: one readiness line per file and the totals
        assertTrue(lines.get(lines.size() - 2).startsWith(md + ": readiness "), lines.get(lines.size() - 2));
        for (String line : lines.subList(0, lines.size() - 2)) {
            var m = TEXT_LINE.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals(md.toString(), m.group(1));
            assertTrue(Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(3)) >= 1, line);
        }
        assertTrue(lines.get(lines.size() - 1).matches("1 file checked: \\d+ errors?, \\d+ warnings?, \\d+ info"), lines.get(lines.size() - 1));
    }

    @Test
    void summaryCountsFilesAndUsesSingularsForOne() {
        write(dir.resolve(".rubric.yaml"), onlyRules("invalid-front-matter", "missing-block").replace("rules:\n", "rules:\n  missing-block: off\n"));
        Path a = write(dir.resolve("a.md"), doc("bad-front-matter.md"));
        Path b = write(dir.resolve("b.md"), doc("complete.md"));
        List<String> lines = run("check", a.toString(), b.toString()).outLines();
        assertEquals("2 files checked: 1 error, 0 warnings, 0 info", lines.get(lines.size() - 1));
    }

    @Test
    void jsonHasTheDocumentedFieldsWithOneBasedPositions() throws Exception {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block", "invalid-front-matter"));
        Path a = write(dir.resolve("a.md"), doc("missing-two.md"));
        Path b = write(dir.resolve("b.md"), doc("complete.md"));
        Cli.Result r = run("check", "--format", "json", a.toString(), b.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(Set.of("files"), fieldNames(root));
        JsonNode files = root.get("files");
        assertEquals(2, files.size());
        JsonNode first = files.get(0);
        assertTrue(fieldNames(first).containsAll(Set.of("path", "template", "diagnostics")), first.toString());
        assertEquals(a.toString(), first.get("path").asText());
        assertEquals("mle-five-block", first.get("template").asText());
        JsonNode d = first.get("diagnostics").get(0);
        assertTrue(fieldNames(d).containsAll(Set.of("rule", "severity", "message", "line", "column", "endLine", "endColumn")), d.toString());
        assertEquals("missing-block", d.get("rule").asText());
        assertEquals("warning", d.get("severity").asText());
        assertTrue(d.get("message").asText().startsWith("Missing block 'Scaling Strategy'"));
        assertEquals(4, d.get("line").asInt());
        assertEquals(1, d.get("column").asInt());
        assertEquals(4, d.get("endLine").asInt());
        assertEquals(22, d.get("endColumn").asInt(), "'# Ad click prediction' is 21 characters: the end is column 22");
        assertTrue(d.get("line").isInt() && d.get("column").isInt(), "positions are numbers");
        assertEquals(2, first.get("diagnostics").size());
        assertEquals(0, files.get(1).get("diagnostics").size());
        assertTrue(files.get(1).get("diagnostics").isArray());
    }

    @Test
    void jsonColumnsCountUtf16UnitsLikeEditorsDo() throws Exception {
        write(dir.resolve(".rubric.yaml"), onlyRules("invalid-directive"));
        // 😀 is one code point, two UTF-16 units
        Path md = write(dir.resolve("emoji.md"), "# T\n\n😀 中文 text <!-- rubric-disable nope -->\n");
        JsonNode d = JSON.readTree(run("check", "--format", "json", md.toString()).out()).get("files").get(0).get("diagnostics").get(0);
        assertEquals("invalid-directive", d.get("rule").asText());
        assertEquals(3, d.get("line").asInt());
        assertEquals(12, d.get("column").asInt()); // 😀 2 + " " + 中文 2 + " text " = 11 units before it
        assertEquals(40, d.get("endColumn").asInt());
        Cli.Result text = run("check", md.toString());
        assertTrue(text.out().startsWith(md + ":3:12: warning [invalid-directive] "), text.out());
    }

    @Test
    void anUnreadableFileAppearsInJsonWithAnError() throws Exception {
        Path bad = dir.resolve("bad.md");
        java.nio.file.Files.write(bad, new byte[] {'a', 0, 'b'});
        Cli.Result r = run("check", "--format", "json", bad.toString());
        assertEquals(2, r.code());
        JsonNode f = JSON.readTree(r.out()).get("files").get(0);
        assertEquals(bad.toString(), f.get("path").asText());
        assertTrue(f.get("template").isNull());
        assertEquals(0, f.get("diagnostics").size());
        assertEquals(bad + ": binary file (NUL byte at offset 1), not a Markdown document", f.get("error").asText());
    }

    @Test
    void stdinIsReportedAsStdin() {
        Cli.Result r = Cli.runWithInput(doc("missing-two.md"), "check", "--template", "mle-five-block", "-");
        assertTrue(r.out().contains("<stdin>:4:1: warning [missing-block] Missing block 'Scaling Strategy'"), r.toString());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new TreeSet<>();
        List<String> list = new ArrayList<>();
        n.fieldNames().forEachRemaining(list::add);
        names.addAll(list);
        return names;
    }
}
