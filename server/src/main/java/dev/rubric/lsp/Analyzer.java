package dev.rubric.lsp;

import dev.rubric.core.LintResult;
import dev.rubric.core.StructureReader;
import dev.rubric.core.parallel.GiveWay;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Lints document states and remembers the latest result per document, so diagnostics, outline,
 * hover, lenses and actions for one version share one lint. A state already being linted is
 * not linted twice: a request that arrives while the diagnostics pipeline lints the state it
 * asks about waits for that lint instead of starting a second one on the other core. Runs on
 * worker threads only.
 */
final class Analyzer {
    private final LintEngine engine;
    private final ConfigurationManager configs;
    private final Documents documents;
    private final ServerLog log;
    /** Whom the lints step aside for: requests the user waits on that are answered without a lint's findings. */
    private final GiveWay giveWay;
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();
    /** The lint under way per document, if any: whoever wants the same state with the same config waits for it. */
    private final Map<String, InFlight> running = new ConcurrentHashMap<>();

    /**
     * A lint under way: its result, and its structure (model and template mapping) as soon as the
     * lint has it, for the outline; the structure is null when the state is not linted (ignored,
     * too large).
     */
    private record InFlight(long generation, ConfigurationManager.Effective config, CompletableFuture<Analysis> result,
                            CompletableFuture<StructureReader.Structure> structure) {
        boolean serves(Snapshot snapshot, ConfigurationManager.Effective wanted) {
            return generation == snapshot.generation() && config.sameAs(wanted);
        }
    }

    Analyzer(LintEngine engine, ConfigurationManager configs, Documents documents, ServerLog log, GiveWay giveWay) {
        this.giveWay = giveWay;
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
        while (true) {
            ConfigurationManager.Effective config = configs.forDocument(snapshot.path());
            Analysis cached = reusable(snapshot, config);
            if (cached != null) return cached;
            InFlight mine = new InFlight(snapshot.generation(), config, new CompletableFuture<>(), new CompletableFuture<>());
            InFlight owner = running.compute(snapshot.uri(), (uri, current) -> current != null && current.serves(snapshot, config) ? current : mine);
            if (owner != mine) {
                Analysis shared = await(owner, cancel);
                if (shared != null) return shared;
                continue; // the lint we waited for was abandoned by its owner: start over
            }
            try {
                // the previous owner may have finished between the cache check and taking over
                Analysis analysis = reusable(snapshot, config);
                if (analysis == null) analysis = lint(snapshot, config, cancel, mine.structure()::complete);
                mine.structure().complete(analysis.result() == null ? null
                        : new StructureReader.Structure(analysis.result().document(), analysis.result().mapping()));
                mine.result().complete(analysis);
                return analysis;
            } catch (RuntimeException | Error e) {
                mine.structure().completeExceptionally(e);
                mine.result().completeExceptionally(e);
                throw e;
            } finally {
                running.remove(snapshot.uri(), mine);
            }
        }
    }

    private Analysis reusable(Snapshot snapshot, ConfigurationManager.Effective config) {
        Analysis cached = latest.get(snapshot.uri());
        return cached != null && cached.snapshot().generation() == snapshot.generation() && cached.config().sameAs(config)
                ? cached : null;
    }

    /**
     * Waits for another thread's lint of the same state, still answering cancellation; null when
     * that lint was cancelled (its owner's cancellation, not ours), so the caller lints itself.
     */
    private static Analysis await(InFlight other, CancelChecker cancel) {
        try {
            return awaitAnswering(other.result(), cancel, "an analysis");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException) return null;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** The future's value, waited for in short slices so that our own cancellation is still answered. */
    private static <T> T awaitAnswering(CompletableFuture<T> future, CancelChecker cancel, String what) throws ExecutionException {
        while (true) {
            cancel.checkCanceled();
            try {
                return future.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not done yet: check our own cancellation and wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for " + what);
            }
        }
    }

    /**
     * The structure of this state from the lint under way for it, once that lint has mapped it
     * (a fraction of the lint); null when no lint of this state is under way, when the engine
     * tells the structure only with its result, when the lint does not analyse the state, or when
     * it fails (the caller then reads the structure itself).
     */
    StructureReader.Structure structureUnderWay(Snapshot snapshot, ConfigurationManager.Effective config, CancelChecker cancel) {
        if (!engine.handsOverStructureEarly()) return null;
        InFlight underWay = running.get(snapshot.uri());
        if (underWay == null || !underWay.serves(snapshot, config)) return null;
        try {
            return awaitAnswering(underWay.structure(), cancel, "a structure");
        } catch (ExecutionException e) {
            return null; // the lint failed: the caller reads the structure, and reports what that does
        }
    }

    private Analysis lint(Snapshot snapshot, ConfigurationManager.Effective config, CancelChecker cancel,
                          Consumer<StructureReader.Structure> structureReady) {
        cancel.checkCanceled(); // the lint itself cannot stop halfway: check before starting it
        boolean tooLarge = snapshot.text().length() > Documents.MAX_ANALYSED_CHARS;
        if (tooLarge && !config.ignored()) {
            // a lint takes seconds per megabyte: a 20 MB paste must not hold a worker for minutes
            log.warningOnce("too-large:" + snapshot.uri(), "Rubric: " + snapshot.uri() + " has " + snapshot.text().length()
                    + " characters; documents over " + Documents.MAX_ANALYSED_CHARS + " are kept in sync but not analysed.");
        }
        LintResult result = config.ignored() || tooLarge ? null
                : engine.lint(Documents.uriOf(snapshot), snapshot.text(), config.options(), structureReady, giveWay);
        Analysis analysis = new Analysis(snapshot, config, result);
        // keep the newest state: a slow lint of an old state must not replace a newer result
        latest.merge(snapshot.uri(), analysis,
                (old, fresh) -> fresh.snapshot().generation() >= old.snapshot().generation() ? fresh : old);
        return analysis;
    }

    /**
     * The analysis of a document's current state if it is already done (never lints); null
     * when the document is unknown or its current state is not analysed yet.
     */
    Analysis ready(String uri) {
        Snapshot snapshot = documents.current(uri);
        return snapshot == null ? null : reusable(snapshot, configs.forDocument(snapshot.path()));
    }

    /** The newest analysis of a document, of whichever state; null when none. */
    Analysis latest(String uri) {
        return latest.get(uri);
    }

    /** The config a document was last linted with, to tell whether a config change affects it. */
    ConfigurationManager.Effective lastConfig(String uri) {
        Analysis a = latest.get(uri);
        return a == null ? null : a.config();
    }

    void forget(String uri) {
        latest.remove(uri);
    }
}
