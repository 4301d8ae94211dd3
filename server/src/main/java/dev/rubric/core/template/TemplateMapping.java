package dev.rubric.core.template;

import dev.rubric.core.model.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which sections of a document fill which blocks of a template. */
public final class TemplateMapping {
    private final Template template;
    private final String detection;
    private final Map<Section, SectionMapping> bySection;
    private final Map<Block, List<Section>> byBlock = new LinkedHashMap<>();
    /**
     * The same lists by the template's own block objects, which is how the rules ask: a block is
     * a record, and its hash (of every field, synonyms and checklist included) is computed anew
     * on every look-up by value.
     */
    private final Map<Block, List<Section>> byTemplateBlock = new IdentityHashMap<>();

    TemplateMapping(Template template, String detection, Map<Section, SectionMapping> bySection) {
        this.template = template;
        this.detection = detection;
        this.bySection = Collections.unmodifiableMap(bySection);
        for (Block b : template.blocks()) byBlock.put(b, new ArrayList<>());
        for (SectionMapping m : bySection.values()) {
            if (m.mapped() && m.source() != SectionMapping.Source.PARENT) byBlock.get(m.block()).add(m.section());
        }
        for (Block b : template.blocks()) byTemplateBlock.put(b, byBlock.get(b));
    }

    public Template template() {
        return template;
    }

    /** How the template was chosen: "front matter", "config", "auto: 7/11 blocks by heading", ... */
    public String detection() {
        return detection;
    }

    public SectionMapping of(Section section) {
        SectionMapping m = bySection.get(section);
        return m != null ? m : new SectionMapping(section, null, SectionMapping.Source.NONE);
    }

    /** The block a section fills, directly or through an enclosing section. */
    public Optional<Block> blockOf(Section section) {
        return Optional.ofNullable(of(section).block());
    }

    /** Sections that fill the block by their own heading or content (not by inheritance). */
    public List<Section> sectionsOf(Block block) {
        List<Section> sections = byTemplateBlock.get(block);
        return sections != null ? sections : byBlock.getOrDefault(block, List.of());
    }

    public boolean isPresent(Block block) {
        return !sectionsOf(block).isEmpty();
    }

    public List<Block> presentBlocks() {
        return template.blocks().stream().filter(this::isPresent).toList();
    }

    public List<Block> missingRequiredBlocks() {
        return template.blocks().stream().filter(b -> b.isRequired() && !isPresent(b)).toList();
    }
}
