package dev.rubric.bench;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Everything a lint decides, as text: template and section mapping, every diagnostic with its
 * fixes, every explanation with the evidence accepted and rejected. Run before and after a
 * performance change and diff the two files: an optimisation must not change a byte.
 *
 * <pre>java [-Drubric.workers=2] -cp benchmarks.jar dev.rubric.bench.LintDump OUT.txt [GENERATED_DOCS] [PATH...]</pre>
 * With {@code rubric.workers}, the linter runs rules and long documents' halves on that many
 * threads, as the language server does: the dump must not change.
 * Lints GENERATED_DOCS generated docs (sizes 50–3,000 lines, seeds 1..N; default 300) and every
 * *.md under the given paths (e.g. samples/ and the rule fixtures).
 */
public final class LintDump {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int workers = Integer.getInteger("rubric.workers", 0);
        Linter linter = workers > 0 ? new Linter(RuleRegistry.builtIn(), Executors.newFixedThreadPool(workers, daemon())) : new Linter();
        LintOptions options = LintOptions.defaults();
        int[] sizes = {50, 120, 200, 400, 800, 1500, 3000};
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int seed = 1; seed <= generated; seed++) {
                int lines = sizes[seed % sizes.length];
                dump(w, "generated seed=" + seed + " lines=" + lines, linter.lint(null, DesignDocGenerator.generate(seed, lines), options));
            }
            for (int i = 2; i < args.length; i++) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                    walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
                }
                for (Path f : files) dump(w, f.toString(), linter.lint(f.toUri(), Files.readString(f), options));
            }
        }
    }

    private static ThreadFactory daemon() {
        return task -> {
            Thread t = new Thread(task, "lint-dump-worker");
            t.setDaemon(true);
            return t;
        };
    }

    private static void dump(PrintWriter w, String name, LintResult r) {
        w.println("=== " + name);
        w.println("template " + r.mapping().template().id() + " (" + r.mapping().detection() + ")");
        for (Section s : r.document().sections()) {
            w.println("  section " + s + " -> " + r.mapping().blockOf(s).map(b -> b.id()).orElse("-"));
        }
        r.diagnostics().forEach(d -> w.println("  " + d));
        r.explanations().values().forEach(e -> w.println("  " + e));
        r.failures().forEach(f -> w.println("  FAILURE " + f));
    }
}
