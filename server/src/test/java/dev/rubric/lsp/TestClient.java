package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor side of the tests: records everything the server sends and lets a test wait,
 * with a generous deadline, until something it expects has arrived.
 */
final class TestClient implements LanguageClient {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final List<PublishDiagnosticsParams> published = new ArrayList<>();
    final List<MessageParams> logged = new ArrayList<>();
    final List<MessageParams> shown = new ArrayList<>();
    final List<LogTraceParams> traces = new ArrayList<>();
    final List<RegistrationParams> registrations = new ArrayList<>();
    final List<ApplyWorkspaceEditParams> appliedEdits = new ArrayList<>();
    final List<ConfigurationParams> configurationRequests = new ArrayList<>();
    final AtomicInteger diagnosticRefreshes = new AtomicInteger();

    /** What workspace/configuration answers for the "rubric" section; null means no settings. */
    volatile JsonElement settings;

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        published.add(params);
        notifyAll();
    }

    @Override
    public synchronized void logMessage(MessageParams params) {
        logged.add(params);
        notifyAll();
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
        shown.add(params);
        notifyAll();
    }

    @Override
    public synchronized void logTrace(LogTraceParams params) {
        traces.add(params);
        notifyAll();
    }

    @Override
    public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        appliedEdits.add(params);
        notifyAll();
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public synchronized CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.add(params);
        notifyAll();
        List<Object> values = new ArrayList<>();
        params.getItems().forEach(item -> values.add(settings));
        return CompletableFuture.completedFuture(values);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        diagnosticRefreshes.incrementAndGet();
        synchronized (this) {
            notifyAll();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    // ---- waiting ----------------------------------------------------------------------

    /** The first publication for the URI (in arrival order) that matches, waiting for it if needed. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> matching) {
        return awaitIn(published, p -> p.getUri().equals(uri) && matching.test(p), "diagnostics for " + uri);
    }

    /** The latest publication for the URI once one matches. */
    PublishDiagnosticsParams awaitLatestDiagnostics(String uri, Predicate<PublishDiagnosticsParams> matching) {
        awaitUntil(() -> {
            PublishDiagnosticsParams last = latest(uri);
            return last != null && matching.test(last);
        }, "latest diagnostics for " + uri + " to match");
        return latest(uri);
    }

    synchronized PublishDiagnosticsParams latest(String uri) {
        for (int i = published.size() - 1; i >= 0; i--) {
            if (published.get(i).getUri().equals(uri)) return published.get(i);
        }
        return null;
    }

    synchronized List<PublishDiagnosticsParams> publishedFor(String uri) {
        return published.stream().filter(p -> p.getUri().equals(uri)).toList();
    }

    MessageParams awaitShown(Predicate<MessageParams> matching) {
        return awaitIn(shown, matching, "window/showMessage");
    }

    MessageParams awaitLogged(Predicate<MessageParams> matching) {
        return awaitIn(logged, matching, "window/logMessage");
    }

    LogTraceParams awaitTrace(Predicate<LogTraceParams> matching) {
        return awaitIn(traces, matching, "$/logTrace");
    }

    RegistrationParams awaitRegistration() {
        return awaitIn(registrations, r -> true, "client/registerCapability");
    }

    ApplyWorkspaceEditParams awaitAppliedEdit() {
        return awaitIn(appliedEdits, e -> true, "workspace/applyEdit");
    }

    synchronized <T> List<T> snapshot(List<T> list) {
        return List.copyOf(list);
    }

    void awaitUntil(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) fail("timed out waiting for " + what);
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    private <T> T awaitIn(List<T> list, Predicate<T> matching, String what) {
        Object[] found = new Object[1];
        awaitUntil(() -> {
            for (T item : list) {
                if (matching.test(item)) {
                    found[0] = item;
                    return true;
                }
            }
            return false;
        }, what);
        @SuppressWarnings("unchecked")
        T item = (T) found[0];
        return item;
    }
}
