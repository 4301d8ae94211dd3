package dev.rubric.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;

/**
 * Runs request handlers on the worker threads, never on the message thread, as cancellable
 * futures: $/cancelRequest cancels the future, LSP4J answers RequestCancelled, and the handler
 * stops at its next cancel check (work still queued does not start at all).
 */
final class Requests {
    private final Lifecycle lifecycle;
    private final Executor workers;

    Requests(Lifecycle lifecycle, Executor workers) {
        this.lifecycle = lifecycle;
        this.workers = workers;
    }

    <T> CompletableFuture<T> run(Function<CancelChecker, T> handler) {
        lifecycle.checkServing();
        return CompletableFutures.computeAsync(workers, cancel -> {
            cancel.checkCanceled();
            T result = handler.apply(cancel);
            cancel.checkCanceled();
            return result;
        });
    }
}
