package dev.rubric.bench;

import dev.rubric.core.LintOptions;
import dev.rubric.core.Linter;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.rule.RuleRegistry;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the language server's lint costs after a keystroke: full lints of the new versions of a
 * long document typed into one character at a time, with the parser keeping unchanged chunks
 * (and what was read and derived from them) as the server's does. Thread CPU time of one thread
 * (the server spreads the rules over both cores). Complements {@code OutlinePhases}, which
 * times only the structure read.
 *
 * <pre>java -cp benchmarks.jar dev.rubric.bench.EditLint [LINES] [EDITS]</pre>
 */
public final class EditLint {
    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        TypedDocument typing = new TypedDocument(lines);
        URI uri = URI.create("file:///bench/design.md");
        Linter linter = new Linter(RuleRegistry.builtIn(), null, new DocumentParser(null, 4));
        long[] lint = new long[edits];
        long[] allocated = new long[edits];
        for (int e = -edits; e < edits; e++) { // the first half warms up
            String version = typing.nextVersion();
            long a0 = LintPhases.allocatedBytes();
            long t0 = LintPhases.threadCpu();
            linter.lint(uri, version, LintOptions.defaults());
            long t1 = LintPhases.threadCpu();
            if (e >= 0) {
                lint[e] = t1 - t0;
                allocated[e] = LintPhases.allocatedBytes() - a0;
            }
        }
        Arrays.sort(lint);
        Arrays.sort(allocated);
        System.out.printf(Locale.ROOT, "lines=%d, full lint after a one-character edit (chunks kept), one thread, thread CPU, %d edits after %d warm-up%n",
                lines, edits, edits);
        System.out.printf(Locale.ROOT, "p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms%n",
                lint[edits / 2] / 1e6, lint[edits * 9 / 10] / 1e6, lint[Math.min(edits - 1, edits * 99 / 100)] / 1e6);
        // what a lint leaves for the garbage collector: the server's collections (and their pauses) follow it
        System.out.printf(Locale.ROOT, "allocated per lint: p50 %.2f MB  p90 %.2f MB%n", allocated[edits / 2] / 1e6, allocated[edits * 9 / 10] / 1e6);
    }
}
