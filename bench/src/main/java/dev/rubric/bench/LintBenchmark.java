package dev.rubric.bench;

import com.vladsch.flexmark.parser.Parser;
import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.rule.RuleRegistry;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core's cost against Flexmark's: {@code parse} is Flexmark alone on the document, configured
 * as it comes for the tree Rubric reads (the same extensions, its autolink extension among them,
 * {@link DocumentParser#flexmarkReference}); {@code parseAsRubric} is the same tree as Rubric gets
 * it (the autolink pass run only on text that can hold a link, full segmented sequences,
 * {@link DocumentParser#parseAst});
 * {@code lint} is
 * everything {@code rubric check} does to a document once its text is read: Flexmark, the
 * document model, template selection and mapping, suppressions and every rule, with the
 * default options, on the calling thread (as the CLI lints each of many files);
 * {@code lintBothCores} is the same lint with a second thread for the rules and for the second
 * half of a long document's parse (as the language server lints the document being edited, and
 * the CLI a single file). Targets: lint ≤ 1.5× parse at each size; lint(10,000) ≤ 60× lint(200).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// 15 x 2 s: on two cores the lint's code is still being compiled well past 16 s (a lint loop
// ran 1,396 us per lint at 26-30 s and 1,263-1,332 us after 60 s; one fork's measured
// iterations fell from 1,673 to 1,483 us after 8 x 2 s of warm-up); Flexmark alone is steady by 8 s
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
public class LintBenchmark {
    @Param({"200", "2000", "10000"})
    public int lines;

    private String text;
    private final URI uri = URI.create("file:///bench/design.md");
    private final DocumentParser parser = new DocumentParser();
    private final Parser reference = DocumentParser.flexmarkReference();
    private final Linter linter = new Linter();
    private final LintOptions options = LintOptions.defaults();
    private ExecutorService workers;
    private Linter bothCores;

    @Setup(Level.Trial)
    public void setUp() {
        text = DesignDocGenerator.generate(7, lines);
        workers = Executors.newFixedThreadPool(2, task -> {
            Thread t = new Thread(task, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        bothCores = new Linter(RuleRegistry.builtIn(), workers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.shutdownNow();
    }

    @Benchmark
    public Object parse() {
        return reference.parse(text);
    }

    @Benchmark
    public Object parseAsRubric() {
        return parser.parseAst(text);
    }

    @Benchmark
    public LintResult lint() {
        return linter.lint(uri, text, options);
    }

    @Benchmark
    public LintResult lintBothCores() {
        return bothCores.lint(uri, text, options);
    }
}
