package dev.rubric.lsp;

import dev.rubric.core.LintResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Pushes findings with textDocument/publishDiagnostics. Edits are debounced per document: each
 * edit cancels the document's pending job and schedules a new one, so a burst of typing costs
 * one lint. Lints run on worker threads, never on the message thread.
 *
 * <p>Never stale: a result is published only while its document state is still the current
 * one, and only if nothing newer was published for that document before, both checked under a
 * per-document lock held while sending. So findings for version N never follow those for N+1.
 */
final class PushDiagnostics implements DiagnosticsDelivery {
    private final Documents documents;
    private final Analyzer analyzer;
    private final ServerLog log;
    private final Supplier<LanguageClient> client;
    private final Executor workers;
    private final ScheduledExecutorService timer;
    private final Supplier<PositionEncoding> encoding;
    private final IntSupplier debounceMs;
    private final Map<String, Job> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> publishedGeneration = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final IdleTracker idle = new IdleTracker();

    PushDiagnostics(Documents documents, Analyzer analyzer, ServerLog log, Supplier<LanguageClient> client,
                    Executor workers, ScheduledExecutorService timer, Supplier<PositionEncoding> encoding, IntSupplier debounceMs) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.log = log;
        this.client = client;
        this.workers = workers;
        this.timer = timer;
        this.encoding = encoding;
        this.debounceMs = debounceMs;
    }

    @Override
    public void changed(String uri, boolean typing) {
        Job job = new Job(uri);
        Job previous = pending.put(uri, job);
        if (previous != null) previous.cancel();
        job.start(typing ? debounceMs.getAsInt() : 0);
    }

    @Override
    public void removed(String uri) {
        Job previous = pending.remove(uri);
        if (previous != null) previous.cancel();
        synchronized (lockFor(uri)) {
            // a fresh generation: any result still in flight for an older state is now older than this
            publishedGeneration.put(uri, documents.nextGeneration());
            send(uri, null, List.of());
        }
    }

    @Override
    public void shutdown() {
        pending.values().forEach(Job::cancel);
        pending.clear();
    }

    /** Completes when no lint is scheduled or running; lets tests wait instead of sleeping. */
    CompletableFuture<Void> idle() {
        return idle.whenIdle();
    }

    private void analyseAndPublish(Job job) {
        Snapshot snapshot = documents.current(job.uri);
        if (snapshot == null) return;
        Analysis analysis;
        try {
            analysis = analyzer.analyse(snapshot, job);
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // one broken document must not take the server down; say so once, keep serving
            log.errorOnce("lint:" + e, "Rubric could not analyse " + snapshot.uri() + ": " + e
                    + ". Other documents are unaffected; this is reported once.");
            return;
        }
        if (job.isCanceled()) return;
        if (!analysis.ignored()) {
            for (LintResult.RuleFailure f : analysis.result().failures()) {
                log.errorOnce("rule:" + f.rule() + ":" + f.error(), "Rubric rule " + f.rule() + " failed (the other rules ran): " + f.error());
            }
        }
        synchronized (lockFor(job.uri)) {
            long generation = analysis.snapshot().generation();
            if (!documents.isCurrent(analysis.snapshot())) return; // a newer state's job will publish
            if (generation < publishedGeneration.getOrDefault(job.uri, Long.MIN_VALUE)) return;
            publishedGeneration.put(job.uri, generation);
            send(job.uri, analysis.snapshot().version(), DiagnosticConverter.convert(analysis, encoding.get()));
        }
        log.trace("published diagnostics for " + job.uri + " (version " + analysis.snapshot().version() + ")",
                analysis.ignored() ? "ignored by config" : analysis.result().diagnostics().size() + " findings");
    }

    private void send(String uri, Integer version, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        LanguageClient c = client.get();
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    }

    private Object lockFor(String uri) {
        return locks.computeIfAbsent(uri, k -> new Object());
    }

    /** One scheduled analysis of one document; cancelled by the next edit or by shutdown. */
    private final class Job implements CancelChecker {
        private final String uri;
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> timerTask;

        Job(String uri) {
            this.uri = uri;
        }

        void start(int delayMs) {
            idle.begin();
            try {
                timerTask = timer.schedule(this::dispatch, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) { // shutting down
                finish();
            }
        }

        private void dispatch() {
            if (cancelled) {
                finish();
                return;
            }
            try {
                workers.execute(this::run);
            } catch (RejectedExecutionException e) {
                finish();
            }
        }

        private void run() {
            try {
                if (!cancelled) analyseAndPublish(this);
            } finally {
                pending.remove(uri, this);
                finish();
            }
        }

        void cancel() {
            cancelled = true;
            ScheduledFuture<?> t = timerTask;
            if (t != null && t.cancel(false)) finish(); // never ran: account for it here
        }

        private void finish() {
            if (finished.compareAndSet(false, true)) idle.end();
        }

        @Override
        public void checkCanceled() {
            if (cancelled) throw new CancellationException("superseded by a newer edit");
        }

        @Override
        public boolean isCanceled() {
            return cancelled;
        }
    }
}
