package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

/**
 * A lint gives way while an outline request is open — from when it is read until its answer is
 * written — and never for longer than the grace one request grants, nor for other requests.
 */
class UrgentRequestsTest {
    private final List<Message> passed = new ArrayList<>();
    private final MessageConsumer sink = passed::add;

    @Test
    void aLintWaitsWhileAnOutlineRequestIsOpenAndGoesOnOnceItsAnswerIsWritten() throws Exception {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.SECONDS.toNanos(60), 0);
        MessageConsumer in = urgent.watchIncoming(sink);
        MessageConsumer out = urgent.watchOutgoing(sink);
        in.consume(request("7", "textDocument/documentSymbol"));
        assertEquals(1, urgent.open());

        AtomicBoolean returned = new AtomicBoolean();
        Thread lint = new Thread(() -> {
            urgent.toUrgentWork();
            returned.set(true);
        });
        lint.start();
        awaitWaiting(lint);
        assertFalse(returned.get(), "the lint went on while the outline request was open");

        out.consume(response("8")); // another request's answer releases nothing
        awaitWaiting(lint);
        assertFalse(returned.get());

        out.consume(response("7"));
        lint.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(returned.get(), "the lint did not go on after the answer was written");
        assertEquals(0, urgent.open());
        assertEquals(3, passed.size(), "every message is passed on");
    }

    @Test
    void onceAnsweredARequestHoldsLintsOnlyWhileTheEditorReadsTheAnswer() throws Exception {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.SECONDS.toNanos(60), TimeUnit.MILLISECONDS.toNanos(100));
        urgent.watchIncoming(sink).consume(request("5", "textDocument/documentSymbol"));
        long start = System.nanoTime();
        urgent.watchOutgoing(sink).consume(response("5"));
        assertEquals(1, urgent.open(), "still being read by the editor");
        assertReturns(urgent);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100), "the lint went on while the editor read the answer");
        assertEquals(0, urgent.open());
    }

    @Test
    void aResponseComingInReleasesNothingAndARequestGoingOutHoldsNothing() throws Exception {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.SECONDS.toNanos(60), 0);
        urgent.watchIncoming(sink).consume(request("6", "textDocument/documentSymbol"));
        urgent.watchIncoming(sink).consume(response("6")); // the client answering the server's own request 6
        assertEquals(1, urgent.open());
        urgent.watchOutgoing(sink).consume(request("9", "textDocument/documentSymbol"));
        assertEquals(1, urgent.open());
        urgent.watchOutgoing(sink).consume(response("6"));
        assertEquals(0, urgent.open());
    }

    /** LSP4J hands the same wrapper both streams: the one that feeds the server's endpoint is the way in. */
    @Test
    void theStreamIntoTheEndpointIsWatchedAsIncomingAndAnyOtherAsOutgoing() {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.SECONDS.toNanos(60), 0);
        Endpoint neverAnswers = new Endpoint() {
            @Override
            public CompletableFuture<?> request(String method, Object parameter) {
                return new CompletableFuture<>();
            }

            @Override
            public void notify(String method, Object parameter) {
            }
        };
        MessageConsumer in = urgent.watch(new RemoteEndpoint(sink, neverAnswers));
        MessageConsumer out = urgent.watch(sink);
        in.consume(request("10", "textDocument/documentSymbol"));
        assertEquals(1, urgent.open());
        out.consume(response("10"));
        assertEquals(0, urgent.open());
    }

    @Test
    void otherRequestsAndNotificationsHoldNothingBack() throws Exception {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.SECONDS.toNanos(60), 0);
        MessageConsumer in = urgent.watchIncoming(sink);
        in.consume(request("1", "textDocument/hover")); // may wait for the lint itself
        in.consume(request("2", "textDocument/codeAction"));
        assertEquals(0, urgent.open());
        assertReturns(urgent);
    }

    @Test
    void aRequestNeverAnsweredHoldsLintsOnlyForItsGrace() throws Exception {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.MILLISECONDS.toNanos(50), 0);
        urgent.watchIncoming(sink).consume(request("3", "textDocument/documentSymbol"));
        assertEquals(1, urgent.open());
        assertReturns(urgent);
        assertEquals(0, urgent.open(), "a request whose grace is over is forgotten");
    }

    @Test
    void aMessageThatFailsToPassStillClosesItsRequest() {
        UrgentRequests urgent = new UrgentRequests(TimeUnit.SECONDS.toNanos(60), 0);
        urgent.watchIncoming(sink).consume(request("4", "textDocument/documentSymbol"));
        MessageConsumer broken = urgent.watchOutgoing(message -> {
            throw new IllegalStateException("stream closed");
        });
        try {
            broken.consume(response("4"));
        } catch (IllegalStateException expected) {
            // the writer's failure is the caller's to see
        }
        assertEquals(0, urgent.open());
    }

    private static void assertReturns(UrgentRequests urgent) throws InterruptedException {
        Thread lint = new Thread(urgent::toUrgentWork);
        lint.start();
        lint.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(lint.isAlive(), "the lint was held back");
    }

    /** Until the thread is parked in its wait (it polls every millisecond, so it is seen there soon). */
    private static void awaitWaiting(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.TIMED_WAITING && t.getState() != Thread.State.BLOCKED) {
            assertTrue(t.isAlive(), "the thread ended instead of waiting");
            assertTrue(System.nanoTime() < deadline, "the thread never waited");
            Thread.sleep(1);
        }
    }

    private static RequestMessage request(String id, String method) {
        RequestMessage m = new RequestMessage();
        m.setId(id);
        m.setMethod(method);
        return m;
    }

    private static ResponseMessage response(String id) {
        ResponseMessage m = new ResponseMessage();
        m.setId(id);
        m.setResult(List.of());
        return m;
    }
}
