package dev.rubric.core.readiness;

import dev.rubric.core.LintResult;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.TemplateMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one template block is covered by a document: the sections that fill it, how many words
 * they hold (depth, for spotting one giant block beside thin ones) and how many findings point
 * into it.
 *
 * @param sections headings of the sections that fill the block by their own heading or content
 * @param words    words of prose under the block, subsections that inherit it included
 * @param findings findings whose location falls inside the block
 */
public record BlockCoverage(Block block, List<String> sections, int words, int findings) {
    public BlockCoverage {
        sections = List.copyOf(sections);
    }

    public boolean present() {
        return !sections.isEmpty();
    }

    /** A required block with no section: what costs coverage points. */
    public boolean missingRequired() {
        return !present() && block.isRequired();
    }

    /** Every block of the document's template, in template order. */
    public static List<BlockCoverage> of(LintResult result) {
        TemplateMapping mapping = result.mapping();
        List<Section> sections = result.document().sections();
        List<BlockCoverage> coverage = new ArrayList<>();
        for (Block block : mapping.template().blocks()) {
            int words = 0;
            for (Section s : sections) {
                if (isIn(mapping.blockOf(s), block)) words += s.ownWords();
            }
            int findings = 0;
            for (Diagnostic d : result.diagnostics()) {
                Section at = result.document().sectionAt(d.range().startOffset());
                if (isIn(mapping.blockOf(at), block)) findings++;
            }
            List<String> titles = mapping.sectionsOf(block).stream().map(Section::title).toList();
            coverage.add(new BlockCoverage(block, titles, words, findings));
        }
        return coverage;
    }

    private static boolean isIn(Optional<Block> sectionBlock, Block block) {
        return sectionBlock.isPresent() && sectionBlock.get().id().equals(block.id());
    }
}
