package dev.rubric.lsp;

/**
 * How a server instance is built: the lint engine (the core's, or a test's wrapper), how many
 * worker threads analyse documents and answer requests, and the debounce used until the editor
 * sets {@code rubric.debounceMs}.
 */
public record ServerOptions(LintEngine engine, int workerThreads, int defaultDebounceMs) {
    public ServerOptions {
        if (engine == null) engine = LintEngine.core();
        if (workerThreads < 1) throw new IllegalArgumentException("workerThreads must be at least 1");
        if (defaultDebounceMs < 0) throw new IllegalArgumentException("defaultDebounceMs must not be negative");
    }

    /** Two workers at least, so one slow lint never queues every request behind it; at most four. */
    public static ServerOptions defaults() {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new ServerOptions(LintEngine.core(), threads, ConfigurationManager.DEFAULT_DEBOUNCE_MS);
    }

    public ServerOptions withEngine(LintEngine other) {
        return new ServerOptions(other, workerThreads, defaultDebounceMs);
    }

    public ServerOptions withWorkerThreads(int threads) {
        return new ServerOptions(engine, threads, defaultDebounceMs);
    }

    public ServerOptions withDefaultDebounceMs(int ms) {
        return new ServerOptions(engine, workerThreads, ms);
    }
}
