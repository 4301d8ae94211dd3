package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "''{0}'' matches ''{1}''")
    @CsvSource({
            "drafts/**,            drafts/idea.md",
            "drafts/**,            drafts/2024/q1/idea.md",
            "**/CHANGELOG.md,      CHANGELOG.md",
            "**/CHANGELOG.md,      a/b/CHANGELOG.md",
            "interviews/**/*.md,   interviews/mock.md",
            "interviews/**/*.md,   interviews/2024/mock.md",
            "*.md,                 README.md",
            "doc-?.md,             doc-1.md",
            "'{rfcs,adrs}/*.md',   adrs/0001.md",
            "'rfcs/{draft-*,wip}/**', rfcs/draft-cache/design.md",
            "notes/[abc].md,       notes/b.md",
            "notes/[!abc].md,      notes/d.md",
            "notes/[a-c]x.md,      notes/bx.md",
            "a\\*b.md,              a*b.md",
            "**,                   anything/at/all.md",
    })
    void matches(String glob, String path) {
        assertTrue(Glob.compile(glob).matches(path));
    }

    @ParameterizedTest(name = "''{0}'' does not match ''{1}''")
    @CsvSource({
            "*.md,                 sub/README.md",      // * stays within one name
            "doc-?.md,             doc-10.md",
            "drafts/**,            drafted/idea.md",
            "**/CHANGELOG.md,      CHANGELOG.md.bak",
            "'{rfcs,adrs}/*.md',   docs/0001.md",
            "notes/[abc].md,       notes/d.md",
            "notes/[!abc].md,      notes/a.md",
            "notes/?.md,           notes//.md",
            "a\\*b.md,              axxb.md",
            "CHANGELOG.md,         docs/CHANGELOG.md",  // relative to the base folder, not any depth
    })
    void doesNotMatch(String glob, String path) {
        assertFalse(Glob.compile(glob).matches(path));
    }

    @Test
    void aGlobThatMatchesAFolderCoversEverythingInIt() {
        assertTrue(Glob.compile("drafts").matches("drafts/2024/idea.md"));
        assertTrue(Glob.compile("drafts/").matches("drafts/idea.md"));
        assertTrue(Glob.compile("*/internal").matches("team/internal/notes.md"));
        assertFalse(Glob.compile("drafts").matches("drafts-old/idea.md"));
    }

    @Test
    void pathsAreTakenRelativeToTheBaseFolderAndFilesOutsideItNeverMatch() {
        Path base = Path.of("/repo/docs");
        Glob everything = Glob.compile("**");
        assertTrue(everything.matches(base, Path.of("/repo/docs/a/b.md")));
        assertTrue(Glob.compile("a/*.md").matches(base, Path.of("/repo/docs/x/../a/b.md")));
        assertFalse(everything.matches(base, Path.of("/repo/README.md")));
        assertFalse(everything.matches(base, Path.of("/repo/docs-old/a.md")));
        assertFalse(everything.matches(base, base));
    }

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                | a glob cannot be empty",
            "'   '             | a glob cannot be empty",
            "/drafts/**        | a glob cannot start with '/', it is relative to the config file's folder",
            "../other/**       | a glob cannot use '..', it only covers the config file's folder",
            "docs/../../x      | a glob cannot use '..', it only covers the config file's folder",
            "{a,b              | unclosed '{'",
            "a}                | '}' without a matching '{'",
            "[abc              | unclosed '['",
            "abc\\             | '\\' at the end escapes nothing",
    })
    void malformedGlobsAreRejectedWithAReason(String glob, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.compile(glob));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void dotsInNamesAreNotParentFolders() {
        assertTrue(Glob.compile("v1..v2/*.md").matches("v1..v2/notes.md"));
    }

    @Test
    void globsAreEqualWhenTheirPatternsAre() {
        assertEquals(Glob.compile("drafts/**"), Glob.compile("drafts/**"));
        assertEquals("drafts/**", Glob.compile("drafts/**").pattern());
    }
}
