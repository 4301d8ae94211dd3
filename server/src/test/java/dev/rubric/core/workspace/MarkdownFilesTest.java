package dev.rubric.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one walk the CLI and the language server both use to find a folder's documents. */
class MarkdownFilesTest {
    @TempDir
    Path root;

    @Test
    void findsMarkdownInSortedOrderSkippingHiddenFoldersAndNodeModules() throws Exception {
        write("b.md", "a/c.markdown", "a/README.MD", "notes.txt", ".git/x.md", "node_modules/pkg/y.md", "a/.cache/z.md");
        assertEquals(List.of(root.resolve("a/README.MD"), root.resolve("a/c.markdown"), root.resolve("b.md")), MarkdownFiles.under(root, false));
        assertEquals(List.of(root.resolve("a/README.MD"), root.resolve("a/c.markdown"), root.resolve("b.md"), root.resolve("notes.txt")),
                MarkdownFiles.allUnder(root, false), "for a glob to choose from");
    }

    @Test
    void linksAreListedOnlyWhenAskedAndNeverFollowed() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("secret.md"), "# Secret\n");
        write("doc.md");
        Files.createSymbolicLink(root.resolve("link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("dir"), outside);
        assertEquals(List.of(root.resolve("doc.md")), MarkdownFiles.under(root, false));
        assertEquals(List.of(root.resolve("doc.md"), root.resolve("link.md")), MarkdownFiles.under(root, true),
                "listed so the caller can say it skipped it; the linked folder is not entered");
    }

    @Test
    void markdownIsTheExtensionInAnyCase() {
        assertTrue(MarkdownFiles.isMarkdown(Path.of("docs/Design.MD")));
        assertTrue(MarkdownFiles.isMarkdown(Path.of("x.markdown")));
        assertFalse(MarkdownFiles.isMarkdown(Path.of("md")));
        assertFalse(MarkdownFiles.isMarkdown(Path.of("/")));
    }

    private void write(String... paths) throws Exception {
        for (String p : paths) {
            Path f = root.resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "# Doc\n");
        }
    }
}
