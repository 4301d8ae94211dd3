package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The literal starts of an expression ({@link LiteralPrefixes}), for {@link FastPattern}'s walk
 * over a text. Most of the rules' expressions start with {@code \b} and a word: inside a word
 * (an ASCII word character after another) such a start is no match's start, so the walk tries
 * only word starts there — a fifth of the positions of English prose.
 *
 * <p>The trie is kept flat, in a few arrays: node {@code n}'s fields ({@link #nodes}) say where
 * its edges lie in {@link #edges}, each a character and the node it leads to. With a
 * node per object holding a 128-entry array for its ASCII children, the rules' 58 tries (4,807
 * nodes) took 2.7 MB of heap; flat, with the filters' bit tables, about 0.5 MB (heap retained
 * after a first lint 4.9 → 2.5 MB). Keys are folded characters when the search ignores case, and
 * a text's character is folded before it is looked up; nodes with many children (the root, most
 * first letters) keep a table of their ASCII children.
 */
final class StartTrie {
    private static final int[] NONE = {};
    private static final int ROOT = 0;
    private static final int MISSING = -1;

    private final boolean caseInsensitive;
    /** Every start needs a word boundary: a position inside a word is skipped without a lookup. */
    private final boolean onlyAtBoundaries;
    /**
     * Every start either needs a word boundary or begins with a character that is not an ASCII
     * word character ("→", "->", "/user"): the walk then visits the listed word starts, and
     * elsewhere only the characters such starts begin with ({@link #otherFirsts}) and those beyond
     * ASCII (which may fold to anything), instead of looking every position up.
     */
    private final boolean othersBeginOutsideWords;
    /** By ASCII character: a start that needs no boundary begins with it ({@link #othersBeginOutsideWords}). */
    private final boolean[] otherFirsts = new boolean[128];
    /**
     * Which two ASCII characters a start can begin with, a bit per pair (two longs per first
     * character): most word starts are ruled out by one lookup instead of a walk through the
     * trie. A first character that alone ends a start, or whose successor may be beyond ASCII,
     * has all its bits set.
     */
    private final long[] firstPairs = new long[2 * 128];
    /**
     * The second filter, for a word start whose pair passed the first: its first three
     * characters folded to lower case, hashed to one of {@link #TRIPLE_BITS} bits ({@link #tripleBit}),
     * must be those of a start — unless the folded pair begins a start that is shorter than three
     * characters or holds a character beyond ASCII in its first three ({@link #openPairs}), which
     * then decides alone. Of the word starts that pass the pair filter, this one lets 41% through on
     * a 200-line generated doc and 25% on the corpus of real design docs (212 and 5,071 of them
     * are starts); the trie walk it spares failed a step or two in. Both filters read only what
     * {@link TextChars} lists once per text.
     */
    private final long[] tripleFilter = new long[TRIPLE_BITS / 64];
    /** Folded pairs ({@code f0 << 7 | f1}) that the three-character filter cannot judge, a bit each. */
    private final long[] openPairs = new long[128 * 128 / 64];
    private static final int TRIPLE_HASH_BITS = 13;
    private static final int TRIPLE_BITS = 1 << TRIPLE_HASH_BITS;
    /**
     * Per node, {@link #NODE_FIELDS} ints side by side, so that a step of the walk reads one
     * cache line for the node instead of one per array: where its ASCII children are kept in
     * {@link #dense} (128 entries from there, {@link #MISSING} where there is none; −1 for a node
     * whose few edges are scanned: a scan of the root's or a first letter's dozens of edges cost
     * more than the rest of the walk), where its edges begin and end in {@link #edges}, and
     * whether a start ends there ({@link #ENDS_ANYWHERE}, {@link #ENDS_AT_BOUNDARY}). With a
     * node's fields in six arrays (two of them arrays of arrays) the walk and its character
     * look-up were 8.3 % of the JFR samples of a 200-line lint, the largest self time, and the
     * searches about twice what the same searches cost replayed in a loop, where the arrays stay
     * cached; laid out so, 7.0 %. Side by side the whole lint did not change measurably.
     */
    private final int[] nodes;
    private static final int NODE_FIELDS = 4;
    private static final int DENSE_AT = 0;
    private static final int EDGES_FROM = 1;
    private static final int EDGES_TO = 2;
    private static final int ENDS = 3;
    /** A start that may begin inside a word ends at this node. */
    private static final int ENDS_ANYWHERE = 1;
    /** A start that needs a word boundary before it ends at this node. */
    private static final int ENDS_AT_BOUNDARY = 2;
    private final int[] dense;
    /** The edges, two ints each: the character, then the node it leads to. */
    private final int[] edges;
    /**
     * Per node, the alternatives a start ending there begins, ascending: where it needs no word
     * boundary (it may begin inside a word), and where it does. Both empty: no start ends there.
     * Read only to list a start's alternatives ({@link #alternativesAt}).
     */
    private final int[][] anywhere;
    private final int[][] atBoundaries;

