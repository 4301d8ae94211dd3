package dev.rubric.lsp;

import dev.rubric.core.workspace.MarkdownFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

/**
 * The Markdown files of the workspace folders as they are on disk: found by a scan when the
 * server starts (config ignores honoured), kept current from didChangeWatchedFiles, and the
 * state a document returns to when its editor closes. Config changes re-lint what they affect.
 *
 * <p>File-system work runs in order on one background queue: reading files is not the message
 * thread's job, and events about one file must not overtake each other.
 */
final class WorkspaceFiles {
    private final Documents documents;
    private final ConfigurationManager configs;
    private final Analyzer analyzer;
    private final Supplier<DiagnosticsDelivery> delivery;
    private final ServerLog log;
    private final Executor queue;
    private final List<Path> folders = new CopyOnWriteArrayList<>();

    WorkspaceFiles(Documents documents, ConfigurationManager configs, Analyzer analyzer,
                   Supplier<DiagnosticsDelivery> delivery, ServerLog log, Executor queue) {
        this.documents = documents;
        this.configs = configs;
        this.analyzer = analyzer;
        this.delivery = delivery;
        this.log = log;
        this.queue = queue;
    }

    List<Path> folders() {
        return List.copyOf(folders);
    }

    void setFolders(List<Path> roots) {
        folders.clear();
        roots.stream().map(p -> p.toAbsolutePath().normalize()).distinct().forEach(folders::add);
    }

    /** Lints every Markdown file of every folder: published for files no editor has open. */
    void scanAll() {
        queue.execute(() -> {
            int found = 0;
            for (Path folder : folders) found += scan(folder);
            log.info("Rubric: " + found + " Markdown file(s) in " + folders.size() + " workspace folder(s)");
        });
    }

    void foldersChanged(List<Path> added, List<Path> removed) {
        queue.execute(() -> {
            for (Path folder : removed) {
                Path root = folder.toAbsolutePath().normalize();
                folders.remove(root);
                for (Path file : documents.diskFilesUnder(root)) {
                    if (folders.stream().noneMatch(file::startsWith)) forget(file);
                }
            }
            for (Path folder : added) {
                Path root = folder.toAbsolutePath().normalize();
                if (!folders.contains(root)) folders.add(root);
                scan(root);
            }
        });
    }

    void filesChanged(List<FileEvent> events) {
        queue.execute(() -> {
            boolean configChanged = false;
            for (FileEvent event : events) {
                Path path = Documents.pathOf(event.getUri());
                if (path == null) continue;
                if (isConfigFile(path)) {
                    configChanged = true;
                } else if (MarkdownFiles.isMarkdown(path)) {
                    if (event.getType() == FileChangeType.Deleted) forget(path);
                    else refresh(path);
                }
            }
            if (configChanged) reconfigure(true);
        });
    }

    /** The editor let go of a document: its file on disk is what counts again, or nothing. */
    void documentClosed(Snapshot closed) {
        queue.execute(() -> {
            Path path = closed.path();
            if (path != null && inWorkspace(path) && MarkdownFiles.isMarkdown(path) && Files.isRegularFile(path)
                    && !configs.isIgnored(path)) {
                Snapshot disk = documents.readFromDisk(path);
                if (disk != null && documents.openDocumentAt(path).isEmpty()) {
                    if (!disk.uri().equals(closed.uri())) delivery.get().removed(closed.uri());
                    delivery.get().changed(disk.uri(), false);
                    return;
                }
            }
            if (!documents.isOpen(closed.uri())) {
                analyzer.forget(closed.uri());
                delivery.get().removed(closed.uri());
            }
        });
    }

    /**
     * Config files or editor settings changed: re-read configs (reporting problems), pick up
     * files that are no longer ignored, drop those that now are, and re-lint every document
     * whose effective configuration differs from the one it was linted with.
     */
    void reconfigure(boolean configFilesChanged) {
        queue.execute(() -> {
            if (configFilesChanged) configs.configFilesChanged();
            for (Path folder : folders) scan(folder);
            for (Snapshot s : documents.all()) {
                ConfigurationManager.Effective now = configs.forDocument(s.path());
                if (!now.sameAs(analyzer.lastConfig(s.uri()))) delivery.get().changed(s.uri(), false);
            }
        });
    }

    /** Inside a workspace folder, also once symbolic links are resolved: a link out of the workspace is not followed. */
    boolean inWorkspace(Path path) {
        Path file = path.toAbsolutePath().normalize();
        return folders.stream().anyMatch(file::startsWith) && mayRead(file);
    }

    /**
     * Whether the server may read a file: with workspace folders, only what lies inside one of
     * them once symbolic links are resolved; without any (a single file opened), anything the
     * editor points it at.
     */
    boolean mayRead(Path path) {
        if (folders.isEmpty()) return true;
        Path real = realPath(path.toAbsolutePath().normalize());
        for (Path folder : folders) {
            if (real.startsWith(realPath(folder))) return true;
        }
        return false;
    }

    /** The path with every symbolic link resolved, as far as it exists. */
    private static Path realPath(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return path;
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    static boolean isConfigFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".rubric.yaml") || name.endsWith(".rubric.yml") || name.endsWith(".rubric.json")
                || name.equals(".rubric.yaml") || name.equals(".rubric.yml") || name.equals(".rubric.json");
    }

    /** Reads files not yet known and drops those the config now ignores; returns how many are tracked. */
    private int scan(Path folder) {
        int tracked = 0;
        for (Path file : markdownFiles(folder)) {
            boolean known = documents.current(file.toUri().toString()) != null;
            if (configs.isIgnored(file)) {
                if (known) forget(file);
                continue;
            }
            tracked++;
            if (!known) refresh(file);
        }
        return tracked;
    }

    private void refresh(Path path) {
        if (!inWorkspace(path) || configs.isIgnored(path)) {
            forget(path);
            return;
        }
        Snapshot disk = documents.readFromDisk(path);
        if (disk == null) {
            forget(path);
            return;
        }
        if (documents.openDocumentAt(path).isEmpty()) delivery.get().changed(disk.uri(), false);
    }

    private void forget(Path path) {
        Path file = path.toAbsolutePath().normalize();
        documents.forgetDisk(file);
        if (documents.openDocumentAt(file).isPresent()) return; // the editor's copy stays authoritative
        String uri = file.toUri().toString();
        analyzer.forget(uri);
        delivery.get().removed(uri);
    }

    private static List<Path> markdownFiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try {
            return MarkdownFiles.under(folder, false).stream().map(f -> f.toAbsolutePath().normalize()).toList();
        } catch (IOException e) {
            return List.of(); // an unreadable folder has no documents for us
        }
    }
}
