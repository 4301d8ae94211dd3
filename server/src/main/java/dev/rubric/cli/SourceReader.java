package dev.rubric.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads documents as strict UTF-8: a binary or mis-encoded file is an error naming the byte. */
final class SourceReader {
    /** Larger files are refused rather than risk exhausting memory on a stray dump. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceReader() {
    }

    static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) throw new IOException(file + ": file is " + size + " bytes; Rubric reads documents up to " + MAX_BYTES);
        return decode(Files.readAllBytes(file), file.toString());
    }

    static String read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) throw new IOException(name + ": input larger than " + MAX_BYTES + " bytes");
        return decode(bytes, name);
    }

    /** Whether the file opens with a UTF-8 byte order mark, which {@link #read(Path)} drops. */
    static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    static String decode(byte[] bytes, String name) throws IOException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) throw new IOException(name + ": binary file (NUL byte at offset " + i + "), not a Markdown document");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new IOException(name + ": not valid UTF-8 at byte " + buffer.position());
        } catch (CharacterCodingException e) {
            throw new IOException(name + ": not valid UTF-8: " + e.getMessage());
        }
    }
}
