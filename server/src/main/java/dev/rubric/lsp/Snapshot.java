package dev.rubric.lsp;

import java.nio.file.Path;

/**
 * One state of one document: the text the editor holds (an open document, with the editor's
 * version) or the text on disk (a workspace file, version null). The generation orders every
 * state the server has seen of any document, so "is this still the latest?" is one comparison
 * even across close and reopen, where editor versions start again.
 *
 * @param uri  the URI as the client spelled it (open documents) or as derived from the path
 * @param path the file, or null for documents that are not files (untitled buffers)
 */
record Snapshot(String uri, Path path, Integer version, String text, long generation) {
}
