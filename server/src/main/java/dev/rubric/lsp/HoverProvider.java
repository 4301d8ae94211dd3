package dev.rubric.lsp;

import dev.rubric.cli.RuleDocs;
import dev.rubric.core.LintResult;
import dev.rubric.core.analysis.BlockChecklist;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityDescription;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.SectionMapping;
import dev.rubric.core.template.TemplateMapping;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Hover text. On a heading: the block it fills and the block's reviewer checklist, each item
 * marked as shown or lacking in this section. On a figure: its value in base units. On a finding: the rule, the message, and the
 * rule's explanation with the evidence it accepted and rejected.
 */
final class HoverProvider {
    /** Evidence lists are for reading, not scrolling. */
    private static final int MAX_EVIDENCE = 5;

    private final Analyzer analyzer;
    private final RuleRegistry rules;

    HoverProvider(Analyzer analyzer, RuleRegistry rules) {
        this.analyzer = analyzer;
        this.rules = rules;
    }

    Hover hover(String uri, Position position, PositionEncoding encoding, boolean markdown, CancelChecker cancel) {
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return null;
        LintResult result = analysis.result();
        DesignDocument doc = result.document();
        Coordinates coordinates = new Coordinates(doc.lines(), encoding);
        int offset = coordinates.offset(position);

        List<String> parts = new ArrayList<>();
        dev.rubric.core.text.Range hovered = null;
        for (Section s : doc.sections()) {
            if (Coordinates.touches(s.headingRange(), offset)) {
                parts.add(heading(s, result, doc));
                hovered = s.headingRange();
            }
        }
        dev.rubric.core.text.Range figure = figureAt(result, offset, parts);
        if (hovered == null) hovered = figure;
        for (dev.rubric.core.rule.Diagnostic finding : result.diagnostics()) {
            if (!Coordinates.touches(finding.range(), offset)) continue;
            parts.add(finding(finding, result.explanations().get(finding.rule())));
            if (hovered == null) hovered = finding.range();
        }
        if (parts.isEmpty()) return null;
        String text = String.join("\n\n---\n\n", parts);
        // plain-text clients show markup literally: drop the emphasis and code marks, keep the words
        if (!markdown) text = text.replace("**", "").replace("`", "");
        Hover hover = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text));
        hover.setRange(coordinates.range(hovered));
        return hover;
    }

    /** The figure under the cursor, as the core's quantity parser reads it; adds its description. */
    private static dev.rubric.core.text.Range figureAt(LintResult result, int offset, List<String> parts) {
        for (ProseUnit u : result.document().units()) {
            if (offset < u.startOffset() || offset > u.range().endOffset()) continue;
            for (Quantity q : result.analysis().quantities(u)) {
                int start = u.startOffset() + q.start();
                int end = u.startOffset() + q.end();
                if (offset >= start && offset <= end) {
                    parts.add(QuantityDescription.describe(q));
                    return result.document().range(start, end);
                }
            }
        }
        return null;
    }

    private static String heading(Section s, LintResult result, DesignDocument doc) {
        TemplateMapping mapping = result.mapping();
        String template = mapping.template().id();
        if (s == doc.titleSection()) {
            StringBuilder text = new StringBuilder("**" + s.title() + "** · template `" + template + "` (" + mapping.detection() + ")\n\n");
            text.append(BlockLabels.coverage(result)).append("\n");
            for (Block b : mapping.template().blocks()) {
                text.append("\n- ").append(mapping.isPresent(b) ? "✓ " : b.isRequired() ? "✗ " : "○ ").append(b.title());
                if (!b.isRequired()) text.append(" (optional)");
            }
            return text.toString();
        }
        SectionMapping m = mapping.of(s);
        if (!m.mapped()) {
            List<String> missing = mapping.missingRequiredBlocks().stream().map(Block::title).toList();
            return "**" + s.title() + "** fills no block of `" + template + "`."
                    + (missing.isEmpty() ? "" : "\n\nBlocks still missing: " + String.join(", ", missing) + ".");
        }
        Block block = m.block();
        StringBuilder text = new StringBuilder("**" + s.title() + "** → block **" + block.title() + "** of `" + template + "`");
        if (m.source() == SectionMapping.Source.CONTENT) text.append(" (recognised by its content)");
        if (m.source() == SectionMapping.Source.PARENT) text.append(" (as part of the section above)");
        if (block.checklist().isEmpty()) return text.append("\n\nThis block has no reviewer checklist.").toString();
        text.append("\n\nWhat reviewers expect here:\n");
        for (BlockChecklist.Item item : BlockChecklist.review(block, s)) {
            text.append("\n- ").append(item.shown() ? "✓ " : "✗ ").append(item.text());
            if (!item.shown()) text.append(" — not found in this section");
        }
        return text.toString();
    }

    private String finding(dev.rubric.core.rule.Diagnostic finding, Explanation explanation) {
        StringBuilder text = new StringBuilder("**" + finding.rule() + "** (" + finding.severity().id() + "): " + finding.message());
        if (explanation != null) {
            text.append("\n\n**Why:** ").append(explanation.satisfied() ? "satisfied — " : "not satisfied — ").append(explanation.summary());
            evidence(text, "Evidence considered", explanation.evidence());
            evidence(text, "Considered and rejected", explanation.rejected());
        }
        rules.get(finding.rule()).map(Rule::description).ifPresent(d -> text.append("\n\n").append(d));
        text.append("\n\n[Rule documentation](").append(RuleDocs.uri(finding.rule())).append(")");
        return text.toString();
    }

    private static void evidence(StringBuilder text, String heading, List<Evidence> evidence) {
        if (evidence.isEmpty()) return;
        text.append("\n\n").append(heading).append(":\n");
        for (Evidence e : evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))) {
            text.append("\n- ");
            if (e.range() != null) text.append("line ").append(e.range().start().line() + 1).append(", ");
            text.append(e.section()).append(": ").append(e.what());
            if (e.excerpt() != null && !e.excerpt().isBlank()) text.append(" — “").append(e.excerpt().strip()).append("”");
        }
        if (evidence.size() > MAX_EVIDENCE) text.append("\n- … and ").append(evidence.size() - MAX_EVIDENCE).append(" more");
    }
}
