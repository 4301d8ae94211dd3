package dev.rubric.core.model;

/**
 * Where front matter opens and closes, as Flexmark's front-matter extension reads it (checked
 * against it in tests): the first line that is not blank opens it when it is "---", alone or
 * followed by whitespace; the first later line that is "---" or "..." (the same way) closes it.
 * Lines end at "\n", "\r\n" or a lone "\r". One reading for the parser (which turns an opener
 * never closed into a thematic break) and the chunk splitter (which never cuts inside it).
 */
final class FrontMatterLines {
    private FrontMatterLines() {
    }

    /** Where the opening "---" starts, or -1 when the text does not open with front matter. */
    static int opener(String text) {
        int line = 0;
        while (line < text.length()) {
            int end = ChunkSplitter.lineEnd(text, line);
            if (!text.substring(line, end).isBlank()) return isDelimiter(text, line, end, false) ? line : -1;
            if (end == text.length()) return -1;
            line = ChunkSplitter.nextLine(text, end);
        }
        return -1;
    }

    /** Where the line after the closing delimiter starts, or -1 when front matter opened at {@code opener} is never closed. */
    static int afterClosing(String text, int opener) {
        for (int line = ChunkSplitter.nextLine(text, ChunkSplitter.lineEnd(text, opener)); line < text.length(); ) {
            int end = ChunkSplitter.lineEnd(text, line);
            if (isDelimiter(text, line, end, true)) return ChunkSplitter.nextLine(text, end);
            if (end == text.length()) break;
            line = ChunkSplitter.nextLine(text, end);
        }
        return -1;
    }

    /** "---" (or "..." when closing) at the line's start, alone or followed by whitespace and anything. */
    private static boolean isDelimiter(String text, int line, int end, boolean closing) {
        boolean dashes = text.startsWith("---", line);
        boolean dots = closing && text.startsWith("...", line);
        if (!dashes && !dots) return false;
        return line + 3 == end || Character.isWhitespace(text.charAt(line + 3));
    }
}
