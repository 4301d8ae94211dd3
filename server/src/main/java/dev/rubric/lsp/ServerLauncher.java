package dev.rubric.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts a server on a pair of streams (stdio, a socket, or in-memory pipes in tests) and
 * reports the exit code the process should end with, without ending any process itself: the
 * CLI calls System.exit with it, tests just read it.
 */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** A server running on a connection. */
    public static final class RunningServer {
        private final RubricLanguageServer server;
        private final Future<Void> listening;
        private final ExecutorService jsonRpcThreads;

        private RunningServer(RubricLanguageServer server, Future<Void> listening, ExecutorService jsonRpcThreads) {
            this.server = server;
            this.listening = listening;
            this.jsonRpcThreads = jsonRpcThreads;
        }

        public RubricLanguageServer server() {
            return server;
        }

        /** Completes when the client sent exit or the connection closed: 0 after shutdown, 1 otherwise. */
        public CompletableFuture<Integer> exitCode() {
            return server.exitCode();
        }

        /** Blocks until the session ends; returns the exit code. */
        public int awaitExit() throws InterruptedException {
            try {
                return server.exitCode().get();
            } catch (ExecutionException e) {
                return 1;
            }
        }

        private void stop() {
            listening.cancel(true); // closes the input, ending the read loop
            jsonRpcThreads.shutdown();
        }
    }

    public static RunningServer start(InputStream in, OutputStream out, ServerOptions options) {
        RubricLanguageServer server = new RubricLanguageServer(options);
        AtomicInteger count = new AtomicInteger();
        ExecutorService jsonRpcThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "rubric-jsonrpc-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, jsonRpcThreads, server::watchUrgentRequests);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        RunningServer running = new RunningServer(server, listening, jsonRpcThreads);
        // the read loop ends when the client closes the connection, with or without exit
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // cancelled after exit, or the stream failed: either way the session is over
            }
            server.connectionClosed();
        }, jsonRpcThreads);
        server.exitCode().whenComplete((code, error) -> running.stop());
        return running;
    }
}
