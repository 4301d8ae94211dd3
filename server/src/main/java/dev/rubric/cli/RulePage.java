package dev.rubric.cli;

import dev.rubric.core.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what reports quote from a rule's documentation page (Markdown under docs/rules). */
final class RulePage {
    private RulePage() {
    }

    /**
     * The first paragraph of prose after the page's title, joined into one line: the rule's
     * full description. Empty when the page has no such paragraph.
     */
    static Optional<String> summary(String markdown) {
        List<String> paragraph = new ArrayList<>();
        boolean inFence = false;
        String[] lines = Lines.of(markdown);
        int first = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) { // front matter is metadata, not prose
            first = 1;
            while (first < lines.length && !lines[first].strip().equals("---")) first++;
            first++;
        }
        for (int i = first; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
                if (!paragraph.isEmpty()) break;
                continue;
            }
            if (inFence) continue;
            boolean structural = line.startsWith("#") || line.startsWith("---") || line.startsWith("<!--")
                    || line.startsWith("|") || line.startsWith(">");
            if (line.isEmpty() || structural) {
                if (!paragraph.isEmpty()) break;
                continue;
            }
            paragraph.add(line);
        }
        return paragraph.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", paragraph));
    }
}
