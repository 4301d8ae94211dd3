package dev.rubric.core.analysis;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import java.util.regex.Pattern;

/** A table of contents repeats headings as links: it is navigation, not evidence. */
public final class TableOfContents {
    private static final Pattern HEADING = Pattern.compile("(?:table of )?contents|toc|index|outline");

    private TableOfContents() {
    }

    public static boolean isToc(Section s) {
        if (s == null || s.isRoot()) return false;
        String title = s.normalizedTitle();
        // every heading the expression accepts starts with one of these: most fail without a matcher
        return !title.isEmpty() && "ctio".indexOf(title.charAt(0)) >= 0 && HEADING.matcher(title).matches();
    }

    public static boolean contains(ProseUnit u) {
        return isToc(u.section());
    }
}
