package dev.rubric.core.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which files of a folder are Markdown documents, for the CLI's folder arguments and the
 * language server's workspace scan alike: *.md and *.markdown, in sorted order, skipping
 * hidden folders (.git, .venv) and node_modules. Links are never followed — they may lead out
 * of the tree — but may be listed, so the caller can say it skipped them.
 */
public final class MarkdownFiles {
    private MarkdownFiles() {
    }

    public static boolean isMarkdown(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /**
     * @param listLinks also list symbolic links named like Markdown files (not followed)
     * @return the Markdown files below {@code root}, sorted; unreadable folders are passed over
     */
    public static List<Path> under(Path root, boolean listLinks) throws IOException {
        return walk(root, true, listLinks);
    }

    /**
     * Every regular file below {@code root} in the folders a Markdown search enters, for a glob
     * to choose from (links as in {@link #under}).
     */
    public static List<Path> allUnder(Path root, boolean listLinks) throws IOException {
        return walk(root, false, listLinks);
    }

    private static List<Path> walk(Path root, boolean onlyMarkdown, boolean listLinks) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) return FileVisitResult.CONTINUE;
                String name = dir.getFileName().toString();
                return name.startsWith(".") || name.equals("node_modules") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && (!onlyMarkdown || isMarkdown(file))
                        || listLinks && attrs.isSymbolicLink() && isMarkdown(file)) files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
