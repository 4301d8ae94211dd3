package dev.rubric.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs request handlers on the worker threads, never on the message thread, as cancellable
 * futures: $/cancelRequest cancels the future, LSP4J answers RequestCancelled, and the handler
 * stops at its next cancel check (work still queued does not start at all). A handler that
 * fails answers that one request with an error and is logged once; the server carries on.
 */
final class Requests {
    private final Lifecycle lifecycle;
    private final Executor workers;
    private final ServerLog log;

    Requests(Lifecycle lifecycle, Executor workers, ServerLog log) {
        this.lifecycle = lifecycle;
        this.workers = workers;
        this.log = log;
    }

    <T> CompletableFuture<T> run(Function<CancelChecker, T> handler) {
        lifecycle.checkServing();
        return CompletableFutures.computeAsync(workers, cancel -> {
            cancel.checkCanceled();
            T result;
            try {
                result = handler.apply(cancel);
            } catch (CancellationException | ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                log.errorOnce("request:" + e, "Rubric could not answer a request: " + e + ". This is reported once.");
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        "Rubric could not answer: " + e, null));
            }
            cancel.checkCanceled();
            return result;
        });
    }
}
