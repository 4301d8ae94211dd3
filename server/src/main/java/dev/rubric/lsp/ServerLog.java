package dev.rubric.lsp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TraceValue;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's voice towards the user: window/logMessage for the output log,
 * window/showMessage for what needs attention, $/logTrace when the client asked for tracing.
 * Nothing goes to stdout, which carries the protocol.
 */
final class ServerLog {
    private volatile LanguageClient client;
    private volatile String trace = TraceValue.Off;
    private final Set<String> loggedOnce = ConcurrentHashMap.newKeySet();

    void connect(LanguageClient client) {
        this.client = client;
    }

    void setTrace(String value) {
        trace = value == null ? TraceValue.Off : value;
    }

    String trace() {
        return trace;
    }

    void info(String message) {
        send(MessageType.Info, message);
    }

    void warning(String message) {
        send(MessageType.Warning, message);
    }

    void error(String message) {
        send(MessageType.Error, message);
    }

    /** Logs an error the first time its key is seen, so a failure repeated on every keystroke is reported once. */
    void errorOnce(String key, String message) {
        if (loggedOnce.add(key)) error(message);
    }

    /** Logs a warning the first time its key is seen. */
    void warningOnce(String key, String message) {
        if (loggedOnce.add(key)) warning(message);
    }

    /** Shows a message to the user (and keeps it in the log). */
    void show(MessageType type, String message) {
        LanguageClient c = client;
        if (c == null) return;
        c.showMessage(new MessageParams(type, message));
        c.logMessage(new MessageParams(type, message));
    }

    /** A $/logTrace line; verbose detail only when the client asked for verbose tracing. */
    void trace(String message, String verbose) {
        LanguageClient c = client;
        if (c == null || TraceValue.Off.equals(trace)) return;
        c.logTrace(new LogTraceParams(message, TraceValue.Verbose.equals(trace) ? verbose : null));
    }

    private void send(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) c.logMessage(new MessageParams(type, message));
    }
}
