package dev.rubric.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A one-way in-memory byte channel. Unlike java.io.Piped*Stream it does not care which
 * threads write (LSP4J writes from many, some short-lived), and closing either end ends it.
 * Writes after the end are dropped, so a server finishing work after a test is over stays quiet.
 * Public for the protocol-abuse suite ({@code dev.rubric.lsp.abuse}), which writes raw bytes.
 */
public final class InMemoryPipe {
    private static final byte[] END = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    public final InputStream in = new InputStream() {
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) return 0;
            while (position >= current.length) {
                if (ended) return -1;
                try {
                    current = chunks.take();
                } catch (InterruptedException e) { // the reader was stopped: the stream ends for it
                    Thread.currentThread().interrupt();
                    return -1;
                }
                position = 0;
                if (current == END) {
                    ended = true;
                    current = new byte[0];
                    return -1;
                }
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            InMemoryPipe.this.close();
        }
    };

    public final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            if (closed) return; // the other side is gone: like writing to a closed editor, nobody reads it
            byte[] copy = new byte[length];
            System.arraycopy(buffer, offset, copy, 0, length);
            chunks.add(copy);
        }

        @Override
        public void close() {
            InMemoryPipe.this.close();
        }
    };

    public void close() {
        if (!closed) {
            closed = true;
            chunks.add(END);
        }
    }
}
