package dev.rubric.core.model;

import dev.rubric.core.text.PhraseAutomaton;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * All of a document's prose, lower-cased, searched for phrases (template detection's topic
 * words): every unit's {@link ProseUnit#lower() lower-cased text} followed by a space, then every
 * heading's title lower-cased and followed by a space. A {@link Search} answers exactly as a
 * search of that one string would, without building it: the text is kept in pieces, one per
 * chunk of the document and one of the titles, each read by a {@link PhraseAutomaton} for all
 * the phrases at once. A chunk the parser reuses across versions keeps its piece and what was
 * found in it, so after an edit only the edited chunk's piece is read again; a phrase that runs
 * across the end of one piece into the next is found in a window around the joint. The document
 * refers to kept pieces weakly: they live as long as the parser keeps their chunk, and a
 * document kept longer (the server's analysis of every file in a workspace) does not hold them.
 * Thread-safe.
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
        List<Piece> pieces = new ArrayList<>(keptPieces.length + 1);
        for (int i = 0; i < keptPieces.length; i++) {
            Piece kept = keptPieces[i] == null ? null : keptPieces[i].get();
            pieces.add(kept != null ? kept : Piece.of(units.subList(chunkStarts[i], chunkStarts[i + 1])));
        }
        String[] titles = new String[sections.size()];
        for (int i = 0; i < titles.length; i++) titles[i] = sections.get(i).title().toLowerCase(Locale.ROOT);
        pieces.add(new Piece(titles));
        return new Search(pieces);
    }

    /** The prose's pieces (the titles' last), searched for phrases. Thread-safe. */
    public static final class Search {
        private final List<Piece> pieces;

        private Search(List<Piece> pieces) {
            this.pieces = pieces;
        }

        /** Which of the automaton's phrases (lower-cased, as the prose is) the prose holds, a bit per phrase id. */
        public BitSet find(PhraseAutomaton phrases) {
            BitSet found = phrases.noneRead();
            List<Piece> texts = new ArrayList<>(pieces.size());
            for (Piece piece : pieces) {
                found.or(piece.found(phrases));
                if (piece.length() > 0) texts.add(piece);
            }
            int radius = phrases.longest() - 1;
            if (radius > 0) {
                for (int joint = 1; joint < texts.size(); joint++) phrases.read(window(texts, joint, radius), PhraseAutomaton.START, found);
            }
            return found;
        }

        /** Whether the prose holds the phrase, which must already be lower-cased. */
        public boolean contains(String lowerPhrase) {
            return find(PhraseAutomaton.of(List.of(lowerPhrase))).get(0);
        }

        /** The whole text searched, built (for tests). */
        public String whole() {
            StringBuilder sb = new StringBuilder();
            for (Piece piece : pieces) piece.appendTo(sb, 0, piece.length());
            return sb.toString();
        }

        /** Up to {@code radius} characters either side of the joint before {@code texts[joint]}, across shorter pieces. */
        private static String window(List<Piece> texts, int joint, int radius) {
            int first = joint;
            int before = 0;
            while (first > 0 && before < radius) before += texts.get(--first).length();
            StringBuilder sb = new StringBuilder(2 * radius);
            int skip = Math.max(0, before - radius);
            for (int k = first; k < joint; k++) {
                Piece p = texts.get(k);
                int from = k == first ? skip : 0;
                p.appendTo(sb, from, p.length());
            }
            int after = 0;
            for (int k = joint; k < texts.size() && after < radius; k++) {
                Piece p = texts.get(k);
                int take = Math.min(p.length(), radius - after);
                p.appendTo(sb, 0, take);
                after += take;
            }
            return sb.toString();
        }
    }

    /**
     * The units of one chunk (or the titles), lower-cased and each followed by a space, and the
     * phrases last found in them (kept with the chunk's tree, as the text is the same in every
     * version that reuses it).
     */
    static final class Piece {
        /** The lower-cased texts; the piece is each followed by a space. */
        private final String[] texts;
        private final int length;
        private volatile Found found;

        Piece(String[] texts) {
            this.texts = texts;
            int n = 0;
            for (String t : texts) n += t.length() + 1;
            this.length = n;
        }

        static Piece of(List<ProseUnit> units) {
            String[] lower = new String[units.size()];
            for (int i = 0; i < lower.length; i++) lower[i] = units.get(i).lower();
            return new Piece(lower);
        }

        int length() {
            return length;
        }

        /** The phrases that lie within this piece (the set returned is not to be changed). */
        BitSet found(PhraseAutomaton phrases) {
            Found known = found;
            if (known != null && known.phrases() == phrases) return known.ids();
            BitSet ids = new BitSet();
            int state = PhraseAutomaton.START;
            for (String t : texts) state = phrases.read(' ', phrases.read(t, state, ids), ids);
            // the phrases searched are the templates' topic words, the same automaton every time
            found = new Found(phrases, ids);
            return ids;
        }

        /** Appends the piece's characters {@code [from, to)}. */
        void appendTo(StringBuilder sb, int from, int to) {
            int at = 0;
            for (String t : texts) {
                int end = at + t.length() + 1;
                if (end > from && at < to) {
                    int a = Math.max(from, at) - at;
                    int b = Math.min(to, end) - at;
                    sb.append(t, a, Math.min(b, t.length()));
                    if (b > t.length()) sb.append(' ');
                }
                if (end >= to) return;
                at = end;
            }
        }
    }

    /** The phrases of an automaton found in a piece. */
    private record Found(PhraseAutomaton phrases, BitSet ids) {
    }
}
