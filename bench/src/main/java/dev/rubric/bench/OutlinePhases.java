package dev.rubric.bench;

import dev.rubric.core.LintOptions;
import dev.rubric.core.StructureReader;
import dev.rubric.core.model.DocumentParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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
        List<String> text = new ArrayList<>(DesignDocGenerator.generate(11, lines).lines().toList());
        List<Integer> prose = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < text.size(); i++) {
            String l = text.get(i);
            if (l.startsWith("```")) inCode = !inCode;
            if (!inCode && !l.isBlank() && !l.startsWith("#") && !l.startsWith("|") && !l.startsWith("```") && !l.startsWith("---")) prose.add(i);
        }
        URI uri = URI.create("file:///bench/design.md");
        DocumentParser parser = new DocumentParser(null, 4);
        StructureReader reader = new StructureReader(parser);
        LintOptions options = LintOptions.defaults();
        Random random = new Random(3);
        long[] full = new long[edits];
        long[] parseT = new long[edits];
        long[] mapT = new long[edits];
        for (int e = -edits; e < edits; e++) { // the first half warms up
            int line = prose.get(random.nextInt(prose.size()));
            text.set(line, text.get(line) + "x");
            String version = String.join("\n", text) + "\n";
            long t0 = LintPhases.threadCpu();
            var doc = parser.parse(uri, version);
            long tp = LintPhases.threadCpu();
            var choice = dev.rubric.core.template.TemplateSelector.choose(doc, options.templates(), options.template(), options.templateForced());
            dev.rubric.core.template.TemplateMapper.map(doc, choice.template(), choice.how());
            long t1 = LintPhases.threadCpu();
            if (e >= 0) full[e] = t1 - t0;
            if (e >= 0) { parseT[e] = tp - t0; mapT[e] = t1 - tp; }
        }
        Arrays.sort(full);
        Arrays.sort(parseT);
        Arrays.sort(mapT);
        System.out.printf(Locale.ROOT, "parse p50 %.3f map p50 %.3f%n", parseT[edits/2]/1e6, mapT[edits/2]/1e6);
        System.out.printf(Locale.ROOT, "lines=%d, structure read after a one-character edit, thread CPU, %d edits after %d warm-up%n", lines, edits, edits);
        System.out.printf(Locale.ROOT, "p50 %.3f ms  p90 %.3f ms  p99 %.3f ms%n", full[edits / 2] / 1e6, full[edits * 9 / 10] / 1e6, full[edits * 99 / 100] / 1e6);
    }
}
