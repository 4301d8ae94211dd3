package dev.rubric.core.analysis;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import java.util.Set;

/** A table of contents repeats headings as links: it is navigation, not evidence. */
public final class TableOfContents {
    /** The headings, normalised, of a table of contents. */
    private static final Set<String> HEADINGS = Set.of("table of contents", "contents", "toc", "index", "outline");

    private TableOfContents() {
    }

    public static boolean isToc(Section s) {
        if (s == null || s.isRoot()) return false;
        return HEADINGS.contains(s.normalizedTitle());
    }

    public static boolean contains(ProseUnit u) {
        return isToc(u.section());
    }
}
