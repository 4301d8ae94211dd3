package dev.rubric.bench;

import dev.rubric.core.LintOptions;
import dev.rubric.core.OutlineEdits;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.template.TemplateMapper;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.template.TemplateSelector;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * What an editor's outline costs right after a keystroke, before the lint of the new version
 * has run: the structure read (Flexmark on the chunks the edit changed, the model, the template
 * mapping) of each new version of a long document typed into one character at a time, with the
 * parser keeping the trees of unchanged chunks as the language server's does. Thread CPU time,
 * medians, one thread; a guide for profiling the path {@code LspBench latency} times end to end.
 *
 * <pre>java -cp benchmarks.jar dev.rubric.bench.OutlinePhases [LINES] [EDITS]</pre>
 */
public final class OutlinePhases {
    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        TypedDocument typing = new TypedDocument(lines);
        URI uri = URI.create("file:///bench/design.md");
        DocumentParser parser = new DocumentParser(null, 4); // keeps chunk trees, as the server's parser does
        LintOptions options = LintOptions.defaults();
        long[] model = new long[edits];
        long[] mapping = new long[edits];
        long[] total = new long[edits];
        long[] keptCheck = new long[edits];
        int kept = 0;
        DesignDocument previous = null;
        TemplateMapping previousMapping = null;
        for (int e = -edits; e < edits; e++) { // the first half warms up
            String version = typing.nextVersion();
            // what the server asks first: is the outline read before this edit still the outline?
            long k0 = LintPhases.threadCpu();
            boolean keeps = previous != null && OutlineEdits.keepsOutline(previous, previousMapping, version, options.templates());
            long k1 = LintPhases.threadCpu();
            long t0 = LintPhases.threadCpu();
            DesignDocument doc = parser.parse(uri, version);
            long t1 = LintPhases.threadCpu();
            // what StructureReader.read does after the parse
            TemplateSelector.Choice choice = TemplateSelector.choose(doc, options.templates(), options.template(), options.templateForced());
            TemplateMapping mapped = TemplateMapper.map(doc, choice.template(), choice.how());
            long t2 = LintPhases.threadCpu();
            previous = doc;
            previousMapping = mapped;
            if (e < 0) continue;
            if (keeps) kept++;
            keptCheck[e] = k1 - k0;
            model[e] = t1 - t0;
            mapping[e] = t2 - t1;
            total[e] = t2 - t0;
        }
        System.out.printf(Locale.ROOT, "lines=%d, structure read after a one-character edit, thread CPU, %d edits after %d warm-up%n", lines, edits, edits);
        print("model (Flexmark on changed chunks + builder)", model);
        print("template choice + mapping", mapping);
        print("structure read", total);
        print("check that the edit keeps the outline (OutlineEdits)", keptCheck);
        System.out.printf(Locale.ROOT, "outline kept across the edit (no read needed): %d of %d edits%n", kept, edits);
    }

    private static void print(String phase, long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        System.out.printf(Locale.ROOT, "p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  %s%n", v[v.length / 2] / 1e6, v[v.length * 9 / 10] / 1e6,
                v[v.length * 99 / 100] / 1e6, phase);
    }
}
