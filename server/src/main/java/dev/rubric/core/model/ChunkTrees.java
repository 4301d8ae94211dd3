package dev.rubric.core.model;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flexmark's trees of the chunks of the documents parsed last, by document and chunk text, so
 * that the next version of a document being edited re-parses only the chunks the edit changed.
 * A tree is parsed from its chunk's text alone (offsets count from the chunk's start) and is
 * only read once made, so several parses of one document may share it. Bounded both in
 * documents and in text.
 */
final class ChunkTrees {
    /**
     * Chunks are cut at headings once they hold this many characters: small enough that an edit
     * re-parses a few kilobytes, large enough that Flexmark's cost per parse stays small.
     */
    static final int MIN_CHUNK = 4_096;
    /**
     * The most text whose trees are kept, all documents together: trees, what the model builder
     * read from them and what the lint derived from that (prose pieces, quantities) take about
     * 16 bytes per character of text (heap after a full GC with four 265 KB generated design
     * docs parsed and linted; 12.3 before the pieces and quantities were kept, 1.9 for the
     * trees alone), so this holds at most about 66 MB, and a server with a small heap serves
     * four documents of the largest size it analyses without keeping them all.
     */
    static final long MAX_CHARS_KEPT = 4L * 1024 * 1024;

    private final int documentsKept;
    private final int minChunk;
    /** In order of use, the least recently parsed document first. */
    private final LinkedHashMap<URI, Map<String, ChunkTree>> byDocument = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<URI, Long> charsOf = new HashMap<>();
    private long charsKept;

    ChunkTrees(int documentsKept, int minChunk) {
        this.documentsKept = documentsKept;
        this.minChunk = minChunk;
    }

    /** The fewest characters a chunk holds before the next heading may end it (tests make it small to cut everywhere). */
    int minChunk() {
        return minChunk;
    }

    /** The trees of the document's chunks when it was last parsed, by chunk text; never modified afterwards. */
    synchronized Map<String, ChunkTree> of(URI uri) {
        Map<String, ChunkTree> trees = byDocument.get(uri);
        return trees == null ? Map.of() : trees;
    }

    /** Replaces the document's trees with those of its latest parse; forgets the least recently parsed documents beyond the limit. */
    synchronized void keep(URI uri, Map<String, ChunkTree> trees) {
        forget(uri);
        long chars = 0;
        for (String chunk : trees.keySet()) chars += chunk.length();
        if (chars > MAX_CHARS_KEPT) return;
        byDocument.put(uri, Map.copyOf(trees));
        charsOf.put(uri, chars);
        charsKept += chars;
        while (byDocument.size() > documentsKept || charsKept > MAX_CHARS_KEPT) forget(byDocument.keySet().iterator().next());
    }

    private void forget(URI uri) {
        if (byDocument.remove(uri) != null) charsKept -= charsOf.remove(uri);
    }

    /** Characters of text whose trees are kept (for tests). */
    synchronized long charsKept() {
        return charsKept;
    }
}
