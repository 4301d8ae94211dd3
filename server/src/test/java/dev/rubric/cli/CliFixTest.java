package dev.rubric.cli;

import static dev.rubric.cli.Cli.doc;
import static dev.rubric.cli.Cli.onlyRules;
import static dev.rubric.cli.Cli.run;
import static dev.rubric.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rubric check --fix: safe fixes written in place, atomically, once. */
class CliFixTest {
    private static final String SCALING = "## Scaling Strategy\n\n- Load: peak ___ QPS, p99 < ___ ms\n";

    @TempDir
    Path dir;

    @BeforeEach
    void config() {
        write(dir.resolve(".rubric.yaml"), onlyRules("missing-block"));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void safeFixesAreWrittenAndTheRemainingFindingsReported() throws IOException {
        Path md = write(dir.resolve("doc.md"), doc("missing-two.md"));
        Cli.Result r = run("check", "--fix", md.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith(md + ": readiness "), r.out());
        assertTrue(r.out().endsWith("\n1 file checked: 0 errors, 0 warnings, 0 info; 2 fixes applied\n"), r.out());
        assertEquals(2, r.outLines().size(), r.out());
        String fixed = Files.readString(md);
        assertTrue(fixed.startsWith(doc("missing-two.md")), "the author's text is kept as it was");
        assertTrue(fixed.contains("\n\n" + SCALING), fixed);
        assertTrue(fixed.indexOf("## Scaling Strategy") < fixed.indexOf("## Trade-off Summary"), "template order");
        assertEquals(List.of(".rubric.yaml", "doc.md"), listing(), "no temporary file is left behind");
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        Path md = write(dir.resolve("doc.md"), doc("missing-two.md"));
        run("check", "--fix", md.toString());
        byte[] once = Files.readAllBytes(md);
        Cli.Result second = run("check", "--fix", md.toString());
        assertArrayEquals(once, Files.readAllBytes(md));
        assertFalse(second.out().contains("fixes applied"), second.out());
    }

    @Test
    void withoutFixNothingIsWritten() throws IOException {
        Path md = write(dir.resolve("doc.md"), doc("missing-two.md"));
        run("check", md.toString());
        assertEquals(doc("missing-two.md"), Files.readString(md));
    }

    @Test
    void crlfLineEndingsAreKept() throws IOException {
        String crlf = doc("missing-two.md").replace("\n", "\r\n");
        Path md = write(dir.resolve("doc.md"), crlf);
        run("check", "--fix", md.toString());
        String fixed = Files.readString(md);
        assertTrue(fixed.startsWith(crlf));
        assertTrue(fixed.contains(SCALING.replace("\n", "\r\n")), fixed);
        assertEquals(-1, fixed.replace("\r\n", "").indexOf('\n'), "no bare LF");
    }

    @Test
    void aByteOrderMarkIsKept() throws IOException {
        Path md = dir.resolve("doc.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = doc("missing-two.md").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(body, 0, both, 3, body.length);
        Files.write(md, both);
        run("check", "--fix", md.toString());
        byte[] fixed = Files.readAllBytes(md);
        assertArrayEquals(bom, java.util.Arrays.copyOf(fixed, 3));
        assertTrue(new String(fixed, StandardCharsets.UTF_8).contains(SCALING));
    }

    @Test
    void filePermissionsAreKept() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path md = write(dir.resolve("doc.md"), doc("missing-two.md"));
        Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("rw-r-----"));
        run("check", "--fix", md.toString());
        assertTrue(Files.readString(md).contains(SCALING));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(md)));
    }

    @Test
    void aSymbolicLinkIsRefusedAndLeftUntouched() throws IOException {
        Path target = write(dir.resolve("target.md"), doc("missing-two.md"));
        Path link = dir.resolve("link.md");
        try {
            Files.createSymbolicLink(link, target.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        Cli.Result r = run("check", "--fix", link.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("rubric: " + link + ": is a symbolic link; not fixed (fix its target directly)\n", r.err());
        assertTrue(r.out().contains(link + ":4:1: warning [missing-block] Missing block 'Scaling Strategy'"), "still linted: " + r.out());
        assertTrue(r.out().endsWith("1 file checked: 0 errors, 2 warnings, 0 info; 1 could not be fixed\n"), r.out());
        com.fasterxml.jackson.databind.JsonNode f = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("check", "--fix", "--format", "json", link.toString()).out()).get("files").get(0);
        assertEquals(2, f.get("diagnostics").size());
        assertEquals(link + ": is a symbolic link; not fixed (fix its target directly)", f.get("error").asText());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(doc("missing-two.md"), Files.readString(target));
        assertEquals(List.of(".rubric.yaml", "link.md", "target.md"), listing());
    }

    @Test
    void aWriteFailureNamesTheDocumentAndTheCause() {
        Path nowhere = dir.resolve("missing-folder/doc.md");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> AtomicWriter.write(nowhere, "text"));
        assertTrue(e.getMessage().startsWith(nowhere + ": not fixed, could not write it: java.nio.file.NoSuchFileException: "), e.getMessage());
    }

    @Test
    void aReadOnlyDocumentIsNotFixed() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path md = write(dir.resolve("doc.md"), doc("missing-two.md"));
        Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(md), "running as a user who can write anywhere");
        Cli.Result r = run("check", "--fix", md.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("rubric: " + md + ": is read-only; not fixed\n", r.err());
        assertEquals(doc("missing-two.md"), Files.readString(md));
    }

    @Test
    void aReadOnlyFolderFailsCleanlyWithTheFileUnchanged() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path sub = dir.resolve("locked");
        Path md = write(sub.resolve("doc.md"), doc("missing-two.md"));
        Files.copy(dir.resolve(".rubric.yaml"), sub.resolve(".rubric.yaml"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(sub), "running as a user who can write anywhere");
            Cli.Result r = run("check", "--fix", md.toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("rubric: " + md + ": not fixed, could not write it: java.nio.file.AccessDeniedException"), r.err());
            assertEquals(doc("missing-two.md"), Files.readString(md));
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDocumentNamedTwiceIsFixedOnce() throws IOException {
        Path md = write(dir.resolve("doc.md"), doc("missing-two.md"));
        Cli.Result r = run("check", "--fix", "-j", "4", md.toString(), dir.toString(), md.toString());
        assertEquals(1, Files.readString(md).split("## Scaling Strategy", -1).length - 1, Files.readString(md));
        assertTrue(r.out().endsWith("1 file checked: 0 errors, 0 warnings, 0 info; 2 fixes applied\n"), r.out());
    }

    @Test
    void stdinIsNeverFixed() {
        Cli.Result r = Cli.runWithInput(doc("missing-two.md"), "check", "--fix", "--config", dir.resolve(".rubric.yaml").toString(), "-");
        assertEquals(0, r.code());
        assertEquals(4, r.outLines().size(), r.out()); // two findings, a readiness line, the totals
        assertFalse(r.out().contains("fixes applied"));
    }
}
