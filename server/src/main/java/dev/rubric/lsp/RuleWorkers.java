package dev.rubric.lsp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Where the server's lints run their rules: one daemon thread per core, never keeping the JVM alive. */
final class RuleWorkers {
    static final ExecutorService POOL = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
        Thread t = new Thread(task, "rubric-rules");
        t.setDaemon(true);
        return t;
    });

    private RuleWorkers() {
    }
}
