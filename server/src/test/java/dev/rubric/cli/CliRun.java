package dev.rubric.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the rubric command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    /** The CI fixtures, relative to the working directory (the server module) as a user would type them. */
    static final String FEED = "src/test/resources/ci/docs/feed-ranking.md";
    static final String SEARCH = "src/test/resources/ci/docs/search-ranking.md";

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    static CliRun withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CliRun(code, out.toString(), err.toString());
    }

    static Path repoRoot() {
        return Paths.get(System.getProperty("rubric.repo.root", "..")).toAbsolutePath().normalize();
    }
}
