package dev.rubric.lsp;

import dev.rubric.core.model.DocumentParser;

/**
 * The server's Markdown parser, shared by its lints and its outline reads: it keeps Flexmark's
 * trees of the chunks of the documents parsed last, so a new version of the document being typed
 * in re-parses only the chunks the edit changed, whichever of the two reads it first.
 */
final class ServerParser {
    /**
     * The documents being edited at once (their text together is capped too, in {@code
     * ChunkTrees}); a workspace scan passing through evicts them, which costs one full parse.
     */
    static final int DOCUMENTS_KEPT = 4;
    static final DocumentParser INSTANCE = new DocumentParser(RuleWorkers.POOL, DOCUMENTS_KEPT);

    private ServerParser() {
    }
}
