package dev.rubric.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * How a report names a document for code-scanning tools: a URI relative to the directory
 * Rubric ran in, so GitHub can match it to the checked-out repository wherever the runner put
 * it; documents outside that directory get an absolute {@code file:} URI.
 */
final class ArtifactUri {
    private ArtifactUri() {
    }

    /** The relative URI reference ({@code docs/My%20Design.md}), if the document is under {@code base}. */
    static Optional<String> relative(String displayPath, Path base) {
        Path file = file(displayPath);
        if (file == null) return Optional.empty();
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.isAbsolute() ? file.normalize() : absoluteBase.resolve(file).normalize();
        if (!absolute.startsWith(absoluteBase) || absolute.equals(absoluteBase)) return Optional.empty();
        StringBuilder uri = new StringBuilder();
        for (Path segment : absoluteBase.relativize(absolute)) {
            if (uri.length() > 0) uri.append('/');
            uri.append(encodeSegment(segment.toString()));
        }
        return Optional.of(uri.toString());
    }

    /** An absolute {@code file:} URI for a document that is not under the base directory. */
    static String absolute(String displayPath) {
        Path file = file(displayPath);
        if (file == null) return encodeSegment(displayPath);
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    private static Path file(String displayPath) {
        if (displayPath.startsWith("<")) return null; // <stdin>: no file to point at
        try {
            return Paths.get(displayPath);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Percent-encodes a path segment per RFC 3986, leaving unreserved characters as they are. */
    static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return out.toString();
    }
}
