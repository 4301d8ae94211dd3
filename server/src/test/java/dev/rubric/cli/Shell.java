package dev.rubric.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command for the CI-file tests: its exit code, standard output and standard error. */
record Shell(int exitCode, String out, String err) {
    static Shell run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path errFile = java.nio.file.Files.createTempFile("shell", ".err");
        builder.redirectError(errFile.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String err = java.nio.file.Files.readString(errFile);
        java.nio.file.Files.delete(errFile);
        return new Shell(process.exitValue(), out, err);
    }

    /** Runs git with a fixed identity and no signing, whatever the machine's git config says. */
    static Shell git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        Shell result = run(dir, Map.of("GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.com",
                "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.com"), command);
        if (result.exitCode() != 0) throw new AssertionError("git " + String.join(" ", args) + " failed: " + result.err());
        return result;
    }

    List<String> nulSeparated() {
        if (out.isEmpty()) return List.of();
        String body = out.endsWith("\0") ? out.substring(0, out.length() - 1) : out;
        return List.of(body.split("\0", -1));
    }
}
