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
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a lint's time goes, phase by phase, in one warmed-up JVM: Flexmark, the document model,
 * template selection and mapping, suppressions, then each rule. Not a JMH benchmark (phases
 * are too short to time one by one there); a guide for profiling: medians of many runs, in
 * thread CPU time, which other processes on a shared machine disturb far less than wall time.
 *
 * <pre>java -cp benchmarks.jar dev.rubric.bench.LintPhases [LINES] [RUNS]</pre>
 */
public final class LintPhases {
    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String text = DesignDocGenerator.generate(7, lines);
        URI uri = URI.create("file:///bench/design.md");
        DocumentParser parser = new DocumentParser();
        RuleRegistry rules = RuleRegistry.builtIn();
        LintOptions options = LintOptions.defaults();
        Map<String, long[]> times = new LinkedHashMap<>();
        for (int run = -runs; run < runs; run++) { // the first half warms up
            int r = run;
            long t0 = threadCpu();
            parser.parseAst(text);
            long t1 = threadCpu();
            DesignDocument doc = parser.parse(uri, text);
            long t2 = threadCpu();
            TemplateSelector.Choice choice = TemplateSelector.choose(doc, options.templates(), options.template(), options.templateForced());
            TemplateMapping mapping = TemplateMapper.map(doc, choice.template(), choice.how());
            long t3 = threadCpu();
            Suppressions suppressions = Suppressions.of(doc, rules.ids());
            DocumentAnalysis analysis = new DocumentAnalysis(doc, mapping, suppressions);
            long t4 = threadCpu();
            for (var u : doc.units()) analysis.quantities(u);
            long t5 = threadCpu();
            record(times, "flexmark parse", r, runs, t1 - t0);
            record(times, "model (flexmark + builder)", r, runs, t2 - t1);
            record(times, "template select + map", r, runs, t3 - t2);
            record(times, "suppressions + analysis", r, runs, t4 - t3);
            record(times, "quantities of every unit", r, runs, t5 - t4);
            for (Rule rule : rules.all()) {
                long s = threadCpu();
                rule.check(new RuleContext(rule, rule.defaultSeverity(), null, analysis));
                record(times, "rule " + rule.id(), r, runs, threadCpu() - s);
            }
        }
        System.out.printf(Locale.ROOT, "lines=%d, thread CPU time, median of %d runs after %d warm-up runs %n", lines, runs, runs);
        double total = 0;
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            long[] v = e.getValue().clone();
            Arrays.sort(v);
            double ms = v[v.length / 2] / 1e6;
            if (!e.getKey().equals("flexmark parse")) total += ms;
            rows.add(String.format(Locale.ROOT, "%10.3f ms  %s", ms, e.getKey()));
        }
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%10.3f ms  sum of the lint phases%n", total);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time: on a shared machine it is far steadier than wall time. */
    static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static void record(Map<String, long[]> times, String phase, int run, int runs, long nanos) {
        if (run < 0) return;
        times.computeIfAbsent(phase, k -> new long[runs])[run] = nanos;
    }
}
