package dev.rubric.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rubric lsp}: the language server on stdio, or on one loopback TCP connection with
 * {@code --socket PORT}. The exit code follows LSP: 0 after shutdown + exit, 1 otherwise.
 */
@Command(name = "lsp", description = "Starts the language server (LSP 3.17) on stdio, or on 127.0.0.1:PORT with --socket.")
public final class LspCommand implements Callable<Integer> {
    @Option(names = "--socket", paramLabel = "PORT", description = "listen on 127.0.0.1:PORT for one editor connection instead of stdio")
    Integer port;

    @Option(names = "--stdio", description = "use stdin/stdout (the default; accepted because editors pass it)")
    boolean stdio;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--socket needs a port from 0 to 65535");
            }
            try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                spec.commandLine().getErr().println("rubric lsp: listening on 127.0.0.1:" + listener.getLocalPort());
                spec.commandLine().getErr().flush();
                try (Socket connection = listener.accept()) {
                    return serve(connection.getInputStream(), connection.getOutputStream());
                }
            }
        }
        // stdout carries the protocol: anything else printed there would corrupt it
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        try {
            return serve(System.in, protocolOut);
        } finally {
            System.setOut(protocolOut);
        }
    }

    private static int serve(InputStream in, OutputStream out) throws InterruptedException {
        return ServerLauncher.start(in, out, ServerOptions.defaults()).awaitExit();
    }
}