    /**
     * @param starts per alternative of the expression (one entry: the whole expression), its
     *               literal starts (folded when {@code caseInsensitive}), each with whether it
     *               needs a word boundary before it
     */
    StartTrie(List<Map<String, Boolean>> starts, boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
        Builder built = new Builder();
        boolean all = true;
        boolean othersOutsideWords = true;
        for (int alternative = 0; alternative < starts.size(); alternative++) {
            for (Map.Entry<String, Boolean> e : starts.get(alternative).entrySet()) {
                built.add(e.getKey(), alternative, e.getValue());
                all &= e.getValue();
                allowPair(e.getKey(), caseInsensitive);
                allowTriple(e.getKey());
                if (e.getValue()) continue;
                // (an empty start matches anywhere; a folded key is the lower-case form of an ASCII letter)
                char first = e.getKey().isEmpty() ? 'a' : e.getKey().charAt(0);
                if (first < 128) {
                    othersOutsideWords &= !TextChars.isAsciiWordChar(first);
                    otherFirsts[first] = true;
                }
            }
        }
        this.onlyAtBoundaries = all;
        this.othersBeginOutsideWords = !all && othersOutsideWords;
        // laid out depth first: the nodes of one walk lie close together
        int count = built.children.size();
        int[] order = new int[count]; // built node → flat node
        int[] visit = new int[count];
        int placed = 0;
        int top = 0;
        visit[top++] = ROOT;
        int[] byFlat = new int[count];
        while (top > 0) {
            int node = visit[--top];
            order[node] = placed;
            byFlat[placed++] = node;
            List<int[]> kids = built.children.get(node);
            for (int k = kids.size() - 1; k >= 0; k--) visit[top++] = kids.get(k)[1];
        }
        int edgeCount = 0;
        for (List<int[]> kids : built.children) edgeCount += kids.size();
        nodes = new int[NODE_FIELDS * count];
        edges = new int[2 * edgeCount];
        anywhere = new int[count][];
        atBoundaries = new int[count][];
        int edge = 0;
        int denseNodes = 0;
        for (int flat = 0; flat < count; flat++) {
            int node = byFlat[flat];
            List<int[]> kids = built.children.get(node);
            int at = NODE_FIELDS * flat;
            nodes[at + EDGES_FROM] = edge;
            for (int[] kid : kids) {
                edges[edge++] = kid[0];
                edges[edge++] = order[kid[1]];
            }
            nodes[at + EDGES_TO] = edge;
            nodes[at + DENSE_AT] = flat == ROOT || kids.size() >= MIN_DENSE_EDGES ? 128 * denseNodes++ : -1;
            anywhere[flat] = built.anywhere.get(node);
            atBoundaries[flat] = built.atBoundaries.get(node);
            nodes[at + ENDS] = (anywhere[flat].length > 0 ? ENDS_ANYWHERE : 0) | (atBoundaries[flat].length > 0 ? ENDS_AT_BOUNDARY : 0);
        }
        dense = new int[128 * denseNodes];
        Arrays.fill(dense, MISSING);
        for (int n = 0; n < count; n++) {
            int table = nodes[NODE_FIELDS * n + DENSE_AT];
            if (table < 0) continue;
            for (int e = nodes[NODE_FIELDS * n + EDGES_FROM]; e < nodes[NODE_FIELDS * n + EDGES_TO]; e += 2) {
                if (edges[e] < 128) dense[table + edges[e]] = edges[e + 1];
            }
        }
    }

