package dev.rubric.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds' lints in one JVM, alternated lint by lint: each benchmarks.jar is loaded by a class
 * loader of its own, and every iteration lints the same documents with both (in alternating
 * order) and parses them once with Flexmark's reference parser (alternating between the two
 * builds' copies, so neither's Flexmark stays warmer). A busy shared machine slows both the same
 * way, which separate runs minutes apart do not: a 1–3 % change shows here and drowns there.
 * An A/A run (one jar against a copy of itself) gave B/A 1.01: run both orders and read the two.
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks.jar dev.rubric.bench.SideBySideLint A.jar B.jar [LINES | DIR] [ITERATIONS] [ROUNDS]</pre>
 * LINES (default 200) lints one generated doc; DIR lints every *.md file under it per iteration.
 * Prints, per round, the median lint time of each build, B ÷ A, Flexmark's median parse, and
 * each build's lint ÷ that parse.
 */
public final class SideBySideLint {
    private SideBySideLint() {
    }

    /** One build: its linter and reference parser, reached by reflection through its own class loader. */
    private static final class Build {
        final Object linter;
        final Method lint;
        final Object options;
        final Object reference;
        final Method parse;

        Build(String jar) throws Exception {
            URLClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> linterClass = loader.loadClass("dev.rubric.core.Linter");
            Class<?> optionsClass = loader.loadClass("dev.rubric.core.LintOptions");
            linter = linterClass.getConstructor().newInstance();
            options = optionsClass.getMethod("defaults").invoke(null);
            lint = linterClass.getMethod("lint", URI.class, String.class, optionsClass);
            reference = loader.loadClass("dev.rubric.core.model.DocumentParser").getMethod("flexmarkReference").invoke(null);
            parse = reference.getClass().getMethod("parse", String.class);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SideBySideLint A.jar B.jar [LINES | DIR] [ITERATIONS] [ROUNDS]");
            System.exit(2);
        }
        Build[] builds = {new Build(args[0]), new Build(args[1])};
        String what = args.length > 2 ? args[2] : "200";
        List<String> docs = documents(what);
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        URI uri = URI.create("file:///bench/design.md");
        System.out.printf("A %s%nB %s%n%s: %d document(s), %d iterations a round%n", args[0], args[1], what, docs.size(), iterations);
        for (int round = 0; round < rounds; round++) { // the first rounds warm up: read the last ones
            long[][] times = new long[3][iterations];
            for (int i = 0; i < iterations; i++) {
                for (int k = 0; k < 2; k++) {
                    int b = (i & 1) == 0 ? k : 1 - k;
                    long start = System.nanoTime();
                    for (String doc : docs) builds[b].lint.invoke(builds[b].linter, uri, doc, builds[b].options);
                    times[b][i] = System.nanoTime() - start;
                }
                Build parser = builds[i & 1];
                long start = System.nanoTime();
                for (String doc : docs) parser.parse.invoke(parser.reference, doc);
                times[2][i] = System.nanoTime() - start;
            }
            for (long[] t : times) Arrays.sort(t);
            double a = times[0][iterations / 2] / 1e6;
            double b = times[1][iterations / 2] / 1e6;
            double parse = times[2][iterations / 2] / 1e6;
            System.out.printf("round %d: lint A %.3f ms, B %.3f ms, B/A %.3f; Flexmark %.3f ms; lint/parse A %.2f, B %.2f%n",
                    round, a, b, b / a, parse, a / parse, b / parse);
        }
    }

    private static List<String> documents(String what) throws Exception {
        if (what.matches("\\d+")) return List.of(DesignDocGenerator.generate(7, Integer.parseInt(what)));
        List<String> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(what))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) docs.add(Files.readString(f));
        }
        return docs;
    }
}
