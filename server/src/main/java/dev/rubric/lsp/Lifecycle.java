package dev.rubric.lsp;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Where the server is in the LSP lifecycle, and what that allows: requests before
 * {@code initialize} fail with ServerNotInitialized, requests after {@code shutdown} fail with
 * InvalidRequest, notifications outside the running phase are dropped, and the exit code is 0
 * only when {@code shutdown} came before {@code exit}.
 */
final class Lifecycle {
    enum Phase { WAITING_FOR_INITIALIZE, RUNNING, SHUT_DOWN }

    private volatile Phase phase = Phase.WAITING_FOR_INITIALIZE;

    synchronized void initialize() {
        if (phase != Phase.WAITING_FOR_INITIALIZE) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "initialize may be sent only once", null));
        }
        phase = Phase.RUNNING;
    }

    /** Throws the error LSP prescribes when a request arrives outside the running phase. */
    void checkServing() {
        switch (phase) {
            case WAITING_FOR_INITIALIZE -> throw new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.ServerNotInitialized, "the server has not been initialized", null));
            case SHUT_DOWN -> throw new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidRequest, "the server is shutting down", null));
            case RUNNING -> { }
        }
    }

    boolean acceptsNotifications() {
        return phase == Phase.RUNNING;
    }

    synchronized void shutdown() {
        phase = Phase.SHUT_DOWN;
    }

    /** LSP: exit with 0 after a shutdown request, 1 otherwise. */
    int exitCode() {
        return phase == Phase.SHUT_DOWN ? 0 : 1;
    }
}
