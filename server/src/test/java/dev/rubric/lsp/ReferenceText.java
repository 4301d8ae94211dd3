package dev.rubric.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * What an editor does with its own buffer, written independently of the server's code: a
 * plain string, line breaks found by scanning, columns counted per encoding. Also makes
 * random edits the way an editor would send them.
 */
final class ReferenceText {
    /** Inserted fragments: ASCII, accents, CJK, emoji (a surrogate pair), all three line breaks, Markdown. */
    private static final String[] FRAGMENTS = {"a", "Z", " ", "é", "中", "😀", "\n", "\r\n", "\r", "#", "## H", "- ", "`x`", "ü"};

    private ReferenceText() {
    }

    /** Offsets where each line starts: after \n, after \r\n, after a lone \r. */
    static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') starts.add(i + 1);
            else if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) starts.add(i + 1);
        }
        return starts;
    }

    static Position position(String text, int offset, String encoding) {
        List<Integer> starts = lineStarts(text);
        int line = 0;
        while (line + 1 < starts.size() && starts.get(line + 1) <= offset) line++;
        int column = 0;
        for (int i = starts.get(line); i < offset; ) {
            int cp = text.codePointAt(i);
            column += units(cp, encoding);
            i += Character.charCount(cp);
        }
        return new Position(line, column);
    }

    static int offset(String text, Position position, String encoding) {
        List<Integer> starts = lineStarts(text);
        int i = starts.get(position.getLine());
        int column = 0;
        while (column < position.getCharacter()) {
            int cp = text.codePointAt(i);
            column += units(cp, encoding);
            i += Character.charCount(cp);
        }
        return i;
    }

    static int units(int cp, String encoding) {
        return switch (encoding) {
            case "utf-8" -> new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            case "utf-32" -> 1;
            default -> Character.charCount(cp);
        };
    }

    /** An edit position an editor could produce: not inside a surrogate pair, not between \r and \n. */
    static int randomBoundary(String text, Random random) {
        while (true) {
            int offset = random.nextInt(text.length() + 1);
            if (offset > 0 && offset < text.length()) {
                if (Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))) continue;
                if (text.charAt(offset) == '\n' && text.charAt(offset - 1) == '\r') continue;
            }
            return offset;
        }
    }

    static String randomInsertion(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        return s.toString();
    }

    /** One random edit of {@code text}: the change event and the text after it. */
    record Edit(TextDocumentContentChangeEvent event, String after) {
    }

    static Edit randomEdit(String text, Random random, String encoding) {
        if (random.nextInt(40) == 0) { // now and then the editor sends the whole text
            String whole = randomInsertion(random) + text + randomInsertion(random);
            return new Edit(new TextDocumentContentChangeEvent(whole), whole);
        }
        int a = randomBoundary(text, random);
        int b = random.nextInt(3) == 0 ? a : randomBoundary(text, random);
        int start = Math.min(a, b);
        int end = Math.max(a, b);
        String inserted = randomInsertion(random);
        String after = text.substring(0, start) + inserted + text.substring(end);
        Range range = new Range(position(text, start, encoding), position(text, end, encoding));
        return new Edit(new TextDocumentContentChangeEvent(range, inserted), after);
    }

    /**
     * Applies a client-side list of text edits as LSP defines it: ranges refer to the original
     * text, and inserts at the same position appear in the order they are listed.
     */
    static String apply(String text, List<org.eclipse.lsp4j.TextEdit> edits, String encoding) {
        List<int[]> spans = new ArrayList<>(); // start, end, index
        for (int i = 0; i < edits.size(); i++) {
            Range r = edits.get(i).getRange();
            spans.add(new int[] {offset(text, r.getStart(), encoding), offset(text, r.getEnd(), encoding), i});
        }
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0]) : Integer.compare(y[2], x[2]));
        String result = text;
        for (int[] span : spans) {
            result = result.substring(0, span[0]) + edits.get(span[2]).getNewText() + result.substring(span[1]);
        }
        return result;
    }
}
