package dev.rubric.lsp;

import java.util.concurrent.CompletableFuture;

/** Counts background work in flight and hands out a future that completes when there is none. */
final class IdleTracker {
    private int running;
    private CompletableFuture<Void> idle = CompletableFuture.completedFuture(null);

    synchronized void begin() {
        if (running++ == 0) idle = new CompletableFuture<>();
    }

    synchronized void end() {
        if (--running == 0) idle.complete(null);
    }

    synchronized CompletableFuture<Void> whenIdle() {
        return idle;
    }
}