    /** A node with this many edges or more keeps its children in a table ({@link #DENSE_AT}). */
    private static final int MIN_DENSE_EDGES = 4;

    /** The trie as it is built: a list of edges ({character, child}) per node, in the order added. */
    private static final class Builder {
        final List<List<int[]>> children = new ArrayList<>(List.of(new ArrayList<>()));
        final List<int[]> anywhere = new ArrayList<>(List.of(NONE));
        final List<int[]> atBoundaries = new ArrayList<>(List.of(NONE));

        void add(String start, int alternative, boolean needsBoundary) {
            int node = ROOT;
            for (int i = 0; i < start.length(); i++) node = child(node, start.charAt(i));
            if (needsBoundary) atBoundaries.set(node, with(atBoundaries.get(node), alternative));
            else anywhere.set(node, with(anywhere.get(node), alternative));
        }

        private int child(int node, char c) {
            for (int[] kid : children.get(node)) {
                if (kid[0] == c) return kid[1];
            }
            int made = children.size();
            children.add(new ArrayList<>());
            anywhere.add(NONE);
            atBoundaries.add(NONE);
            children.get(node).add(new int[] {c, made});
            return made;
        }

        private static int[] with(int[] alternatives, int alternative) {
            if (alternatives.length > 0 && alternatives[alternatives.length - 1] == alternative) return alternatives;
            int[] more = Arrays.copyOf(alternatives, alternatives.length + 1);
            more[alternatives.length] = alternative;
            return more;
        }
    }

    /** Marks the pairs a start lets begin (read from the starts themselves: cheap at class initialisation, where the rules build theirs). */
    private void allowPair(String w, boolean caseInsensitive) {
        char first = w.charAt(0);
        if (first >= 128) return; // ASCII text never folds to it, and other text is walked
        char second = w.length() > 1 ? w.charAt(1) : 0;
        for (char f : cases(first, caseInsensitive)) {
            if (w.length() == 1 || second >= 128) {
                firstPairs[2 * f] = firstPairs[2 * f + 1] = -1L;
                continue;
            }
            for (char n : cases(second, caseInsensitive)) setBit(firstPairs, f << 7 | n);
        }
    }

    /** Marks a start's first three characters, folded, for the second filter (or its pair as one that filter cannot judge). */
    private void allowTriple(String w) {
        char first = w.charAt(0);
        if (first >= 128) return; // no word start that passed the pair filter begins with it
        char f0 = LiteralPrefixes.fold(first);
        if (w.length() < 2 || w.charAt(1) >= 128) {
            for (int second = 0; second < 128; second++) setBit(openPairs, f0 << 7 | second);
            return;
        }
        char f1 = LiteralPrefixes.fold(w.charAt(1));
        if (w.length() < 3 || w.charAt(2) >= 128) {
            setBit(openPairs, f0 << 7 | f1);
            return;
        }
        setBit(tripleFilter, tripleBit(f0 << 14 | f1 << 7 | LiteralPrefixes.fold(w.charAt(2))));
    }

