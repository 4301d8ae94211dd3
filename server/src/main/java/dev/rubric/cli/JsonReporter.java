package dev.rubric.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.LintResult;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.fix.TextEdit;
import dev.rubric.core.numbers.BudgetFigures;
import dev.rubric.core.readiness.Readiness;
import dev.rubric.core.readiness.ReadinessScore;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.text.Range;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code {"files":[{"path","template","readiness","diagnostics":[{"rule","severity","message","line",
 * "column","endLine","endColumn"}]}]}} with 1-based positions (columns in UTF-16 code units);
 * {@code readiness} is the 0–100 score (null for a file that could not be read).
 * Fields may be added; these are never removed or renamed.
 */
final class JsonReporter implements Reporter {
    /** Built on first use: `check` creates every reporter, and text output should not pay for Jackson's mapper. */
    private static final class Holder {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public void write(List<FileReport> reports, boolean explain, PrintWriter out) {
        ObjectNode root = Holder.JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileReport r : reports) {
            ObjectNode f = files.addObject();
            f.put("path", r.path());
            if (r.result() == null) {
                f.putNull("template");
                f.putArray("diagnostics");
                f.put("error", r.error());
                f.putNull("readiness");
                continue;
            }
            LintResult res = r.result();
            f.put("template", res.mapping().template().id());
            f.put("templateSource", res.mapping().detection());
            readiness(f, Readiness.of(res));
            ArrayNode diags = f.putArray("diagnostics");
            for (Diagnostic d : res.diagnostics()) {
                ObjectNode n = diags.addObject();
                n.put("rule", d.rule());
                n.put("severity", d.severity().id());
                n.put("message", d.message());
                putRange(n, d.range());
                ArrayNode fixes = n.putArray("fixes");
                for (Fix fix : d.fixes()) {
                    ObjectNode fn = fixes.addObject();
                    fn.put("title", fix.title());
                    fn.put("safe", fix.safe());
                    ArrayNode edits = fn.putArray("edits");
                    for (TextEdit e : fix.edits()) {
                        ObjectNode en = edits.addObject();
                        putRange(en, e.range());
                        en.put("newText", e.newText());
                    }
                }
            }
            if (r.fixesApplied() > 0) f.put("fixesApplied", r.fixesApplied());
            if (r.error() != null) f.put("error", r.error()); // linted, but --fix could not write it
            if (explain) {
                ObjectNode ex = f.putObject("explanations");
                for (Explanation e : res.explanations().values()) {
                    ObjectNode en = ex.putObject(e.rule());
                    en.put("satisfied", e.satisfied());
                    en.put("summary", e.summary());
                    evidence(en.putArray("evidence"), e.evidence());
                    evidence(en.putArray("rejected"), e.rejected());
                }
                budgets(f.putArray("budgets"), BudgetFigures.of(res.analysis()));
            }
        }
        try {
            out.println(Holder.JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The score as a plain number (what scripts compare) and its parts (what people ask about). */
    private static void readiness(ObjectNode file, ReadinessScore score) {
        file.put("readiness", score.score());
        ObjectNode detail = file.putObject("readinessDetail");
        detail.put("band", score.band().label());
        detail.put("requiredBlocks", score.requiredBlocks());
        detail.put("presentRequiredBlocks", score.presentRequiredBlocks());
        detail.put("coveragePoints", score.coveragePoints());
        detail.put("findingPoints", score.findingPoints());
    }

    private static void evidence(ArrayNode array, List<Evidence> items) {
        for (Evidence ev : items) {
            ObjectNode n = array.addObject();
            n.put("what", ev.what());
            n.put("excerpt", ev.excerpt());
            n.put("section", ev.section());
            putRange(n, ev.range());
        }
    }

    /** {@code {"kind":"throughput","text":"12k QPS","value":12000,"unit":"/s","line":..,"column":..}}, plus "per" for money per something. */
    private static void budgets(ArrayNode array, List<BudgetFigures.Figure> figures) {
        for (BudgetFigures.Figure b : figures) {
            ObjectNode n = array.addObject();
            n.put("kind", b.kind().id());
            n.put("text", b.text());
            double v = b.value();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) n.put("value", (long) v);
            else n.put("value", v);
            n.put("unit", b.unit());
            if (!b.per().isEmpty()) n.put("per", b.per());
            n.put("line", b.range().start().line() + 1);
            n.put("column", b.range().start().column() + 1);
        }
    }

    private static void putRange(ObjectNode n, Range r) {
        n.put("line", r.start().line() + 1);
        n.put("column", r.start().column() + 1);
        n.put("endLine", r.end().line() + 1);
        n.put("endColumn", r.end().column() + 1);
    }
}
