package dev.rubric.lsp;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.StructureReader;
import dev.rubric.core.parallel.GiveWay;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The core linter, observed: records every lint (document and text), and on request holds
 * lints at a gate, delays them by a random few milliseconds (to shuffle racing work), or
 * fails them — each after the lint has handed over its structure, before its rules — so tests
 * can drive the server's scheduling without touching its code.
 */
final class RecordingEngine implements LintEngine {
    record Call(String uri, String text, String template) {
    }

    private final LintEngine core = LintEngine.core();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate;
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile int maxJitterMs;
    private volatile boolean holdBeforeStructure;
    private volatile Predicate<String> failWhen = text -> false;

    @Override
    public LintResult lint(URI uri, String text, LintOptions options) {
        return lint(uri, text, options, structure -> { }, GiveWay.NEVER);
    }

    /**
     * The core's lint, held (at the gate, by the jitter) or failed once it has handed over its
     * structure — what a held lint leaves waiting is its findings, as with a slow rule — or,
     * after {@link #closeGateBeforeStructure()}, held before it starts.
     */
    @Override
    public LintResult lint(URI uri, String text, LintOptions options, Consumer<StructureReader.Structure> structureReady, GiveWay giveWay) {
        calls.add(new Call(String.valueOf(uri), text, options.template()));
        synchronized (this) {
            notifyAll();
        }
        if (holdBeforeStructure) hold(text);
        return core.lint(uri, text, options, structure -> {
            structureReady.accept(structure);
            if (!holdBeforeStructure) hold(text);
        }, giveWay);
    }

    /** Held before its structure is known, this engine does not hand it over early: the outline reads it. */
    @Override
    public boolean handsOverStructureEarly() {
        return !holdBeforeStructure;
    }

    private void hold(String text) {
        entered.countDown();
        CountDownLatch g = gate;
        if (g != null) {
            try {
                if (!g.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("test gate never opened");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (maxJitterMs > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(maxJitterMs + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failWhen.test(text)) throw new IllegalStateException("simulated linter crash");
    }

    /** From now on, lints wait until {@link #openGate()}; returns a latch that trips when one is waiting. */
    CountDownLatch closeGate() {
        holdBeforeStructure = false;
        entered = new CountDownLatch(1);
        gate = new CountDownLatch(1);
        return entered;
    }

    /** As {@link #closeGate()}, holding lints before they start: not even their structure is known. */
    CountDownLatch closeGateBeforeStructure() {
        CountDownLatch waiting = closeGate();
        holdBeforeStructure = true;
        return waiting;
    }

    void openGate() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) g.countDown();
    }

    void jitter(int maxMs) {
        maxJitterMs = maxMs;
    }

    void failWhen(Predicate<String> predicate) {
        failWhen = predicate;
    }

    /** Waits until at least {@code count} lints have started. */
    synchronized void awaitCalls(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (calls.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("only " + calls.size() + " of " + count + " lints started");
            wait(Math.max(1, left / 1_000_000));
        }
    }

    List<Call> callsFor(String uri) {
        return calls.stream().filter(c -> c.uri().equals(uri)).toList();
    }
}
