package dev.rubric.core.model;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Flexmark's tree of one chunk of a document, kept for the document's next versions, with what
 * the model builder read from its blocks (a heading's title, a paragraph's prose with markup
 * blanked and its sentences, a table's cells, a code block's content). The tree is never
 * modified once parsed, so a reading made from a block is valid as long as the tree lives and
 * for any offset the chunk is read at. The readings are kept in the order the builder reads the
 * blocks — the same order every time, as the tree is the same — so a later build takes them by
 * position instead of looking each block up. Builders on several threads may share a tree: each
 * that finds no readings makes its own, and the first to finish keeps them (they are equal).
 */
final class ChunkTree {
    private final Document tree;
    private volatile Object[] readings;
    private volatile ProseText.Piece prose;

    ChunkTree(Document tree) {
        this.tree = tree;
    }

    Document tree() {
        return tree;
    }

    /** The builder's readings of the blocks in the order it reads them; null until a build of this tree has finished. */
    Object[] readings() {
        return readings;
    }

    void keepReadings(Object[] read) {
        if (readings == null) readings = read;
    }

    /** The chunk's units' lower-cased text and what was searched in it ({@link ProseText}); null until first searched. */
    ProseText.Piece prose() {
        return prose;
    }

    void keepProse(ProseText.Piece piece) {
        if (prose == null) prose = piece;
    }
}
