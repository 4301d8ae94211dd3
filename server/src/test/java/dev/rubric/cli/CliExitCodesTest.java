package dev.rubric.cli;

import static dev.rubric.cli.Cli.doc;
import static dev.rubric.cli.Cli.onlyRules;
import static dev.rubric.cli.Cli.run;
import static dev.rubric.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 0: clean; 1: errors, or warnings over --max-warnings; 2: usage, unreadable input, bad config. */
class CliExitCodesTest {
    @TempDir
    Path dir;

    @Test
    void aCleanDocumentExitsZeroAndPrintsOnlyTheSummary() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block", "invalid-front-matter"));
        Path md = write(dir.resolve("complete.md"), doc("complete.md"));
        Cli.Result r = run("check", md.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(md + ": readiness 100/100 (ready; 5/5 required blocks)\n1 file checked: 0 errors, 0 warnings, 0 info\n",
                r.out().replace("\r\n", "\n"));
        assertEquals("", r.err());
    }

    @Test
    void warningsAloneExitZeroUnlessThereAreMoreThanMaxWarnings() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block"));
        Path md = write(dir.resolve("missing.md"), doc("missing-two.md"));
        assertEquals(0, run("check", md.toString()).code());
        assertEquals(0, run("check", "--max-warnings", "2", md.toString()).code(), "two warnings are not more than two");
        assertEquals(1, run("check", "--max-warnings", "1", md.toString()).code());
        assertEquals(1, run("check", "--max-warnings=0", md.toString()).code());
    }

    @Test
    void anyErrorExitsOne() {
        write(dir.resolve(".rubric.yaml"), onlyRules("invalid-front-matter"));
        Path md = write(dir.resolve("bad.md"), doc("bad-front-matter.md"));
        Cli.Result r = run("check", md.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains(": error [invalid-front-matter] front matter is not valid YAML"), r.out());
    }

    @Test
    void severityFromConfigDecides() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block").replace("rules:\n", "rules:\n  missing-block: error\n"));
        Path md = write(dir.resolve("missing.md"), doc("missing-two.md"));
        Cli.Result r = run("check", md.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().endsWith("1 file checked: 2 errors, 0 warnings, 0 info\n"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no command             | ",
            "unknown command        | lint",
            "unknown option         | check --frobnicate",
            "unknown format         | check --format xml",
            "bad max-warnings       | check --max-warnings many",
            "explain without id     | explain",
    })
    void usageMistakesExitTwo(String name, String args) {
        String[] argv = args == null ? new String[0] : args.trim().split("\\s+");
        Cli.Result r = run(argv);
        assertEquals(2, r.code(), r.toString());
        assertTrue(!r.err().isBlank(), "says what was wrong");
    }

    @Test
    void aMissingFileExitsTwoNamingIt() {
        Path missing = dir.resolve("nope.md");
        Cli.Result r = run("check", missing.toString());
        assertEquals(2, r.code());
        assertEquals("rubric: " + missing + ": no such file or directory\n", r.err());
    }

    @Test
    void anUnknownTemplateExitsTwoListingTheKnownOnes() {
        Path md = write(dir.resolve("a.md"), doc("complete.md"));
        Cli.Result r = run("check", "--template", "nope", md.toString());
        assertEquals(2, r.code());
        assertEquals("rubric: unknown template 'nope'; known: ml-system-design, mle-five-block, ml-infra, design-doc\n", r.err());
    }

    @Test
    void aConfigErrorExitsTwoWithFileLineAndColumn() {
        Path config = write(dir.resolve(".rubric.yaml"), "template: auto\nrulez:\n  monitoring: off\n");
        Path md = write(dir.resolve("a.md"), doc("complete.md"));
        Cli.Result r = run("check", md.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("rubric: config error: " + config + ":2:1: unknown key 'rulez'"), r.err());
        assertEquals("", r.out(), "nothing is linted with a broken config");
    }

    @Test
    void anExplicitConfigErrorExitsTwoToo() {
        Path config = write(dir.resolve("team.yaml"), "rules:\n  monitoring: loud\n");
        Path md = write(dir.resolve("a.md"), doc("complete.md"));
        Cli.Result r = run("check", "--config", config.toString(), md.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("rubric: config error: " + config + ":2:15: "), r.err());
    }

    @Test
    void oneUnreadableFileAmongGoodOnesStillExitsTwoAfterReportingTheRest() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block"));
        Path good = write(dir.resolve("good.md"), doc("missing-two.md"));
        Path bad = dir.resolve("bad.md");
        Cli.write(bad, "");
        try {
            java.nio.file.Files.write(bad, new byte[] {'#', ' ', (byte) 0xC3, '(', '\n'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.Result r = run("check", good.toString(), bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains(good + ":4:1: warning [missing-block]"), r.out());
        assertTrue(r.out().endsWith("2 files checked: 0 errors, 2 warnings, 0 info; 1 could not be read\n"), r.out());
        assertEquals("rubric: " + bad + ": not valid UTF-8 at byte 2\n", r.err());
    }
}
