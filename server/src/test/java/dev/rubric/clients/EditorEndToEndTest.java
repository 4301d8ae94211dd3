package dev.rubric.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the editor clients' own tests from the Maven build, so {@code ./run-tests} covers them:
 * the Neovim and Emacs end-to-end scripts (real headless editors against the real server), the
 * VS Code extension's {@code npm test} and {@code .vsix} packaging, and the syntax of the other
 * editors' configuration files. A script that fails fails the test (never a skip), with its
 * output.
 *
 * <p>Surefire runs before {@code package}, so the shaded jar may not exist yet. The server is
 * therefore started from this JVM's own classpath: the scripts get {@code RUBRIC_CMD}
 * ({@code java -cp <test classpath> dev.rubric.cli.Main lsp}), and what needs a jar file (the
 * VS Code packaging and its integration test) gets {@code RUBRIC_JAR}, a small jar whose
 * manifest points at the same classpath. The environment (CI and the rest) is passed through.
 */
class EditorEndToEndTest {
    private static final Duration E2E_LIMIT = Duration.ofMinutes(8);
    private static final Duration NPM_LIMIT = Duration.ofMinutes(10);

    @TempDir
    static Path work;

    private static Path repo;
    private static String serverCommand;
    private static Path launcherJar;

    @BeforeAll
    static void server() throws IOException {
        String configured = System.getProperty("rubric.repo.root");
        repo = (configured != null ? Paths.get(configured) : Paths.get("..")).toAbsolutePath().normalize();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) entries.add(Paths.get(entry).toAbsolutePath().toString());
        }
        String javaExe = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        serverCommand = shellQuote(javaExe) + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "
                + shellQuote(String.join(File.pathSeparator, entries)) + " dev.rubric.cli.Main lsp";

        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.rubric.cli.Main");
        StringBuilder manifestClasspath = new StringBuilder();
        for (String entry : entries) {
            if (manifestClasspath.length() > 0) manifestClasspath.append(' ');
            manifestClasspath.append(Paths.get(entry).toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, manifestClasspath.toString());
        launcherJar = work.resolve("rubric-launcher.jar");
        try (OutputStream out = Files.newOutputStream(launcherJar); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    @Test
    void neovimEndToEnd() throws Exception {
        Result result = run("neovim e2e", List.of("bash", repo.resolve("clients/neovim/test.sh").toString()),
                repo, Map.of(), E2E_LIMIT);
        assertTrue(result.output.contains("PASS: neovim e2e"), "no PASS line:\n" + result.output);
    }

    @Test
    void emacsEndToEnd() throws Exception {
        Result result = run("emacs e2e", List.of("bash", repo.resolve("clients/emacs/test.sh").toString()),
                repo, Map.of(), E2E_LIMIT);
        assertTrue(result.output.contains("PASS: emacs e2e"), "no PASS line:\n" + result.output);
    }

    @Test
    void vscodeExtensionTestsAndPackage() throws Exception {
        Path extension = repo.resolve("clients/vscode");
        if (!hasCommand("npm")) fail("npm is not on the PATH: the VS Code extension needs Node.js 20+ and npm");
        Map<String, String> env = Map.of("RUBRIC_REQUIRE_SERVER", "1");
        run("npm ci", List.of("npm", "ci", "--no-audit", "--no-fund"), extension, env, NPM_LIMIT);
        Result tests = run("npm test", List.of("npm", "test"), extension, env, NPM_LIMIT);
        assertTrue(tests.output.contains("# fail 0"), "npm test did not report '# fail 0':\n" + tests.output);
        assertTrue(tests.output.contains("# skipped 0"), "npm test skipped tests:\n" + tests.output);

        Path vsix = extension.resolve("rubric.vsix");
        Files.deleteIfExists(vsix);
        run("vsce package", List.of("npm", "run", "package"), extension, env, NPM_LIMIT);
        assertTrue(Files.isRegularFile(vsix), "no rubric.vsix after npm run package");
        try (ZipFile zip = new ZipFile(vsix.toFile())) {
            for (String entry : List.of("extension/package.json", "extension/dist/extension.js", "extension/server/rubric.jar")) {
                assertTrue(zip.getEntry(entry) != null, vsix + " lacks " + entry);
            }
            assertTrue(zip.getEntry("extension/node_modules/vscode-languageclient/package.json") == null,
                    "the .vsix should be bundled, without node_modules");
        }
        System.out.printf("[vsce package] %s: %d bytes%n", vsix, Files.size(vsix));
    }

    @Test
    void otherEditorsConfigsParse() throws Exception {
        Result result = run("config check", List.of("python3", repo.resolve("clients/check-configs.py").toString()),
                repo, Map.of(), Duration.ofMinutes(2));
        assertTrue(result.output.contains("all editor configs parse"), result.output);
    }

    // ------------------------------------------------------------------------------------------

    private record Result(int exitCode, String output) {
    }

    private static Result run(String name, List<String> command, Path dir, Map<String, String> extraEnv, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Path log = Files.createTempFile(work, name.replace(' ', '-'), ".log");
        builder.redirectOutput(log.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();   // inherits CI, PATH, JAVA_HOME, ...
        Map<String, String> added = new LinkedHashMap<>();
        added.put("RUBRIC_CMD", serverCommand);
        added.put("RUBRIC_JAR", launcherJar.toString());
        added.putAll(extraEnv);
        env.putAll(added);
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("[%s] %s -> %s in %d s%n%s%n", name, String.join(" ", command),
                finished ? "exit " + process.exitValue() : "TIMED OUT", seconds, indent(output));
        if (!finished) fail(name + " did not finish within " + limit.toMinutes() + " min; output:\n" + output);
        assertEquals(0, process.exitValue(), name + " failed (exit " + process.exitValue() + "); output:\n" + output);
        return new Result(process.exitValue(), output);
    }

    private static boolean hasCommand(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, name))) return true;
        }
        return false;
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String indent(String output) {
        String trimmed = output.length() > 20_000 ? "...\n" + output.substring(output.length() - 20_000) : output;
        return ("  " + trimmed.strip()).replace("\n", "\n  ");
    }
}
