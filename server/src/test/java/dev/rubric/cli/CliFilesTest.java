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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which documents a run checks, and which config and template each one gets. */
class CliFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Paths (relative to the temp folder) of the documents a JSON run reports. */
    private List<String> checked(String... args) {
        Cli.Result r = run(args);
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        try {
            List<String> paths = new ArrayList<>();
            for (JsonNode f : JSON.readTree(r.out()).get("files")) {
                Path p = Path.of(f.get("path").asText());
                paths.add((p.isAbsolute() ? dir.relativize(p) : p).toString().replace('\\', '/'));
            }
            return paths;
        } catch (Exception e) {
            throw new AssertionError(r.toString(), e);
        }
    }

    private List<String> check(String... operands) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(List.of(operands));
        return checked(args.toArray(String[]::new));
    }

    @BeforeEach
    void tree() {
        String md = doc("missing-two.md");
        write(dir.resolve("a.md"), md);
        write(dir.resolve("B.MD"), md);
        write(dir.resolve("notes.txt"), "not a document");
        write(dir.resolve("sub/c.markdown"), md);
        write(dir.resolve("sub/deeper/d.md"), md);
        write(dir.resolve(".hidden/e.md"), md);
        write(dir.resolve("sub/.cache/f.md"), md);
        write(dir.resolve("node_modules/pkg/README.md"), md);
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block"));
    }

    @Test
    void aFolderIsSearchedForMarkdownSkippingHiddenFoldersAndNodeModules() {
        assertEquals(List.of("B.MD", "a.md", "sub/c.markdown", "sub/deeper/d.md"), check(dir.toString()));
    }

    @Test
    void aFileNamedExplicitlyIsCheckedWhateverItsExtension() {
        assertEquals(List.of("notes.txt"), check(dir.resolve("notes.txt").toString()));
        assertEquals(List.of(".hidden/e.md"), check(dir.resolve(".hidden/e.md").toString()), "hidden only when walking");
    }

    @Test
    void operandsAreCheckedOnceEachInOrder() {
        assertEquals(List.of("sub/c.markdown", "sub/deeper/d.md", "a.md"),
                check(dir.resolve("sub").toString(), dir.resolve("a.md").toString(), dir.resolve("sub/c.markdown").toString()));
    }

    @Test
    void globsExpandWithGitignoreStyleDoubleStars() {
        String root = dir.toString().replace('\\', '/');
        assertEquals(List.of("a.md"), check(root + "/*.md"));
        assertEquals(List.of("a.md", "sub/deeper/d.md"), check(root + "/**/*.md"), "** matches no folder too");
        assertEquals(List.of("sub/deeper/d.md"), check(root + "/sub/**/*.md"));
        assertEquals(List.of("sub/c.markdown", "sub/deeper/d.md"), check(root + "/s?b"), "a folder match covers its documents");
        assertEquals(List.of("B.MD", "a.md", "sub/c.markdown", "sub/deeper/d.md"), check(root + "/**"), "no extension named: documents only");
        assertEquals(List.of("a.md", "sub/c.markdown"), check(root + "/{a.md,sub/*.markdown}"));
        assertEquals(List.of("notes.txt"), check(root + "/*.txt"), "an extension named in the glob is taken as asked");
        assertEquals(List.of(), check(root + "/*.rst"));
    }

    @Test
    void aMalformedGlobIsAUsageError() {
        String root = dir.toString().replace('\\', '/');
        Cli.Result unclosed = run("check", root + "/{a.md,b.md");
        assertEquals(2, unclosed.code());
        assertEquals("rubric: invalid glob '" + root + "/{a.md,b.md': unclosed '{'\n", unclosed.err());
        Cli.Result up = run("check", root + "/*/../a.md");
        assertEquals(2, up.code());
        assertEquals("rubric: invalid glob '" + root + "/*/../a.md': '..' may only come before the first wildcard\n", up.err());
    }

    @Test
    void configIgnoreDropsDocumentsEvenWhenNamed() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block") + "ignore:\n  - \"sub/deeper/**\"\n  - B.MD\n");
        assertEquals(List.of("a.md", "sub/c.markdown"), check(dir.toString()));
        assertEquals(List.of(), check(dir.resolve("B.MD").toString()));
        assertEquals(List.of("a.md"), check(dir.toString().replace('\\', '/') + "/**/*.md"));
    }

    @Test
    void theNearestConfigWinsAndOnlyIt() throws Exception {
        // the root config turns missing-block off; sub/ has its own config where it is an error
        write(dir.resolve(".rubric.yaml"), onlyRules());
        write(dir.resolve("sub/.rubric.yaml"), onlyRules("missing-block").replace("rules:\n", "rules:\n  missing-block: error\n"));
        Cli.Result r = run("check", "--format", "json", dir.resolve("a.md").toString(), dir.resolve("sub/deeper/d.md").toString());
        JsonNode files = JSON.readTree(r.out()).get("files");
        assertEquals(0, files.get(0).get("diagnostics").size(), "a.md: root config, everything off");
        assertEquals(2, files.get(1).get("diagnostics").size(), "d.md: sub/.rubric.yaml");
        assertEquals("error", files.get(1).get("diagnostics").get(0).get("severity").asText());
        assertEquals(1, r.code());
    }

    @Test
    void anExplicitConfigReplacesTheNearestOnes() throws Exception {
        write(dir.resolve("sub/.rubric.yaml"), "rules:\n  missing-block: error\n");
        Path team = write(dir.resolve("team/rubric.yaml"), onlyRules());
        Cli.Result r = run("check", "--format", "json", "--config", team.toString(), dir.resolve("sub/deeper/d.md").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(0, JSON.readTree(r.out()).get("files").get(0).get("diagnostics").size());
    }

    @Test
    void templateComesFromTheFlagOverFrontMatterAndFromConfigUnderIt() throws Exception {
        Path md = dir.resolve("a.md"); // front matter says mle-five-block
        JsonNode byFrontMatter = JSON.readTree(run("check", "--format", "json", md.toString()).out()).get("files").get(0);
        assertEquals("mle-five-block", byFrontMatter.get("template").asText());
        assertEquals("front matter", byFrontMatter.get("templateSource").asText());
        JsonNode byFlag = JSON.readTree(run("check", "--format", "json", "--template", "design-doc", md.toString()).out()).get("files").get(0);
        assertEquals("design-doc", byFlag.get("template").asText());
        assertEquals("command line", byFlag.get("templateSource").asText());
        write(dir.resolve(".rubric.yaml"), "template: ml-infra\n" + onlyRules("missing-block"));
        Path plain = write(dir.resolve("plain.md"), "# Plain\n\n## Problem\n\nText.\n");
        JsonNode byConfig = JSON.readTree(run("check", "--format", "json", plain.toString()).out()).get("files").get(0);
        assertEquals("ml-infra", byConfig.get("template").asText());
        assertEquals("config", byConfig.get("templateSource").asText());
        assertEquals("mle-five-block", JSON.readTree(run("check", "--format", "json", md.toString()).out()).get("files").get(0).get("template").asText(),
                "front matter outranks the config");
    }

    @Test
    void aCustomTemplateFromConfigCanBeForced() throws Exception {
        write(dir.resolve("templates/team.yaml"), "id: team\ntitle: Team\nblocks:\n  - id: why\n    title: Why\n  - id: how\n    title: How\n");
        write(dir.resolve(".rubric.yaml"), "templates:\n  - templates/team.yaml\n" + onlyRules("missing-block"));
        Cli.Result r = run("check", "--template", "team", dir.resolve("a.md").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Missing block 'Why' (template team)"), r.out());
    }

    @Test
    void stdinIsReadWithDash() {
        Cli.Result r = Cli.runWithInput("---\ntemplate: [broken\n---\n# T\n", "check", "-");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("<stdin>:1:1: error [invalid-front-matter] "), r.out());
    }

    @Test
    void anEmptyFolderChecksNothingAndExitsZero() throws Exception {
        Path empty = dir.resolve("empty");
        java.nio.file.Files.createDirectories(empty);
        Cli.Result r = run("check", empty.toString());
        assertEquals(0, r.code());
        assertEquals("0 files checked: 0 errors, 0 warnings, 0 info\n", r.out());
    }
}
