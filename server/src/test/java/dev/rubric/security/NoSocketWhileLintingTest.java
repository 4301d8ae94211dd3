package dev.rubric.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.cli.Main;
import dev.rubric.core.LintOptions;
import dev.rubric.core.Linter;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linting a document full of links, images and autolinks opens no socket and resolves no
 * host: watched with a security manager that allows everything but records every connect,
 * listen, accept and host lookup made by this thread.
 */
class NoSocketWhileLintingTest {
    private static final String DOC = "# Design\n\nSee [the RFC](https://example.com/rfc) and <https://example.org/x>.\n\n"
            + "![diagram](https://example.com/diagram.png) ![local](img/arch.svg)\n\nhttp://example.net/raw and www.example.com.\n\n"
            + "[ref]: https://example.com/ref \"title\"\n\n<img src=\"https://example.com/a.png\">\n\n"
            + "---\ntemplate: https://example.com/template.yaml\n---\n";

    @SuppressWarnings("removal") // the security manager only observes; JDK 17 still has it
    @Test
    void lintingAndCheckingOpenNoSocket(@TempDir Path dir) throws Exception {
        List<String> network = new CopyOnWriteArrayList<>();
        Thread me = Thread.currentThread();
        SecurityManager watcher = new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (Thread.currentThread() == me && perm instanceof java.net.SocketPermission) network.add(perm.toString());
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }

            @Override
            public void checkConnect(String host, int port) {
                if (Thread.currentThread() == me) network.add("connect " + host + ":" + port);
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                checkConnect(host, port);
            }

            @Override
            public void checkListen(int port) {
                if (Thread.currentThread() == me) network.add("listen " + port);
            }

            @Override
            public void checkAccept(String host, int port) {
                if (Thread.currentThread() == me) network.add("accept " + host + ":" + port);
            }
        };
        Path file = dir.resolve("links.md");
        Files.writeString(file, DOC);
        Linter linter = new Linter(); // built (rules found) before watching: only the lint itself is observed
        try {
            System.setSecurityManager(watcher);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("this JDK cannot install a security manager; SourceRulesTest still checks the sources");
        }
        int code;
        try {
            linter.lint(URI.create("file:///links.md"), DOC, LintOptions.defaults());
            StringWriter out = new StringWriter();
            code = Main.run(new String[] {"check", "--jobs", "1", "--fix", "--format", "json", file.toString()},
                    new PrintWriter(out), new PrintWriter(new StringWriter()), new ByteArrayInputStream(new byte[0]));
        } finally {
            System.setSecurityManager(null);
        }
        assertEquals(List.of(), network, "network access while linting");
        assertTrue(code == 0 || code == 1, "check ran: exit " + code);
    }
}
