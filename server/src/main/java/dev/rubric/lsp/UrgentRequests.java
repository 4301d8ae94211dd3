package dev.rubric.lsp;

import dev.rubric.core.parallel.GiveWay;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The requests the user is waiting on that never wait for a lint (the outline: it is answered
 * from the structure a lint hands over before its rules), from the moment one arrives until the
 * editor has had time to read its answer. The lint that every keystroke starts runs ahead of the
 * debounce on every core; while such a request is open it {@linkplain #toUrgentWork gives way},
 * so the answer's own work (symbols, JSON) and the editor's reading of it get the cores. The
 * findings still arrive when the debounce ends: a lint of a long document takes a fraction of
 * it, and the wait for any one request is capped at {@link #GRACE_NANOS} (15 ms) from its
 * arrival and at {@link #LINGER_NANOS} (4 ms) after its answer, so a request that is slow, lost
 * or never answered holds no lint back for longer.
 */
final class UrgentRequests implements GiveWay {
    static final Set<String> METHODS = Set.of("textDocument/documentSymbol");
    static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(15);
    /**
     * How long lints still give way once an answer is written: the editor, usually on the same
     * machine, reads and applies it next, and with the lint's rules on every core that took it
     * 3 ms at the median and 12 ms at p99 of the time from the server's write to the client's read
     * (LspBench, 5,000-line document), against 1–2 ms with the cores free.
     */
    static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(4);

    /**
     * Urgent requests not yet read by the client: id → when they stop holding lints back
     * (System.nanoTime): the grace their arrival grants, cut to the linger once answered.
     */
    private final Map<String, Long> open = new ConcurrentHashMap<>();
    private final Object answered = new Object();
    private final long graceNanos;
    private final long lingerNanos;

    UrgentRequests() {
        this(GRACE_NANOS, LINGER_NANOS);
    }

    /** With other caps on the wait for one request, and on the wait once it is answered (tests). */
    UrgentRequests(long graceNanos, long lingerNanos) {
        this.graceNanos = graceNanos;
        this.lingerNanos = lingerNanos;
    }

    /**
     * Wraps one of the connection's message streams (LSP4J applies the wrapper to both): on the
     * way in, an urgent request is counted as it is read, before it is dispatched; on the way
     * out, it is released once its response has been written. Each side looks only at its own
     * direction, so a response the client sends to a request of the server's (whose ids are
     * counted apart from the client's) releases nothing.
     */
    MessageConsumer watch(MessageConsumer next) {
        return next instanceof RemoteEndpoint ? watchIncoming(next) : watchOutgoing(next);
    }

    MessageConsumer watchIncoming(MessageConsumer next) {
        return message -> {
            opened(message);
            next.consume(message);
        };
    }

    MessageConsumer watchOutgoing(MessageConsumer next) {
        return message -> {
            try {
                next.consume(message);
            } finally {
                closed(message);
            }
        };
    }

    private void opened(Message message) {
        if (message instanceof RequestMessage request && request.getId() != null && METHODS.contains(request.getMethod())) {
            long now = System.nanoTime();
            // entries leave when a lint finds them spent; with no lint for a while, requests here do the cleaning
            if (open.size() > 64) open.values().removeIf(until -> until - now <= 0);
            open.put(request.getId(), now + graceNanos);
        }
    }

    private void closed(Message message) {
        if (!(message instanceof ResponseMessage response) || response.getId() == null) return;
        if (lingerNanos == 0) {
            if (open.remove(response.getId()) == null) return;
        } else {
            long readBy = System.nanoTime() + lingerNanos;
            if (open.computeIfPresent(response.getId(), (id, deadline) -> Math.min(deadline, readBy)) == null) return;
        }
        synchronized (answered) {
            answered.notifyAll();
        }
    }

    /**
     * How long lints must still wait for the open urgent requests, in nanoseconds: 0 when none is
     * open (spent ones are dropped). An answer cuts its request's share to the linger, so a caller
     * that does not block asks again rather than waiting the whole of it.
     */
    long holdNanos() {
        long waitNanos = 0;
        long now = System.nanoTime();
        for (Map.Entry<String, Long> request : open.entrySet()) {
            long left = request.getValue() - now;
            if (left <= 0) {
                open.remove(request.getKey(), request.getValue()); // its grace is spent: it holds nothing back any more
            } else {
                waitNanos = Math.max(waitNanos, left);
            }
        }
        return waitNanos;
    }

    @Override
    public void toUrgentWork() {
        while (true) {
            long waitNanos = holdNanos();
            if (waitNanos == 0) return;
            synchronized (answered) {
                try {
                    // woken by an answer; the timeout bounds the wait and covers an answer written before this wait began
                    TimeUnit.NANOSECONDS.timedWait(answered, Math.min(waitNanos, TimeUnit.MILLISECONDS.toNanos(1)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Requests still open (for tests). */
    int open() {
        return open.size();
    }
}
