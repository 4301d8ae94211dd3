package dev.rubric.core.text;

import java.util.ArrayDeque;
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
 * case included. Immutable and thread-safe.
 */
public final class PhraseAutomaton {
    /** The state a text begins in. */
    public static final int START = 0;

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
     * Where each state goes on each character class, {@code step[state + class]}; states are
     * numbered by the offset of their row, and those that end a phrase come last, from
     * {@link #firstEnding} on, so the pass tests one comparison per character.
     */
    private final int[] step;
    private final int firstEnding;
    /** By row ({@code state / classes}): the ids of the phrases a state ends, those of shorter suffixes included. */
    private final int[][] endings;

    private PhraseAutomaton(Collection<String> phrases) {
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

        // the trie of the phrases: state 0 is the root, an absent child is 0
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new int[classes]);
        ends.add(new ArrayList<>());
        for (int id = 0; id < distinct.size(); id++) {
            String p = distinct.get(id);
            if (p.isEmpty()) {
                empty.set(id);
                continue;
            }
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                int c = classOf(p.charAt(i));
                if (children.get(state)[c] == 0) {
                    children.add(new int[classes]);
                    ends.add(new ArrayList<>());
                    children.get(state)[c] = children.size() - 1;
                }
                state = children.get(state)[c];
            }
            ends.get(state).add(id);
        }

        // breadth first: a state's fall-back (its longest proper suffix that is a trie state)
        // is nearer the root, so its transitions and endings are complete when the state's are made
        int states = children.size();
        int[][] next = new int[states][];
        int[] fallBack = new int[states];
        next[0] = children.get(0).clone();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < classes; c++) {
            if (next[0][c] != 0) queue.add(next[0][c]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            ends.get(s).addAll(ends.get(fallBack[s]));
            next[s] = new int[classes];
            for (int c = 0; c < classes; c++) {
                int child = children.get(s)[c];
                if (child != 0) {
                    fallBack[child] = next[fallBack[s]][c];
                    next[s][c] = child;
                    queue.add(child);
                } else {
                    next[s][c] = next[fallBack[s]][c];
                }
            }
        }

        // renumber: states that end no phrase first, the root among them (it ends none)
        int[] order = new int[states];
        int n = 0;
        for (int s = 0; s < states; s++) if (ends.get(s).isEmpty()) order[n++] = s;
        firstEnding = n * classes;
        for (int s = 0; s < states; s++) if (!ends.get(s).isEmpty()) order[n++] = s;
        int[] row = new int[states];
        for (int i = 0; i < states; i++) row[order[i]] = i;
        step = new int[states * classes];
        endings = new int[states][];
        for (int i = 0; i < states; i++) {
            int s = order[i];
            for (int c = 0; c < classes; c++) step[i * classes + c] = row[next[s][c]] * classes;
            endings[i] = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The automaton of these phrases; a phrase given twice is one phrase. */
    public static PhraseAutomaton of(Collection<String> phrases) {
        return new PhraseAutomaton(phrases);
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
        int s = step[state + (c < 128 ? asciiClass[c] : otherClass(c))];
        if (s >= firstEnding) for (int id : endings[s / classes]) found.set(id);
        return s;
    }

    private int classOf(char c) {
        return c < 128 ? asciiClass[c] : otherClass(c);
    }

    private int otherClass(char c) {
        int at = Arrays.binarySearch(others, c);
        return at < 0 ? 0 : otherClasses[at];
    }
}
