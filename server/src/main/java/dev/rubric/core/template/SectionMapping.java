package dev.rubric.core.template;

import dev.rubric.core.model.Section;

/**
 * How a section relates to a template block: named by its heading, recognised from its
 * content, or inherited from the enclosing section.
 */
public record SectionMapping(Section section, Block block, Source source) {
    public enum Source { HEADING, CONTENT, PARENT, NONE }

    public boolean mapped() {
        return block != null;
    }
}
