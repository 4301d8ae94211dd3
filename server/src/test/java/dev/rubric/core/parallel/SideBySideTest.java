package dev.rubric.core.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The handed piece runs exactly once — on a worker if one takes it, else on the caller — and its result or failure comes back. */
class SideBySideTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void aFreeWorkerRunsTheOtherPiece() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch workerStarted = new CountDownLatch(1);
        String result = SideBySide.whileRunning(worker, () -> {
            ranOn.set(Thread.currentThread());
            workerStarted.countDown();
            return "other";
        }, () -> await(workerStarted));
        assertEquals("other", result);
        assertTrue(ranOn.get() != Thread.currentThread(), "ran on the worker");
    }

    @Test
    void aBusyWorkerLeavesThePieceToTheCallerAndNeverRunsItTwice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        worker.execute(() -> await(release)); // the only worker is busy
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        int result = SideBySide.whileRunning(worker, () -> {
            ranOn.set(Thread.currentThread());
            return runs.incrementAndGet();
        }, () -> { });
        assertSame(Thread.currentThread(), ranOn.get(), "the caller ran it");
        release.countDown();
        worker.shutdown();
        assertTrue(worker.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(1, result);
        assertEquals(1, runs.get(), "the worker, starting late, found it taken");
    }

    @Test
    void waitsForAPieceTheWorkerIsRunning() {
        CountDownLatch workerStarted = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        int result = SideBySide.whileRunning(worker, () -> {
            workerStarted.countDown();
            sleep(200);
            return done.incrementAndGet();
        }, () -> await(workerStarted));
        assertEquals(1, result, "the caller waited for the worker's result instead of running it again");
        assertEquals(1, done.get());
    }

    @Test
    void aFailureOnTheWorkerIsThrownHere() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> SideBySide.whileRunning(worker, () -> {
            throw new IllegalStateException("broken piece");
        }, () -> sleep(100)));
        assertEquals("broken piece", thrown.getMessage());
    }

    @Test
    void withoutWorkersTheCallerRunsBoth() {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        AtomicInteger own = new AtomicInteger();
        assertEquals("other", SideBySide.whileRunning(closed, () -> "other", own::incrementAndGet));
        assertEquals(1, own.get());
        assertThrows(RejectedExecutionException.class, () -> closed.execute(() -> { }), "the executor really refused work");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
