package dev.rubric.core.model;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flexmark's tree of one chunk of a document, kept for the document's next versions, with what
 * the model builder read from its blocks (a paragraph's prose with markup blanked and its
 * sentences, a table's cells). The tree is never modified once parsed, so a reading made from a
 * block is valid as long as the tree lives and for any offset the chunk is read at; builders on
 * several threads may share it (a reading computed twice is the same twice).
 */
record ChunkTree(Document tree, Map<Node, Object> readings) {
    ChunkTree(Document tree) {
        this(tree, new ConcurrentHashMap<>());
    }
}
