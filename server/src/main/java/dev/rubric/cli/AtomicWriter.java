package dev.rubric.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file by writing a temporary file beside it and renaming it over the original, so a
 * crash leaves either the old or the new text, never half of one. Symbolic links are refused:
 * a fix must not write through a link to a file outside the tree being checked.
 */
final class AtomicWriter {
    private AtomicWriter() {
    }

    static void write(Path file, String text) throws IOException {
        if (Files.isSymbolicLink(file)) throw new IOException(file + ": is a symbolic link; not fixed (fix its target directly)");
        // replacing the file by a rename would get round its read-only permission
        if (Files.exists(file) && !Files.isWritable(file)) throw new IOException(file + ": is read-only; not fixed");
        try {
            replace(file, text);
        } catch (IOException e) {
            // java.nio's messages are often just a path (the temporary file's): say what failed
            throw new IOException(file + ": not fixed, could not write it: " + e, e);
        }
    }

    /**
     * Writes a report file (--output), creating its folder; atomic like a fix, so a reader never
     * sees half a report, and never through a symbolic link.
     */
    static void writeReport(Path file, String text) throws IOException {
        if (Files.isSymbolicLink(file)) throw new IOException(file + ": is a symbolic link; not written");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        replace(file, text);
    }

    private static void replace(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".rubric-tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (Files.exists(file)) try {
                var perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                Files.setPosixFilePermissions(temp, perms);
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the temp file keeps default permissions
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
