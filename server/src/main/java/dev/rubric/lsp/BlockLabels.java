package dev.rubric.lsp;

import dev.rubric.core.LintResult;
import dev.rubric.core.model.Section;
import dev.rubric.core.readiness.Readiness;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.SectionMapping;
import dev.rubric.core.template.TemplateMapping;
import java.util.List;
import java.util.stream.Collectors;

/** How the outline, the lens and hovers name the template blocks a document fills. */
final class BlockLabels {
    private BlockLabels() {
    }

    /** "→ Scaling Strategy", or why a heading fills no block. */
    static String sectionDetail(TemplateMapping mapping, Section section, Section title) {
        if (section == title) return "template: " + mapping.template().id();
        SectionMapping m = mapping.of(section);
        if (!m.mapped()) return "no template block";
        return switch (m.source()) {
            case HEADING -> "→ " + m.block().title();
            case CONTENT -> "→ " + m.block().title() + " (by content)";
            case PARENT -> "→ " + m.block().title() + " (part of)";
            case NONE -> "no template block";
        };
    }

    /** "ml-system-design · 6/9 blocks · readiness 62/100 · missing: Monitoring, Rollout and rollback". */
    static String coverage(LintResult result) {
        TemplateMapping mapping = result.mapping();
        List<Block> required = mapping.template().blocks().stream().filter(Block::isRequired).toList();
        long present = required.stream().filter(mapping::isPresent).count();
        List<Block> missing = mapping.missingRequiredBlocks();
        String summary = mapping.template().id() + " · " + present + "/" + required.size() + " blocks"
                + " · readiness " + Readiness.of(result).score() + "/100";
        if (missing.isEmpty()) return summary + " · complete";
        return summary + " · missing: " + missing.stream().map(Block::title).collect(Collectors.joining(", "));
    }
}
