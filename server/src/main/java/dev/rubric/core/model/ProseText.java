package dev.rubric.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All of a document's prose, lower-cased and searched for phrases (template detection's topic
 * words): every unit's {@link ProseUnit#lower() lower-cased text} followed by a space, then every
 * heading's title lower-cased and followed by a space. {@link #contains} answers exactly as a
 * search of that one string would, without building it: the units' text is kept in pieces, one
 * per chunk of the document, and a chunk the parser reuses across versions keeps its piece and
 * what was searched in it, so after an edit only the edited chunk's piece is searched again; a
 * phrase that runs across the end of one piece into the next is found in a window around the
 * joint. Thread-safe.
 */
public final class ProseText {
    private final List<ProseUnit> units;
    /** Where each chunk's units start in {@link #units}, in order, and where the last one's end. */
    private final int[] chunkStarts;
    /** The kept tree each chunk was read from, where its piece is kept; null entries for chunks not kept. */
    private final ChunkTree[] kept;
    private final List<Section> sections;
    private volatile List<Piece> pieces;
    private volatile String titles;
    /** The text around each joint between two pieces, for phrases up to {@code radius + 1} characters. */
    private volatile Joints joints;

    /**
     * @param chunkStarts where each chunk's units start in {@code units}, then {@code units.size()}
     * @param kept        per chunk, the kept tree it was read from, or null
     */
    ProseText(List<ProseUnit> units, int[] chunkStarts, ChunkTree[] kept, List<Section> sections) {
        this.units = units;
        this.chunkStarts = chunkStarts;
        this.kept = kept;
        this.sections = sections;
    }

    /** Each chunk's piece, taken from its kept tree or made (and then kept there); made on first search. */
    private List<Piece> pieces() {
        List<Piece> p = pieces;
        if (p == null) {
            p = new ArrayList<>(kept.length);
            for (int i = 0; i < kept.length; i++) {
                Piece piece = kept[i] == null ? null : kept[i].prose();
                if (piece == null) {
                    piece = Piece.of(units.subList(chunkStarts[i], chunkStarts[i + 1]), kept[i] != null);
                    if (kept[i] != null) kept[i].keepProse(piece);
                }
                p.add(piece);
            }
            pieces = p; // a race makes equal lists twice
        }
        return p;
    }

    /** Whether the prose holds the phrase, which must already be lower-cased. */
    public boolean contains(String lowerPhrase) {
        if (lowerPhrase.isEmpty()) return true;
        for (Piece piece : pieces()) {
            if (piece.contains(lowerPhrase)) return true;
        }
        if (titles().contains(lowerPhrase)) return true;
        if (lowerPhrase.length() == 1) return false;
        for (String window : joints(lowerPhrase.length() - 1).windows) {
            if (window.contains(lowerPhrase)) return true;
        }
        return false;
    }

    /** The whole text {@link #contains} searches, built (for tests and for callers that need it whole). */
    public String whole() {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : pieces()) sb.append(piece.text());
        return sb.append(titles()).toString();
    }

    private String titles() {
        String t = titles;
        if (t == null) {
            StringBuilder sb = new StringBuilder();
            for (Section s : sections) sb.append(s.title().toLowerCase(Locale.ROOT)).append(' ');
            titles = t = sb.toString();
        }
        return t;
    }

    /** Windows of {@code radius} characters either side of every joint (a race builds equal ones twice). */
    private Joints joints(int radius) {
        Joints j = joints;
        if (j != null && j.radius >= radius) return j;
        List<Piece> all = pieces();
        List<String> texts = new ArrayList<>(all.size() + 1);
        for (Piece piece : all) {
            if (!piece.text().isEmpty()) texts.add(piece.text());
        }
        String t = titles();
        if (!t.isEmpty()) texts.add(t);
        List<String> windows = new ArrayList<>();
        for (int joint = 1; joint < texts.size(); joint++) {
            StringBuilder before = new StringBuilder();
            for (int k = joint - 1; k >= 0 && before.length() < radius; k--) {
                String p = texts.get(k);
                before.insert(0, p, Math.max(0, p.length() - (radius - before.length())), p.length());
            }
            StringBuilder after = new StringBuilder();
            for (int k = joint; k < texts.size() && after.length() < radius; k++) {
                String p = texts.get(k);
                after.append(p, 0, Math.min(p.length(), radius - after.length()));
            }
            windows.add(before.append(after).toString());
        }
        joints = j = new Joints(Math.max(radius, j == null ? 0 : j.radius), windows);
        return j;
    }

    private record Joints(int radius, List<String> windows) {
    }

    /**
     * The units of one chunk, lower-cased and each followed by a space, and what has been
     * searched in them (kept with the chunk's tree, as the text is the same in every version
     * that reuses it).
     */
    static final class Piece {
        private final String text;
        private final Map<String, Boolean> found;

        /** @param remember whether to keep each search's answer (a piece kept across versions) */
        Piece(String text, boolean remember) {
            this.text = text;
            this.found = remember ? new ConcurrentHashMap<>() : null;
        }

        static Piece of(List<ProseUnit> units, boolean remember) {
            int length = 0;
            for (ProseUnit u : units) length += u.text().length() + 1;
            StringBuilder sb = new StringBuilder(length);
            for (ProseUnit u : units) sb.append(u.lower()).append(' ');
            return new Piece(sb.toString(), remember);
        }

        String text() {
            return text;
        }

        boolean contains(String lowerPhrase) {
            if (found == null) return text.contains(lowerPhrase);
            Boolean known = found.get(lowerPhrase);
            if (known == null) {
                known = text.contains(lowerPhrase);
                // the phrases searched are the templates' topic words: few, so this stays small
                if (found.size() < 1024) found.put(lowerPhrase, known);
            }
            return known;
        }
    }
}
