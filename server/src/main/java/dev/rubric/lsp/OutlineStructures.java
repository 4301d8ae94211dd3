package dev.rubric.lsp;

import dev.rubric.core.StructureReader;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The structure (model and template mapping, no findings) of a document's current state, for
 * the outline while the full analysis of that state is still running: reading it costs a
 * fraction of a lint. Only the last structure read is kept (the document being typed in), so
 * repeated outline requests between two edits read it once and memory stays bounded.
 */
final class OutlineStructures {
    private final StructureReader reader = new StructureReader(ServerParser.INSTANCE);
    private final AtomicReference<Read> last = new AtomicReference<>();

    /** A structure and the state and config it was read from. */
    record Read(Snapshot snapshot, ConfigurationManager.Effective config, StructureReader.Structure structure) {
    }

    /** The last structure read, of whichever document and state; null when none. */
    Read last() {
        return last.get();
    }

    /** The structure of one state under one config; null when the config ignores the document or it is too large to analyse. */
    StructureReader.Structure of(Snapshot snapshot, ConfigurationManager.Effective config) {
        if (config.ignored() || snapshot.length() > Documents.MAX_ANALYSED_CHARS) return null;
        Read cached = last.get();
        if (cached != null && cached.snapshot().uri().equals(snapshot.uri()) && cached.snapshot().generation() == snapshot.generation() && cached.config().sameAs(config)) {
            return cached.structure();
        }
        Read fresh = new Read(snapshot, config, reader.read(Documents.uriOf(snapshot), snapshot.text(), config.options()));
        last.set(fresh);
        return fresh.structure();
    }
}
