package dev.rubric.bench;

import dev.rubric.core.LintOptions;
import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Suppressions;
import dev.rubric.core.template.TemplateMapper;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.template.TemplateSelector;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a lint's time goes, phase by phase, in one warmed-up JVM: Flexmark's parse as it comes
 * (the reference), the same tree as Rubric parses it, then the lint: the document model (Flexmark's tree and the builder),
 * template selection and mapping, suppressions, then each rule. Not a JMH benchmark (phases
 * are too short to time one by one there); a guide for profiling: medians of many runs, in
 * thread CPU time, which other processes on a shared machine disturb far less than wall time,
 * and bytes allocated per phase.
 *
 * <pre>java -cp benchmarks.jar dev.rubric.bench.LintPhases [LINES] [RUNS]
 * java -cp benchmarks.jar dev.rubric.bench.LintPhases FILE.md...</pre>
 * With files, each run lints every one of them (real documents: prose-heavy, unlike the
 * generated one) and a phase's figures are added up over them.
 */
public final class LintPhases {
    /** Flexmark's parse as it comes (its autolink extension included): what the lint is measured against. */
    private static final String REFERENCE = "flexmark parse";
    /** The same tree as Rubric gets it ({@code DocumentParser.parseAst}): shown, not added to the sum. */
    private static final String RUBRICS_TREE = "  the same tree as rubric parses it (not in the sum)";
    public static void main(String[] args) throws IOException {
        boolean files = args.length > 0 && !args[0].matches("\\d+");
        int lines = files ? 0 : args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = files ? 100 : args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> texts = new ArrayList<>();
        if (files) {
            for (String a : args) texts.add(Files.readString(Path.of(a)));
        } else {
            texts.add(DesignDocGenerator.generate(7, lines));
        }
        URI uri = URI.create("file:///bench/design.md");
        DocumentParser parser = new DocumentParser();
        com.vladsch.flexmark.parser.Parser reference = DocumentParser.flexmarkReference();
        RuleRegistry rules = RuleRegistry.builtIn();
        LintOptions options = LintOptions.defaults();
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, long[]> allocated = new LinkedHashMap<>();
        for (int run = -runs; run < runs; run++) { // the first half warms up
            int r = run;
            Meter m = new Meter(times, allocated, r, runs);
            for (String text : texts) {
                reference.parse(text);
                m.phase(REFERENCE);
                parser.parseAst(text);
                m.phase(RUBRICS_TREE);
                DesignDocument doc = parser.parse(uri, text);
                m.phase("model (flexmark + builder)");
                TemplateSelector.Choice choice = TemplateSelector.choose(doc, options.templates(), options.template(), options.templateForced());
                TemplateMapping mapping = TemplateMapper.map(doc, choice.template(), choice.how());
                m.phase("template select + map");
                Suppressions suppressions = Suppressions.of(doc, rules.ids());
                DocumentAnalysis analysis = new DocumentAnalysis(doc, mapping, suppressions);
                m.phase("suppressions + analysis");
                for (var u : doc.units()) analysis.quantities(u);
                m.phase("quantities of every unit");
                for (Rule rule : rules.all()) {
                    rule.check(new RuleContext(rule, rule.defaultSeverity(), null, analysis));
                    m.phase("rule " + rule.id());
                }
            }
        }
        System.out.printf(Locale.ROOT, (files ? texts.size() + " files, " : "") + "lines=%d, thread CPU time and bytes allocated, medians of %d runs after %d warm-up runs%n", lines, runs, runs);
        double total = 0;
        long totalBytes = 0;
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            double ms = median(e.getValue()) / 1e6;
            long bytes = median(allocated.get(e.getKey()));
            if (!e.getKey().equals(REFERENCE) && !e.getKey().equals(RUBRICS_TREE)) {
                total += ms;
                totalBytes += bytes;
            }
            System.out.printf(Locale.ROOT, "%10.3f ms %10.1f KB  %s%n", ms, bytes / 1024.0, e.getKey());
        }
        System.out.printf(Locale.ROOT, "%10.3f ms %10.1f KB  sum of the lint phases%n", total, totalBytes / 1024.0);
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time: on a shared machine it is far steadier than wall time. */
    static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Bytes this thread has allocated so far (HotSpot's counter): what the garbage collector pays for later. */
    static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * Times and weighs the phases of one run on this thread: CPU time (on a shared machine far
     * steadier than wall time) and bytes allocated (what the garbage collector pays for later;
     * the same in every run, so a change to it shows in one run).
     */
    private static final class Meter {
        private final Map<String, long[]> times;
        private final Map<String, long[]> allocated;
        private final int run;
        private final int runs;
        private long cpu = threadCpu();
        private long bytes = allocatedBytes();

        Meter(Map<String, long[]> times, Map<String, long[]> allocated, int run, int runs) {
            this.times = times;
            this.allocated = allocated;
            this.run = run;
            this.runs = runs;
        }

        /** Ends the phase named, which began where the last one ended. */
        void phase(String name) {
            long nowCpu = threadCpu();
            long nowBytes = allocatedBytes();
            if (run >= 0) {
                // added up over the documents of one run
                times.computeIfAbsent(name, k -> new long[runs])[run] += nowCpu - cpu;
                allocated.computeIfAbsent(name, k -> new long[runs])[run] += nowBytes - bytes;
            }
            // the counters are read again so that reading them is not counted in the next phase
            cpu = threadCpu();
            bytes = allocatedBytes();
        }
    }
}
