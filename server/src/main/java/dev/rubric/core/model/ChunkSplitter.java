package dev.rubric.core.model;

import dev.rubric.core.text.BlockLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a document can be cut in two so that Flexmark, parsing each part on its own, builds the
 * same blocks it builds from the whole: the start of an ATX heading at column 0 after a blank
 * line, which ends every open paragraph, list, quote, table and HTML block of types 6 and 7.
 * What can still reach across such a line is followed or refused, never guessed:
 * <ul>
 * <li>code fences: a fence marker ("```", "~~~") anywhere but at the start of a line refuses
 * the document (a fence in a list item or quote is not followed); fences at column 0 are
 * top-level blocks, followed line by line, and a cut never falls inside one;</li>
 * <li>HTML blocks that run through blank lines: a comment opening at column 0 is followed to
 * its "-->"; any other line that starts with '<' and a letter, '/', '!' or '?' after at most
 * three spaces refuses the document (inside a list item or quote such a block ends with its
 * container, before a column-0 heading);</li>
 * <li>link reference definitions (any "]:" at all) refuse the document: a definition below the
 * cut would resolve a link above it;</li>
 * <li>front matter: the cut comes after its closing line.</li>
 * </ul>
 * Sound rather than complete: it misses cuts it could make, never makes one that changes the
 * parse (SplitParseTest checks the model from the parts against the model from the whole on
 * generated, fixture, sample and random documents).
 */
final class ChunkSplitter {
    /**
     * Shorter documents parse faster on one thread than in two parts side by side: generated
     * docs of 11 KB took 1.32 ms on one thread against 1.52 ms in two parts; 24 KB 2.02 against
     * 1.79; 40 KB 5.20 against 3.27 (medians of 400, 2 cores).
     */
    static final int MIN_LENGTH = 16_384;

    private ChunkSplitter() {
    }

    /** A cut near the middle of the text, or −1 when none is safe (or the text is short). */
    static int split(String text) {
        if (text.length() < MIN_LENGTH) return -1;
        int middle = text.length() / 2;
        int best = -1;
        for (int cut : cuts(text)) {
            if (best < 0 || Math.abs(cut - middle) < Math.abs(best - middle)) best = cut;
        }
        return best;
    }

    /**
     * Where the text's chunks start (the first at 0): safe cuts taken so that every chunk but the
     * last holds at least {@code minLength} characters, and the last too when there are several.
     * A chunk's end depends only on where it starts and on the headings after it, so an edit
     * leaves the chunks before it alone and, unless it moves a chunk's end past another heading,
     * the chunks after it too.
     */
    static int[] chunkStarts(String text, int minLength) {
        List<Integer> cuts = text.length() < 2 * minLength ? List.of() : cuts(text);
        int[] starts = new int[cuts.size() + 1];
        int count = 1;
        for (int cut : cuts) {
            if (cut - starts[count - 1] >= minLength && text.length() - cut >= minLength) starts[count++] = cut;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Every safe cut, in order; none when something in the document could reach across one. */
    static List<Integer> cuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        if (text.contains("]:") || hasIndentedFenceMarker(text, "```") || hasIndentedFenceMarker(text, "~~~")) return cuts;
        int start = afterFrontMatter(text);
        char fence = 0;
        int fenceLength = 0;
        boolean inComment = false;
        boolean previousBlank = false;
        for (int line = start; line < text.length(); ) {
            int end = lineEnd(text, line);
            boolean blank = false;
            if (fence != 0) {
                if (closesFence(text, line, end, fence, fenceLength)) fence = 0;
            } else if (inComment) {
                inComment = !contains(text, line, end, "-->");
            } else if (text.startsWith("<!--", line)) {
                inComment = !contains(text, line + 4, end, "-->");
            } else if (startsHtml(text, line, end)) {
                return List.of();
            } else if (BlockLines.isFence(text, line, end)) { // at column 0
                fence = text.charAt(line);
                fenceLength = BlockLines.run(text, line, end, fence);
            } else if (previousBlank && BlockLines.isAtxHeading(text, line, end)) { // at column 0
                cuts.add(line);
            } else {
                blank = isBlank(text, line, end);
            }
            previousBlank = blank;
            line = nextLine(text, end);
        }
        return cuts;
    }

    /**
     * A line that may open an HTML block: after at most three spaces, '<' then a letter, '/', '!'
     * or '?' — what every kind of HTML block starts with ("< 250 ms" is text). A comment at
     * column 0 is followed instead.
     */
    private static boolean startsHtml(String text, int line, int end) {
        int i = line;
        while (i < end && i - line < 3 && text.charAt(i) == ' ') i++;
        if (i + 1 >= end || text.charAt(i) != '<') return false;
        char next = text.charAt(i + 1);
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    private static boolean contains(String text, int from, int end, String what) {
        int at = text.indexOf(what, from);
        return at >= 0 && at + what.length() <= end;
    }

    /** A fence marker that does not start its line: inside a list item or quote, or indented. */
    private static boolean hasIndentedFenceMarker(String text, String marker) {
        char mark = marker.charAt(0);
        for (int at = text.indexOf(marker); at >= 0; ) {
            int runStart = at;
            while (runStart > 0 && text.charAt(runStart - 1) == mark) runStart--;
            if (runStart > 0 && text.charAt(runStart - 1) != '\n' && text.charAt(runStart - 1) != '\r') return true;
            int runEnd = at;
            while (runEnd < text.length() && text.charAt(runEnd) == mark) runEnd++;
            at = text.indexOf(marker, runEnd);
        }
        return false;
    }

    /** Where the body starts: after the closing line of front matter that opens the text, else 0 ({@link FrontMatterLines}). */
    private static int afterFrontMatter(String text) {
        int opener = FrontMatterLines.opener(text);
        if (opener < 0) return 0;
        int after = FrontMatterLines.afterClosing(text, opener);
        return after < 0 ? text.length() : after; // never closed: no cut
    }

    private static boolean closesFence(String text, int line, int end, char fence, int length) {
        int n = BlockLines.run(text, line, end, fence);
        if (n < length) return false;
        for (int i = line + n; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') return false;
        }
        return true;
    }

    private static boolean isBlank(String text, int line, int end) {
        for (int i = line; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') return false;
        }
        return true;
    }

    /** Where the line starting at {@code line} ends: before its "\n", "\r\n" or lone "\r". */
    static int lineEnd(String text, int line) {
        int i = line;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }

    /** Where the next line starts, after the line end at {@code end}. */
    static int nextLine(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r') end++;
        if (end < text.length() && text.charAt(end) == '\n') end++;
        return end;
    }
}
