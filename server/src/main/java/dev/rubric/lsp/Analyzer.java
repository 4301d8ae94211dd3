package dev.rubric.lsp;

import dev.rubric.core.LintResult;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Lints document states and remembers the latest result per document, so diagnostics, outline,
 * hover, lenses and actions for one version share one lint. Runs on worker threads only.
 */
final class Analyzer {
    private final LintEngine engine;
    private final ConfigurationManager configs;
    private final Documents documents;
    private final ServerLog log;
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();

    Analyzer(LintEngine engine, ConfigurationManager configs, Documents documents, ServerLog log) {
        this.engine = engine;
        this.configs = configs;
        this.documents = documents;
        this.log = log;
    }

    /** The analysis of a document's current state; null when the server does not know the document. */
    Analysis current(String uri, CancelChecker cancel) {
        Snapshot snapshot = documents.current(uri);
        return snapshot == null ? null : analyse(snapshot, cancel);
    }

    /**
     * The analysis of one state, reused when the same state was linted with the same config.
     * Lint failures propagate: callers decide how to report them.
     */
    Analysis analyse(Snapshot snapshot, CancelChecker cancel) {
        ConfigurationManager.Effective config = configs.forDocument(snapshot.path());
        Analysis cached = latest.get(snapshot.uri());
        if (cached != null && cached.snapshot().generation() == snapshot.generation() && cached.config().sameAs(config)) {
            return cached;
        }
        cancel.checkCanceled(); // the lint itself cannot stop halfway: check before starting it
        boolean tooLarge = snapshot.text().length() > Documents.MAX_ANALYSED_CHARS;
        if (tooLarge && !config.ignored()) {
            // a lint takes seconds per megabyte: a 20 MB paste must not hold a worker for minutes
            log.warningOnce("too-large:" + snapshot.uri(), "Rubric: " + snapshot.uri() + " has " + snapshot.text().length()
                    + " characters; documents over " + Documents.MAX_ANALYSED_CHARS + " are kept in sync but not analysed.");
        }
        LintResult result = config.ignored() || tooLarge ? null : engine.lint(uri(snapshot), snapshot.text(), config.options());
        Analysis analysis = new Analysis(snapshot, config, result);
        // keep the newest state: a slow lint of an old state must not replace a newer result
        latest.merge(snapshot.uri(), analysis,
                (old, fresh) -> fresh.snapshot().generation() >= old.snapshot().generation() ? fresh : old);
        return analysis;
    }

    /** The config a document was last linted with, to tell whether a config change affects it. */
    ConfigurationManager.Effective lastConfig(String uri) {
        Analysis a = latest.get(uri);
        return a == null ? null : a.config();
    }

    void forget(String uri) {
        latest.remove(uri);
    }

    private static URI uri(Snapshot snapshot) {
        try {
            return URI.create(snapshot.uri());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
