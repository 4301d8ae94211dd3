package dev.rubric.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of phrases, looked for all at once: one pass over a text says which of them it
 * holds, each exactly as {@link String#contains} would (an Aho–Corasick automaton, its
 * transitions worked out in full so a character costs one table look-up). Template detection
 * looks for some forty topic words in all of a document's prose; a search per word read the
 * prose forty times. A text may be fed in parts: the state one part ends in is where the next
 * begins, so a phrase running across the parts is found. Characters are compared as they are,
 * case included. A phrase set so large that its full table would pass {@link #MAX_TABLE}
 * entries (a configuration's templates may list any number of words) keeps only the trie and
 * follows fall-backs instead, a few steps more per character. Immutable and thread-safe.
 */
public final class PhraseAutomaton {
    /** The state a text begins in. */
    public static final int START = 0;
    /**
     * The most entries a full transition table may have (4 MB; the built-in templates' words
     * need 11,076); past it the automaton follows fall-backs.
     */
    static final int MAX_TABLE = 1 << 20;

    private final Map<String, Integer> ids;
    private final int longest;
    /** Phrase ids that are empty: every text holds them. */
    private final BitSet empty;
    /** Character class of each ASCII character: 0 for one no phrase holds. */
    private final int[] asciiClass = new int[128];
    /** The characters beyond ASCII that phrases hold, sorted; the class of {@code others[i]} is {@code otherClasses[i]}. */
    private final char[] others;
    private final int[] otherClasses;
    private final int classes;
    /**
     * The full table: where each state goes on each character class, {@code step[state + class]};
     * states are numbered by the offset of their row, and those that end a phrase come last, from
     * {@link #firstEnding} on, so the pass tests one comparison per character. Null when the
     * table would be too large: states are then the trie's nodes.
     */
    private final int[] step;
    private final int firstEnding;
    /** With the full table, by row ({@code state / classes}); else by node: the ids of the phrases a state ends, shorter suffixes' included. */
    private final int[][] endings;
    /** Without the full table: each node's children, as (class, node) pairs, and its fall-back. */
    private final int[][] children;
    private final int[] fallBack;

    private PhraseAutomaton(Collection<String> phrases, int maxTable) {
        ids = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (String p : phrases) {
            if (ids.putIfAbsent(p, distinct.size()) == null) distinct.add(p);
        }
        empty = new BitSet();
        int longestPhrase = 0;
        // character classes: 1.. for the characters phrases hold, in order of first use
        Map<Character, Integer> otherClassOf = new HashMap<>();
        int nextClass = 1;
        for (String p : distinct) {
            longestPhrase = Math.max(longestPhrase, p.length());
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < 128) {
                    if (asciiClass[c] == 0) asciiClass[c] = nextClass++;
                } else if (!otherClassOf.containsKey(c)) {
                    otherClassOf.put(c, nextClass++);
                }
            }
        }
        longest = longestPhrase;
        classes = nextClass;
        others = new char[otherClassOf.size()];
        otherClasses = new int[others.length];
        int k = 0;
        for (char c : otherClassOf.keySet().stream().sorted().toList()) {
            others[k] = c;
            otherClasses[k++] = otherClassOf.get(c);
        }

        // the trie of the phrases: node 0 is the root, which is nobody's child
        List<int[]> kids = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        kids.add(new int[0]);
        ends.add(new ArrayList<>());
        for (int id = 0; id < distinct.size(); id++) {
            String p = distinct.get(id);
            if (p.isEmpty()) {
                empty.set(id);
                continue;
            }
            int node = 0;
            for (int i = 0; i < p.length(); i++) {
                int c = classOf(p.charAt(i));
                int child = child(kids.get(node), c);
                if (child == 0) {
                    child = kids.size();
                    kids.add(new int[0]);
                    ends.add(new ArrayList<>());
                    int[] pairs = kids.get(node);
                    int[] more = Arrays.copyOf(pairs, pairs.length + 2);
                    more[pairs.length] = c;
                    more[pairs.length + 1] = child;
                    kids.set(node, more);
                }
                node = child;
            }
            ends.get(node).add(id);
        }

        // breadth first: a node's fall-back (its longest proper suffix that is a node) is nearer
        // the root, so its own fall-back and endings are complete when the node's are made
        int states = kids.size();
        int[] fall = new int[states];
        int[] order = new int[states];
        int queued = 1;
        for (int head = 0; head < queued; head++) {
            int s = order[head];
            int[] pairs = kids.get(s);
            for (int e = 0; e < pairs.length; e += 2) {
                int c = pairs[e];
                int t = pairs[e + 1];
                if (s != 0) {
                    int f = fall[s];
                    while (f != 0 && child(kids.get(f), c) == 0) f = fall[f];
                    fall[t] = child(kids.get(f), c);
                }
                ends.get(t).addAll(ends.get(fall[t]));
                order[queued++] = t;
            }
        }

        if ((long) states * classes > maxTable) {
            step = null;
            firstEnding = 0;
            children = kids.toArray(new int[0][]);
            fallBack = fall;
            endings = new int[states][];
            for (int s = 0; s < states; s++) endings[s] = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
            return;
        }
        children = null;
        fallBack = null;
        // the full table, in breadth-first order so that a fall-back's row is made before it is read
        int[][] next = new int[states][];
        for (int i = 0; i < states; i++) {
            int s = order[i];
            next[s] = s == 0 ? new int[classes] : next[fall[s]].clone();
            int[] pairs = kids.get(s);
            for (int e = 0; e < pairs.length; e += 2) next[s][pairs[e]] = pairs[e + 1];
        }
        // renumbered: states that end no phrase first, the root among them (it ends none)
        int[] byNumber = new int[states];
        int n = 0;
        for (int s = 0; s < states; s++) if (ends.get(s).isEmpty()) byNumber[n++] = s;
        firstEnding = n * classes;
        for (int s = 0; s < states; s++) if (!ends.get(s).isEmpty()) byNumber[n++] = s;
        int[] row = new int[states];
        for (int i = 0; i < states; i++) row[byNumber[i]] = i;
        step = new int[states * classes];
        endings = new int[states][];
        for (int i = 0; i < states; i++) {
            int s = byNumber[i];
            for (int c = 0; c < classes; c++) step[i * classes + c] = row[next[s][c]] * classes;
            endings[i] = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The automaton of these phrases; a phrase given twice is one phrase. */
    public static PhraseAutomaton of(Collection<String> phrases) {
        return new PhraseAutomaton(phrases, MAX_TABLE);
    }

    /** As {@link #of(Collection)}, with the full table only up to {@code maxTable} entries (for tests). */
    static PhraseAutomaton of(Collection<String> phrases, int maxTable) {
        return new PhraseAutomaton(phrases, maxTable);
    }

    /** The phrase's id (0 for the first distinct phrase given, and so on), or −1 for one not given. */
    public int id(String phrase) {
        Integer id = ids.get(phrase);
        return id == null ? -1 : id;
    }

    /** How many distinct phrases there are. */
    public int size() {
        return ids.size();
    }

    /** The length of the longest phrase: a phrase across a joint of two texts lies within this many characters less one of it either side. */
    public int longest() {
        return longest;
    }

    /** A set of found phrases before any text is read: the empty phrases, which every text holds. */
    public BitSet noneRead() {
        return (BitSet) empty.clone();
    }

    /**
     * Reads {@code text} from {@code state}, setting in {@code found} the id of every phrase that
     * ends in it; returns the state it ends in.
     */
    public int read(CharSequence text, int state, BitSet found) {
        if (step == null) {
            int s = state;
            for (int i = 0, n = text.length(); i < n; i++) s = read(text.charAt(i), s, found);
            return s;
        }
        int s = state;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            s = step[s + (c < 128 ? asciiClass[c] : otherClass(c))];
            if (s >= firstEnding) for (int id : endings[s / classes]) found.set(id);
        }
        return s;
    }

    /** Reads one character. */
    public int read(char c, int state, BitSet found) {
        int cls = classOf(c);
        if (step != null) {
            int s = step[state + cls];
            if (s >= firstEnding) for (int id : endings[s / classes]) found.set(id);
            return s;
        }
        int s = state;
        int t = child(children[s], cls);
        while (t == 0 && s != 0) {
            s = fallBack[s];
            t = child(children[s], cls);
        }
        for (int id : endings[t]) found.set(id);
        return t;
    }

    /** The child a node's (class, node) pairs give for the class; 0 (the root, nobody's child) for none. */
    private static int child(int[] pairs, int cls) {
        for (int e = 0; e < pairs.length; e += 2) {
            if (pairs[e] == cls) return pairs[e + 1];
        }
        return 0;
    }

    private int classOf(char c) {
        return c < 128 ? asciiClass[c] : otherClass(c);
    }

    private int otherClass(char c) {
        int at = Arrays.binarySearch(others, c);
        return at < 0 ? 0 : otherClasses[at];
    }
}
