package dev.rubric.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's modification time and size (or its absence) at one moment. A cached config stays
 * valid while every file it was read from, extended configs and custom templates included,
 * still has the same stamp; a file that was missing is stamped too, so creating it counts.
 */
record FileStamp(Path file, boolean exists, long modifiedMillis, long size) {

    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(file, true, attributes.lastModifiedTime().toMillis(), attributes.size());
        } catch (IOException e) {
            return new FileStamp(file, false, 0, 0);
        }
    }

    boolean isCurrent() {
        return equals(of(file));
    }
}
