package dev.rubric.lsp;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The text of every document the server knows, and which state of it is current: the
 * editor's copy while a document is open, the file on disk otherwise. Open/change/close run on
 * the message thread in order; readers on worker threads see immutable snapshots.
 */
final class Documents {
    /** Files larger than this are not design documents anyone lints while typing. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The same limit for what an editor sends: a larger document is kept in sync but not analysed. */
    static final int MAX_ANALYSED_CHARS = (int) MAX_FILE_BYTES;

    private final AtomicLong generations = new AtomicLong();
    private final Map<String, Snapshot> open = new ConcurrentHashMap<>();
    private final Map<Path, Snapshot> onDisk = new ConcurrentHashMap<>();

    long nextGeneration() {
        return generations.incrementAndGet();
    }

    Snapshot open(String uri, int version, String text) {
        Snapshot s = new Snapshot(uri, pathOf(uri), version, text, nextGeneration());
        open.put(uri, s);
        return s;
    }

    /** Applies an editor's changes; null when the document is not open (a client bug, ignored). */
    Snapshot change(String uri, int version, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        Snapshot before = open.get(uri);
        if (before == null) return null;
        // a keystroke (one ranged change) is held unapplied: its text is built by whoever reads it first
        Snapshot after = changes.size() == 1 && changes.get(0).getRange() != null
                ? new Snapshot(uri, before.path(), version, IncrementalText.splice(before.text(), changes.get(0), encoding), nextGeneration())
                : new Snapshot(uri, before.path(), version, IncrementalText.apply(before.text(), changes, encoding), nextGeneration());
        open.put(uri, after);
        return after;
    }

    /** Forgets the editor's copy; the caller decides whether the disk file takes its place. */
    Snapshot close(String uri) {
        return open.remove(uri);
    }

    /** Reads a file into the disk state; null (and forgotten) when it is gone or unreadable. */
    Snapshot readFromDisk(Path path) {
        Path file = path.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                onDisk.remove(file);
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            Snapshot s = new Snapshot(file.toUri().toString(), file, null, text, nextGeneration());
            onDisk.put(file, s);
            return s;
        } catch (IOException e) { // unreadable or not UTF-8: not a document we can lint
            onDisk.remove(file);
            return null;
        }
    }

    void forgetDisk(Path path) {
        onDisk.remove(path.toAbsolutePath().normalize());
    }

    /** The current state of a document: the editor's copy if open, else the disk file's. */
    Snapshot current(String uri) {
        Snapshot s = open.get(uri);
        if (s != null) return s;
        Path path = pathOf(uri);
        return path == null ? null : onDisk.get(path);
    }

    boolean isCurrent(Snapshot snapshot) {
        Snapshot now = current(snapshot.uri());
        return now != null && now.generation() == snapshot.generation();
    }

    Optional<Snapshot> openDocumentAt(Path path) {
        Path file = path.toAbsolutePath().normalize();
        return open.values().stream().filter(s -> file.equals(s.path())).findFirst();
    }

    boolean isOpen(String uri) {
        return open.containsKey(uri);
    }

    /** Workspace files that no editor has open: their disk state is what users see. */
    List<Snapshot> unopenedFiles() {
        Set<Path> openPaths = new HashSet<>();
        for (Snapshot s : open.values()) {
            if (s.path() != null) openPaths.add(s.path());
        }
        return onDisk.values().stream().filter(s -> !openPaths.contains(s.path())).toList();
    }

    /** Every current state: open documents and unopened workspace files. */
    List<Snapshot> all() {
        List<Snapshot> all = new ArrayList<>(open.values());
        all.addAll(unopenedFiles());
        return all;
    }

    List<Path> diskFilesUnder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return onDisk.keySet().stream().filter(p -> p.startsWith(root)).toList();
    }

    /** A state's URI for the core, or null when the client's spelling is not a valid URI. */
    static URI uriOf(Snapshot snapshot) {
        try {
            return URI.create(snapshot.uri());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The file a URI names, or null for non-file URIs. */
    static Path pathOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) return null;
            return Paths.get(parsed).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
