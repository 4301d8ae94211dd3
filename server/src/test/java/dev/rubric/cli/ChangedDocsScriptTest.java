package dev.rubric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/changed-docs.sh: which documents a branch touched, as the action's changed-only sees them. */
class ChangedDocsScriptTest {
    static final Path SCRIPT = CliRun.repoRoot().resolve("scripts/changed-docs.sh");

    /**
     * main: docs/old.md, docs/kept.md, docs/gone.md, docs/moved.md, README.md. The feature
     * branch edits old.md and README.md, adds "docs/new design.md" and notes/idea.md, deletes
     * gone.md and renames moved.md; meanwhile main gains docs/later.md.
     */
    static Path repositoryWithFeatureBranch(Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Shell.git(repo, "init", "-q");
        write(repo, "docs/old.md", "# Old\n");
        write(repo, "docs/kept.md", "# Kept\n");
        write(repo, "docs/gone.md", "# Gone\n");
        write(repo, "docs/moved.md", "# Moved\n\nA paragraph long enough for git to see a rename.\n");
        write(repo, "README.md", "# Readme\n");
        Shell.git(repo, "add", "-A");
        Shell.git(repo, "commit", "-q", "-m", "base");
        Shell.git(repo, "checkout", "-q", "-b", "feature");
        write(repo, "docs/old.md", "# Old\n\nEdited.\n");
        write(repo, "README.md", "# Readme\n\nEdited.\n");
        write(repo, "docs/new design.md", "# New\n");
        write(repo, "notes/idea.md", "# Idea\n");
        Files.delete(repo.resolve("docs/gone.md"));
        Shell.git(repo, "mv", "docs/moved.md", "docs/renamed.md");
        Shell.git(repo, "add", "-A");
        Shell.git(repo, "commit", "-q", "-m", "feature");
        Shell.git(repo, "checkout", "-q", "main");
        write(repo, "docs/later.md", "# Later\n");
        Shell.git(repo, "add", "-A");
        Shell.git(repo, "commit", "-q", "-m", "main moves on");
        Shell.git(repo, "checkout", "-q", "feature");
        return repo;
    }

    static void write(Path repo, String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> changed(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Shell result = Shell.run(repo, Map.of(), command);
        assertEquals(0, result.exitCode(), result.err());
        return result.nulSeparated();
    }

    @Test
    void listsAddedModifiedAndRenamedMarkdownSinceTheMergeBaseButNotDeletedOnes(@TempDir Path dir) throws Exception {
        Path repo = repositoryWithFeatureBranch(dir);
        assertEquals(List.of("README.md", "docs/new design.md", "docs/old.md", "docs/renamed.md", "notes/idea.md"), changed(repo, "main"),
                "docs/later.md changed on main, not on the branch; docs/gone.md was deleted");
    }

    @Test
    void pathsRestrictTheListToFoldersFilesAndGlobs(@TempDir Path dir) throws Exception {
        Path repo = repositoryWithFeatureBranch(dir);
        assertEquals(List.of("docs/new design.md", "docs/old.md", "docs/renamed.md"), changed(repo, "main", "docs"));
        assertEquals(List.of("docs/new design.md", "docs/old.md", "docs/renamed.md"), changed(repo, "main", "./docs/"));
        assertEquals(List.of("README.md", "notes/idea.md"), changed(repo, "main", "README.md", "notes"));
        assertEquals(List.of("docs/new design.md"), changed(repo, "main", "docs/new*"));
        assertEquals(List.of(), changed(repo, "main", "elsewhere"));
    }

    @Test
    void aShallowCloneFetchesTheBaseAndEnoughHistoryToFindTheMergeBase(@TempDir Path dir) throws Exception {
        Path origin = repositoryWithFeatureBranch(dir);
        Path clone = dir.resolve("clone");
        Shell.git(dir, "clone", "-q", "--depth", "1", "--branch", "feature", "file://" + origin, clone.toString());
        assertEquals("true", Shell.git(clone, "rev-parse", "--is-shallow-repository").out().strip());
        assertEquals(List.of("docs/new design.md", "docs/old.md", "docs/renamed.md"), changed(clone, "origin/main", "docs"));
    }

    @Test
    void anUnknownBaseIsAnError(@TempDir Path dir) throws Exception {
        Path repo = repositoryWithFeatureBranch(dir);
        Shell result = Shell.run(repo, Map.of(), List.of("bash", SCRIPT.toString(), "no-such-branch"));
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("unknown ref no-such-branch"), result.err());
    }
}
