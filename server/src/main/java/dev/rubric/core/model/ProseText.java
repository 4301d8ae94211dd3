package dev.rubric.core.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All of a document's prose, lower-cased, searched for phrases (template detection's topic
 * words): every unit's {@link ProseUnit#lower() lower-cased text} followed by a space, then every
 * heading's title lower-cased and followed by a space. A {@link Search} answers exactly as a
 * search of that one string would, without building it: the units' text is kept in pieces, one
 * per chunk of the document, and a chunk the parser reuses across versions keeps its piece and
 * what was searched in it, so after an edit only the edited chunk's piece is searched again; a
 * phrase that runs across the end of one piece into the next is found in a window around the
 * joint. The document refers to kept pieces weakly: they live as long as the parser keeps their
 * chunk, and a document kept longer (the server's analysis of every file in a workspace) does
 * not hold them. Thread-safe.
 */
public final class ProseText {
    private final List<ProseUnit> units;
    /** Where each chunk's units start in {@link #units}, in order, then how many units there are. */
    private final int[] chunkStarts;
    /** Per chunk, its piece kept with its tree by the parser; null entries for chunks not kept. */
    private final WeakReference<Piece>[] keptPieces;
    private final List<Section> sections;

    /**
     * @param chunkStarts where each chunk's units start in {@code units}, then {@code units.size()}
     * @param keptPieces  per chunk, its piece kept with its tree, or null
     */
    @SuppressWarnings("unchecked")
    ProseText(List<ProseUnit> units, int[] chunkStarts, Piece[] keptPieces, List<Section> sections) {
        this.units = units;
        this.chunkStarts = chunkStarts;
        this.keptPieces = new WeakReference[keptPieces.length];
        for (int i = 0; i < keptPieces.length; i++) {
            if (keptPieces[i] != null) this.keptPieces[i] = new WeakReference<>(keptPieces[i]);
        }
        this.sections = sections;
    }

    /** A search of the prose as it is now; keep it for as many phrases as there are to look for. */
    public Search search() {
        List<Piece> pieces = new ArrayList<>(keptPieces.length);
        for (int i = 0; i < keptPieces.length; i++) {
            Piece kept = keptPieces[i] == null ? null : keptPieces[i].get();
            pieces.add(kept != null ? kept : Piece.of(units.subList(chunkStarts[i], chunkStarts[i + 1]), false));
        }
        StringBuilder titles = new StringBuilder();
        for (Section s : sections) titles.append(s.title().toLowerCase(Locale.ROOT)).append(' ');
        return new Search(pieces, titles.toString());
    }

    /** The prose's pieces and titles, searched for phrases. Thread-safe. */
    public static final class Search {
        private final List<Piece> pieces;
        private final String titles;
        /** The text around each joint between two pieces, for phrases up to {@code radius + 1} characters. */
        private volatile Joints joints;

        private Search(List<Piece> pieces, String titles) {
            this.pieces = pieces;
            this.titles = titles;
        }

        /** Whether the prose holds the phrase, which must already be lower-cased. */
        public boolean contains(String lowerPhrase) {
            if (lowerPhrase.isEmpty()) return true;
            for (Piece piece : pieces) {
                if (piece.contains(lowerPhrase)) return true;
            }
            if (titles.contains(lowerPhrase)) return true;
            if (lowerPhrase.length() == 1) return false;
            for (String window : joints(lowerPhrase.length() - 1).windows()) {
                if (window.contains(lowerPhrase)) return true;
            }
            return false;
        }

        /** The whole text searched, built (for tests). */
        public String whole() {
            StringBuilder sb = new StringBuilder();
            for (Piece piece : pieces) sb.append(piece.text());
            return sb.append(titles).toString();
        }

        /** Windows of {@code radius} characters either side of every joint (a race builds equal ones twice). */
        private Joints joints(int radius) {
            Joints j = joints;
            if (j != null && j.radius() >= radius) return j;
            List<String> texts = new ArrayList<>(pieces.size() + 1);
            for (Piece piece : pieces) {
                if (!piece.text().isEmpty()) texts.add(piece.text());
            }
            if (!titles.isEmpty()) texts.add(titles);
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
            joints = j = new Joints(radius, windows);
            return j;
        }
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
