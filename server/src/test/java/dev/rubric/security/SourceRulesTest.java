package dev.rubric.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the main code never does, checked on its source: no network I/O beyond the language
 * server's loopback socket, and no file writes outside the CLI's atomic fix writer and
 * {@code rubric init}. A new use fails here and has to be argued for in review.
 */
class SourceRulesTest {
    private static final Path MAIN = Path.of(System.getProperty("rubric.repo.root", ".."), "server/src/main/java/dev/rubric");

    /** Network APIs, and the files allowed to use them (the listening socket of {@code rubric lsp --socket}; listing rules in the jar). */
    private static final Map<String, List<String>> NETWORK = Map.of(
            "\\bSocket\\b|ServerSocket|DatagramSocket|SocketChannel", List.of("lsp/LspCommand.java"),
            "\\bInetAddress\\b", List.of("lsp/LspCommand.java"),
            "HttpClient|HttpURLConnection|URLConnection|openConnection|openStream", List.of("core/rule/RuleRegistry.java"),
            "\\bnew URL\\(|URL\\.of\\(|toURL\\(\\)", List.of());

    /**
     * File writes, and the files allowed to make them: the CLI's fix and report writer,
     * {@code rubric init}, and the build-time step that writes start-up indexes into
     * target/classes (run by Maven, never by Rubric).
     */
    private static final String WRITES = "Files\\.(write|writeString|newOutputStream|newBufferedWriter|move|copy|delete|deleteIfExists"
            + "|createFile|createTempFile|createDirector|createLink|createSymbolicLink|setPosixFilePermissions)\\b"
            + "|FileOutputStream|FileWriter|RandomAccessFile|\\.toFile\\(\\)";
    private static final List<String> MAY_WRITE = List.of("cli/AtomicWriter.java", "cli/InitCommand.java", "build/StartupIndexes.java");

    @Test
    void noNetworkAccessOutsideTheLanguageServersSocket() {
        for (Map.Entry<String, List<String>> rule : NETWORK.entrySet()) {
            List<String> offenders = filesUsing(rule.getKey());
            offenders.removeAll(rule.getValue());
            assertEquals(List.of(), offenders, "network API /" + rule.getKey() + "/ used in main code");
        }
    }

    @Test
    void ruleRegistryOpensOnlyItsOwnJar() throws IOException {
        String source = Files.readString(MAIN.resolve("core/rule/RuleRegistry.java"));
        assertTrue(source.contains("\"jar\".equals(url.getProtocol())") && source.contains("(JarURLConnection) url.openConnection()"),
                "RuleRegistry opens a connection only for a jar: URL of its own class loader");
    }

    @Test
    void theLanguageServerAndTheCoreNeverWriteFiles() {
        List<String> offenders = filesUsing(WRITES);
        offenders.removeAll(MAY_WRITE);
        assertEquals(List.of(), offenders, "file writes in main code outside " + MAY_WRITE
                + ": the server changes documents only through edits the editor applies");
        assertTrue(filesUsing(WRITES).stream().noneMatch(f -> f.startsWith("lsp/") || f.startsWith("core/")));
    }

    private static List<String> filesUsing(String regex) {
        Pattern pattern = Pattern.compile(regex);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = stripComments(Files.readString(f));
                if (pattern.matcher(code).find()) found.add(MAIN.relativize(f).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
