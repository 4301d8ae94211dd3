package dev.rubric.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric check --fix} writes atomically, and never through a symbolic link out of the tree it checks. */
class FixSafetyTest {
    private static final String FIXABLE = "# Design\n\nLow latency for millions of users.\n";

    private record Run(int code, String out, String err) {
    }

    private static Run check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aSymlinkedDocumentPointingOutsideIsNeitherFollowedNorWrittenAndIsReported(@TempDir Path tmp) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path target = outside.resolve("target.md");
        Files.writeString(target, FIXABLE);
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        Path own = tree.resolve("own.md");
        Files.writeString(own, FIXABLE);
        Path link = tree.resolve("link.md");
        Files.createSymbolicLink(link, target);
        Files.createSymbolicLink(tree.resolve("folder-link"), outside);

        Run walk = check("check", "--fix", tree.toString());
        assertEquals(FIXABLE, Files.readString(target), "the file behind the link was changed");
        assertNotEquals(FIXABLE, Files.readString(own), "the tree's own document was fixed");
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(walk.err().contains("link.md") && walk.err().contains("symbolic link"), "the link is reported: " + walk.err());
        assertTrue(!walk.out().contains("target.md") && !walk.err().contains("target.md"), "the folder link was followed");

        Run named = check("check", "--fix", link.toString());
        assertEquals(FIXABLE, Files.readString(target), "naming the link explicitly still does not write through it");
        assertEquals(2, named.code(), named.err());
        assertTrue(named.err().contains("symbolic link"), named.err());
    }

    @Test
    void fixesAreWrittenWholeWithThePermissionsKeptAndNoTemporaryFilesLeft(@TempDir Path tree) throws IOException {
        Path doc = tree.resolve("doc.md");
        Files.writeString(doc, FIXABLE);
        try {
            Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("rw-r-----"));
        } catch (UnsupportedOperationException e) {
            // not POSIX: permissions are not checked below
        }
        String before = Files.readString(doc);
        Run run = check("check", "--fix", doc.toString());
        String after = Files.readString(doc);
        assertTrue(after.startsWith(before.substring(0, before.indexOf('\n'))) && after.length() > before.length(), run.err());
        try (Stream<Path> files = Files.list(tree)) {
            assertEquals(1, files.count(), "a temporary file was left beside the document");
        }
        try {
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(doc)));
        } catch (UnsupportedOperationException e) {
            // not POSIX
        }
        // a second run adds nothing: the fixes were whole
        check("check", "--fix", doc.toString());
        assertEquals(after, Files.readString(doc));
    }
}