    private static void setBit(long[] bits, int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    private static boolean isSet(long[] bits, int bit) {
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Where a folded triple ({@code f0 << 14 | f1 << 7 | f2}) falls among the filter's bits. */
    private static int tripleBit(int triple) {
        return (triple * 0x9E3779B1) >>> (32 - TRIPLE_HASH_BITS);
    }

    /** The character and, for a case-insensitive search of a lower-case ASCII letter, its upper case. */
    private static char[] cases(char c, boolean caseInsensitive) {
        return caseInsensitive && c >= 'a' && c <= 'z' ? new char[] {c, (char) (c - 32)} : new char[] {c};
    }

    /** The first position at or after {@code from} where one of the starts begins; −1 if none. */
    int nextStart(TextChars t, int from) {
        char[] s = t.chars();
        int length = t.length();
        if (onlyAtBoundaries) {
            // only a word's start can be one: the text's word starts are listed once for all expressions
            int[] words = t.wordStarts();
            int count = t.wordCount();
            for (int w = t.firstWordFrom(from); w < count; w++) {
                if (startsAtWord(s, words[w], length)) return words[w];
            }
            return -1;
        }
        if (othersBeginOutsideWords) {
            // a word's start as above; inside a word nothing begins; elsewhere only the listed characters
            int[] words = t.wordStarts();
            int count = t.wordCount();
            int w = t.firstWordFrom(from);
            int nextWord = w < count ? words[w] : length;
            for (int p = from; p < length; p++) {
                char c = s[p];
                if (p == nextWord) {
                    nextWord = ++w < count ? words[w] : length;
                    if (startsAtWord(s, p, length)) return p;
                } else if ((c >= 128 || otherFirsts[c]) && startsAt(s, p, length, false)) {
                    return p; // (not inside a word: c is no ASCII word character, or the word starts listed would hold p)
                }
            }
            return -1;
        }
        boolean afterWordChar = from > 0 && TextChars.isAsciiWordChar(s[from - 1]);
        for (int p = from; p < length; p++) {
            boolean wordChar = TextChars.isAsciiWordChar(s[p]);
            boolean insideWord = afterWordChar && wordChar;
            afterWordChar = wordChar;
            if (startsAt(s, p, length, insideWord)) return p;
        }
        return -1;
    }

    /** Whether one of the starts begins at the word start {@code p}: the two filters, then the walk. */
    private boolean startsAtWord(char[] s, int p, int length) {
        // the pair filter first: most words end here
        if (!pairMayStart(s, p, length)) return false;
        // then the three-character filter, where it can judge the word's folded pair
        int triple = TextChars.foldedTriple(s, p, length);
        if (triple >= 0 && !isSet(openPairs, triple >>> 7) && !isSet(tripleFilter, tripleBit(triple))) return false;
        return walks(s, p, length, false); // (startsAt would test the pair again)
    }

    /** Whether one of the starts begins at {@code p} (inside a word, or not, as told). */
    private boolean startsAt(char[] s, int p, int length, boolean insideWord) {
        return pairMayStart(s, p, length) && walks(s, p, length, insideWord);
    }

    /**
     * The pair filter: false when the two ASCII characters at {@code p} begin no start. A
     * character beyond ASCII may fold to an ASCII one, and a last character has no pair: those
     * are left to the walk.
     */
    private boolean pairMayStart(char[] s, int p, int length) {
        if (p + 1 >= length) return true;
        char first = s[p];
        char next = s[p + 1];
        return first >= 128 || next >= 128 || isSet(firstPairs, first << 7 | next);
    }

    /** Whether the trie's walk from {@code p} reaches the end of a start (the filters already passed). */
    private boolean walks(char[] s, int p, int length, boolean insideWord) {
        int ending = insideWord ? ENDS_ANYWHERE : ENDS_ANYWHERE | ENDS_AT_BOUNDARY;
        int node = child(ROOT, s[p]);
        while (node != MISSING) {
            if ((nodes[NODE_FIELDS * node + ENDS] & ending) != 0) return true;
            if (++p == length) return false;
            node = child(node, s[p]);
        }
        return false;
    }

    /**
     * The alternatives (in order, each once) one of whose starts begins at {@code p}: a start
     * that needs a word boundary only where {@code p} is not inside a word.
     */
    int[] alternativesAt(TextChars t, int p) {
        char[] s = t.chars();
        boolean insideWord = p > 0 && TextChars.isAsciiWordChar(s[p - 1]) && TextChars.isAsciiWordChar(s[p]);
        int[] found = NONE;
        int at = p;
        for (int n = child(ROOT, s[at]); n != MISSING; n = ++at < t.length() ? child(n, s[at]) : MISSING) {
            found = merged(found, anywhere[n]);
            if (!insideWord) found = merged(found, atBoundaries[n]);
        }
        return found;
    }

    /** The union of two ascending lists, ascending. */
    private static int[] merged(int[] a, int[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != next) out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** The node under the text's character {@code c} (folded first when the search ignores case); {@link #MISSING} if none. */
    private int child(int node, char c) {
        char key = caseInsensitive ? LiteralPrefixes.fold(c) : c;
        int at = NODE_FIELDS * node;
        int table = nodes[at + DENSE_AT];
        if (table >= 0 && key < 128) return dense[table + key];
        for (int e = nodes[at + EDGES_FROM], end = nodes[at + EDGES_TO]; e < end; e += 2) {
            if (edges[e] == key) return edges[e + 1];
        }
        return MISSING;
    }

}
