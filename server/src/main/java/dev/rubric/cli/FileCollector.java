package dev.rubric.cli;

import dev.rubric.core.workspace.MarkdownFiles;
import dev.rubric.core.config.Glob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns command-line operands into the documents to lint: files as given, folders walked for
 * *.md / *.markdown (hidden folders and node_modules skipped), globs expanded from their
 * fixed prefix. Files the config ignores are dropped by the caller's filter.
 */
final class FileCollector {
    /**
     * One operand's documents; {@code explicit} when the user named the file itself;
     * {@code link} for a symbolic link met while walking a folder, which is not followed
     * (neither read nor fixed) and only reported.
     */
    record Found(Path path, boolean explicit, boolean link) {
        Found(Path path, boolean explicit) {
            this(path, explicit, false);
        }
    }

    private FileCollector() {
    }

    static boolean isMarkdown(Path p) {
        return MarkdownFiles.isMarkdown(p);
    }

    static List<Found> collect(List<String> operands, Predicate<Path> ignored) throws IOException {
        Set<Found> found = new LinkedHashSet<>();
        for (String operand : operands) {
            if (isGlob(operand)) {
                expandGlob(operand, ignored, found);
                continue;
            }
            Path p = Paths.get(operand);
            if (Files.isDirectory(p)) {
                walk(p, ignored, found);
            } else if (Files.exists(p)) {
                found.add(new Found(p, true));
            } else {
                throw new NoSuchFileException(operand, null, "no such file or directory");
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /**
     * Files under the glob's fixed prefix that it matches, with .gitignore-style {@code **}
     * (any number of folders, none included: {@code docs/**}{@code /*.md} finds
     * {@code docs/a.md}). A glob that matches a folder covers the Markdown files inside it; a
     * glob whose last part names no extension ({@code docs/**}) selects Markdown files only.
     */
    private static void expandGlob(String pattern, Predicate<Path> ignored, Set<Found> found) throws IOException {
        String normalized = pattern.replace('\\', '/');
        int firstMeta = 0;
        while (firstMeta < normalized.length() && "*?[{".indexOf(normalized.charAt(firstMeta)) < 0) firstMeta++;
        int slash = normalized.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? Paths.get(".") : Paths.get(slash == 0 ? "/" : normalized.substring(0, slash));
        String relativeGlob = normalized.substring(slash + 1);
        Glob glob;
        try {
            glob = Glob.compile(relativeGlob);
        } catch (IllegalArgumentException e) {
            String why = ("/" + relativeGlob + "/").contains("/../") ? "'..' may only come before the first wildcard" : e.getMessage();
            throw new IllegalArgumentException("invalid glob '" + pattern + "': " + why, e);
        }
        // "docs/*.txt" asks for those files; "docs/**" or "docs/*" for the documents in docs
        boolean namesExtension = normalized.substring(normalized.lastIndexOf('/') + 1).contains(".");
        if (!Files.isDirectory(base)) return;
        for (Path f : MarkdownFiles.allUnder(base, true)) {
            String relative = base.relativize(f).toString().replace('\\', '/');
            if (!glob.matches(relative)) continue;
            boolean viaFolder = false;
            for (int i = relative.indexOf('/'); i > 0 && !viaFolder; i = relative.indexOf('/', i + 1)) {
                viaFolder = glob.matches(relative.substring(0, i));
            }
            if ((viaFolder || !namesExtension) && !isMarkdown(f)) continue;
            Path candidate = slash < 0 ? base.relativize(f) : f;
            if (!ignored.test(f)) found.add(new Found(candidate, false, Files.isSymbolicLink(f)));
        }
    }

    private static void walk(Path dir, Predicate<Path> ignored, Set<Found> found) throws IOException {
        for (Path f : MarkdownFiles.under(dir, true)) {
            if (!ignored.test(f)) found.add(new Found(f, false, Files.isSymbolicLink(f)));
        }
    }
}
