package dev.rubric.core.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Two pieces of one lint at once: one handed to the workers, the other run by the calling
 * thread. If no worker has started the handed piece by the time the caller is done (every
 * worker busy, or the caller is itself the only worker), the caller runs it too — so a lint
 * never waits on a queue, and never deadlocks when it runs on a worker.
 */
public final class SideBySide {
    private SideBySide() {
    }

    /**
     * Runs {@code own} here and {@code other} on the workers; returns {@code other}'s result.
     * What either throws is thrown here (the worker's exception unwrapped).
     */
    public static <T> T whileRunning(Executor workers, Supplier<T> other, Runnable own) {
        // whoever claims the piece runs it: a worker that starts late finds it taken and does
        // nothing (FutureTask.cancel cannot tell "queued" from "running", so it is not used)
        AtomicBoolean claimed = new AtomicBoolean();
        FutureTask<T> task = new FutureTask<>(() -> claimed.compareAndSet(false, true) ? other.get() : null);
        boolean handed = true;
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            handed = false;
        }
        own.run();
        if (!handed || claimed.compareAndSet(false, true)) return other.get(); // no worker started it: run it here
        // the worker has it: wait it out (an interrupt does not end the wait, the result is needed)
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt(); // kept for the caller to see
        }
    }
}
