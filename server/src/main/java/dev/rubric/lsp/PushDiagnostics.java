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
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Pushes findings with textDocument/publishDiagnostics.
 *
 * <p>Analysis starts as soon as a document changes, on a worker thread, while the debounce
 * runs: findings are published once typing has paused for the debounce <em>and</em> the
 * analysis of the state then current is done, so a lint faster than the debounce adds nothing
 * to the wait. Per document at most one analysis runs at a time; edits arriving meanwhile
 * only mark it outdated, and the next analysis takes whatever state is current when a worker
 * picks it up, so states superseded while waiting are never analysed at all.
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
    /** How long lints must still wait for urgent requests ({@link UrgentRequests#holdNanos}); 0: none. */
    private final LongSupplier urgentHold;
    /**
     * How long after an edit its analysis starts: enough for the connection to read a request
     * the editor sent with the edit (the outline), so that it is seen before the lint begins.
     */
    static final long START_DELAY_MICROS = 2_000;
    private final LongSupplier clock = System::nanoTime;
    private final Map<String, DocumentPipeline> pipelines = new ConcurrentHashMap<>();
    private final Map<String, Long> publishedGeneration = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final IdleTracker idle = new IdleTracker();
    private volatile boolean stopped;

    PushDiagnostics(Documents documents, Analyzer analyzer, ServerLog log, Supplier<LanguageClient> client,
                    Executor workers, ScheduledExecutorService timer, Supplier<PositionEncoding> encoding, IntSupplier debounceMs,
                    LongSupplier urgentHold) {
        this.urgentHold = urgentHold;
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
        if (stopped) return;
        long publishAt = clock.getAsLong() + (typing ? TimeUnit.MILLISECONDS.toNanos(Math.max(0, debounceMs.getAsInt())) : 0);
        pipelines.computeIfAbsent(uri, DocumentPipeline::new).changed(publishAt);
    }

    @Override
    public void removed(String uri) {
        DocumentPipeline pipeline = pipelines.get(uri);
        if (pipeline != null) pipeline.dropWaitingResult();
        synchronized (lockFor(uri)) {
            // a fresh generation: any result still in flight for an older state is now older than this
            publishedGeneration.put(uri, documents.nextGeneration());
            send(uri, null, List.of());
        }
    }

    @Override
    public void shutdown() {
        stopped = true;
        pipelines.values().forEach(DocumentPipeline::dropWaitingResult);
    }

    /** Completes when no analysis is queued or running and no result waits for its debounce; lets tests wait instead of sleeping. */
    CompletableFuture<Void> idle() {
        return idle.whenIdle();
    }

    /** Publishes one analysis if it is still the document's current state and nothing newer went out. */
    private void publish(Analysis analysis) {
        String uri = analysis.snapshot().uri();
        synchronized (lockFor(uri)) {
            long generation = analysis.snapshot().generation();
            if (stopped || !documents.isCurrent(analysis.snapshot())) return; // a newer state's analysis will publish
            if (generation < publishedGeneration.getOrDefault(uri, Long.MIN_VALUE)) return;
            publishedGeneration.put(uri, generation);
            send(uri, analysis.snapshot().version(), DiagnosticConverter.convert(analysis, encoding.get()));
        }
        log.trace("published diagnostics for " + uri + " (version " + analysis.snapshot().version() + ")",
                analysis.ignored() ? "ignored by config" : analysis.result().diagnostics().size() + " findings");
    }

    /** The analysis of a document's current state; null when there is none to publish (gone, stopped or failed). */
    private Analysis analyseCurrent(String uri, CancelChecker cancel) {
        Snapshot snapshot = documents.current(uri);
        if (snapshot == null) return null;
        Analysis analysis;
        try {
            analysis = analyzer.analyse(snapshot, cancel);
        } catch (CancellationException e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // one broken document must not take the server down; say so once, keep serving
            log.errorOnce("lint:" + e, "Rubric could not analyse " + snapshot.uri() + ": " + e
                    + ". Other documents are unaffected; this is reported once.");
            return null;
        }
        if (!analysis.ignored()) {
            for (LintResult.RuleFailure f : analysis.result().failures()) {
                log.errorOnce("rule:" + f.rule() + ":" + f.error(), "Rubric rule " + f.rule() + " failed (the other rules ran): " + f.error());
            }
        }
        return analysis;
    }

    private void send(String uri, Integer version, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        LanguageClient c = client.get();
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    }

    private Object lockFor(String uri) {
        return locks.computeIfAbsent(uri, k -> new Object());
    }

    /**
     * One document's way from edit to published findings: at most one analysis queued or
     * running, whether an edit arrived since that analysis took its state, the earliest time the
     * newest state may be published, and a finished result waiting for that time. Every field is
     * guarded by the pipeline's monitor; the work itself runs outside it.
     */
    private final class DocumentPipeline implements CancelChecker {
        private final String uri;
        private boolean analysing;
        private boolean outdated;
        private long publishAt;
        /** A finished analysis waiting for its publication time; identity tells a cancelled timer from the current one. */
        private WaitingResult waitingResult;

        DocumentPipeline(String uri) {
            this.uri = uri;
        }

        synchronized void changed(long publishNotBefore) {
            publishAt = publishNotBefore;
            cancelWaitingResult(); // it is for an older state, or its publication time moved
            if (analysing) {
                outdated = true; // the running analysis is for an older state: another follows it
                return;
            }
            startAnalysis();
        }

        synchronized void dropWaitingResult() {
            cancelWaitingResult();
        }

        /**
         * Called with the monitor held. The analysis starts a moment after the edit, and not while
         * an outline request is open: an editor asks for the outline right after a keystroke,
         * and a lint started first would take the cores, and the garbage collections its
         * allocation brings on would stop the answer. The debounce hides the wait (at most one
         * request's grace, {@link UrgentRequests#GRACE_NANOS}).
         */
        private void startAnalysis() {
            analysing = true;
            outdated = false;
            idle.begin();
            try {
                timer.schedule(this::startWhenNoUrgentRequest, START_DELAY_MICROS, TimeUnit.MICROSECONDS);
            } catch (RejectedExecutionException e) { // shutting down
                analysing = false;
                idle.end();
            }
        }

        /** On the timer: hands the analysis to a worker once no urgent request holds lints back, checking every millisecond. */
        private void startWhenNoUrgentRequest() {
            long hold = urgentHold.getAsLong();
            try {
                if (hold > 0 && !stopped) {
                    timer.schedule(this::startWhenNoUrgentRequest, Math.min(hold, TimeUnit.MILLISECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
                } else {
                    workers.execute(this::analyse);
                }
            } catch (RejectedExecutionException e) { // shutting down
                synchronized (this) {
                    analysing = false;
                    idle.end();
                }
            }
        }

        private void analyse() {
            Analysis analysis = stopped ? null : analyseCurrent(uri, this);
            synchronized (this) {
                analysing = false;
                try {
                    if (stopped) return;
                    if (outdated) {
                        startAnalysis(); // the state just analysed is already superseded: analyse the current one
                    } else if (analysis != null) {
                        publishWhenDue(analysis);
                    }
                } finally {
                    idle.end();
                }
            }
        }

        /** Called with the monitor held: publishes now if the debounce has passed, else schedules it. */
        private void publishWhenDue(Analysis analysis) {
            long wait = publishAt - clock.getAsLong();
            if (wait <= 0) {
                publish(analysis);
                return;
            }
            WaitingResult waiting = new WaitingResult(analysis);
            idle.begin();
            try {
                waiting.timer = timer.schedule(() -> publishWaiting(waiting), wait, TimeUnit.NANOSECONDS);
                waitingResult = waiting;
            } catch (RejectedExecutionException e) { // shutting down
                idle.end();
            }
        }

        private void publishWaiting(WaitingResult waiting) {
            synchronized (this) {
                if (waitingResult != waiting) return; // cancelled after the timer fired: cancelWaitingResult accounted for it
                waitingResult = null;
            }
            try {
                publish(waiting.analysis);
            } finally {
                idle.end();
            }
        }

        /** Called with the monitor held. */
        private void cancelWaitingResult() {
            if (waitingResult == null) return;
            waitingResult.timer.cancel(false);
            waitingResult = null;
            idle.end();
        }

        private static final class WaitingResult {
            final Analysis analysis;
            ScheduledFuture<?> timer;

            WaitingResult(Analysis analysis) {
                this.analysis = analysis;
            }
        }

        @Override
        public void checkCanceled() {
            if (stopped) throw new CancellationException("the server is shutting down");
        }

        @Override
        public boolean isCanceled() {
            return stopped;
        }
    }
}
