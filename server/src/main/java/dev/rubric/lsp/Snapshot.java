package dev.rubric.lsp;

import dev.rubric.core.text.SplicedText;
import java.nio.file.Path;

/**
 * One state of one document: the text the editor holds (an open document, with the editor's
 * version) or the text on disk (a workspace file, version null). The generation orders every
 * state the server has seen of any document, so "is this still the latest?" is one comparison
 * even across close and reopen, where editor versions start again.
 *
 * <p>A state made by one ranged edit holds it as a {@link SplicedText} of the state before, and
 * builds its text when first asked: the message thread applies a keystroke without copying the
 * document, so a request sent with the keystroke is read at once, and the outline it asks for
 * can be told unchanged from the edit alone ({@link #content()}). Immutable to its readers; the
 * text is built at most once per reader race, equal either way.
 */
final class Snapshot {
    private final String uri;
    private final Path path;
    private final Integer version;
    private final long generation;
    /** The text, once built; null until then. */
    private volatile String text;
    /** The edit the text is built from; null once built (the base is then no longer held). */
    private volatile SplicedText pending;

    /**
     * @param uri  the URI as the client spelled it (open documents) or as derived from the path
     * @param path the file, or null for documents that are not files (untitled buffers)
     */
    Snapshot(String uri, Path path, Integer version, String text, long generation) {
        this(uri, path, version, generation, text, null);
    }

    /** A state whose text is the previous one with one stretch replaced, built on first read. */
    Snapshot(String uri, Path path, Integer version, SplicedText edited, long generation) {
        this(uri, path, version, generation, null, edited);
    }

    private Snapshot(String uri, Path path, Integer version, long generation, String text, SplicedText pending) {
        this.uri = uri;
        this.path = path;
        this.version = version;
        this.generation = generation;
        this.text = text;
        this.pending = pending;
    }

    String uri() {
        return uri;
    }

    Path path() {
        return path;
    }

    Integer version() {
        return version;
    }

    long generation() {
        return generation;
    }

    /** The whole text, built now if this state was an edit not read yet. */
    String text() {
        String t = text;
        if (t != null) return t;
        synchronized (this) {
            if (text == null) {
                text = pending.toString();
                pending = null;
            }
            return text;
        }
    }

    /** The text as it is held: the built text, or the edit read in place. */
    CharSequence content() {
        String t = text;
        if (t != null) return t;
        SplicedText p = pending;
        return p != null ? p : text(); // built meanwhile
    }

    /** The text's length, without building it. */
    int length() {
        return content().length();
    }

    @Override
    public String toString() {
        return "Snapshot[" + uri + " version " + version + ", generation " + generation + ", " + length() + " characters]";
    }
}
