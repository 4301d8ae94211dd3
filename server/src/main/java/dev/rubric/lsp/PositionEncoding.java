package dev.rubric.lsp;

import dev.rubric.core.text.LineIndex;
import java.util.List;
import org.eclipse.lsp4j.PositionEncodingKind;

/**
 * How LSP columns count characters on a line. The core counts UTF-16 code units (Java chars);
 * columns are converted here, at the protocol boundary, and nowhere else.
 */
enum PositionEncoding {
    UTF16(PositionEncodingKind.UTF16),
    UTF8(PositionEncodingKind.UTF8),
    UTF32(PositionEncodingKind.UTF32);

    private final String kind;

    PositionEncoding(String kind) {
        this.kind = kind;
    }

    /** The value announced in {@code ServerCapabilities.positionEncoding}. */
    String kind() {
        return kind;
    }

    /**
     * The client's most preferred encoding among those Rubric speaks (all three); UTF-16 when
     * the client lists none, as LSP 3.17 requires.
     */
    static PositionEncoding negotiate(List<String> clientPreferences) {
        if (clientPreferences != null) {
            for (String preferred : clientPreferences) {
                for (PositionEncoding e : values()) {
                    if (e.kind.equalsIgnoreCase(preferred)) return e;
                }
            }
        }
        return UTF16;
    }

    /** The LSP column of a character offset on its line. */
    int column(LineIndex lines, int offset) {
        int line = lines.lineOf(offset);
        int start = lines.lineStart(line);
        if (this == UTF16) return offset - start;
        String text = lines.text();
        int column = 0;
        for (int i = start; i < offset; ) {
            int cp = text.codePointAt(i);
            int chars = Character.charCount(cp);
            if (i + chars > offset) break; // offset splits a surrogate pair: stay before it
            column += units(cp);
            i += chars;
        }
        return column;
    }

    /**
     * The character offset of an LSP position. Lines past the end clamp to the end of the text,
     * columns past the line's end clamp to the end of the line (before its terminator), and a
     * column inside a character moves to that character's start.
     */
    int offset(LineIndex lines, int line, int column) {
        String text = lines.text();
        if (line < 0) return 0;
        if (line >= lines.lineCount()) return text.length();
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        if (this == UTF16) return Math.min(start + Math.max(0, column), end);
        int remaining = Math.max(0, column);
        int i = start;
        while (i < end && remaining > 0) {
            int cp = text.codePointAt(i);
            int units = units(cp);
            if (units > remaining) break;
            remaining -= units;
            i += Character.charCount(cp);
        }
        return Math.min(i, end);
    }

    private int units(int codePoint) {
        return switch (this) {
            case UTF16 -> Character.charCount(codePoint);
            case UTF32 -> 1;
            case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        };
    }
}
