package dev.rubric.core.analysis;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.template.Block;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which items of a block's reviewer checklist a section appears to cover. A checklist item is
 * prose ("A rollback trigger and how long rollback takes"), so this is a reading aid, not a
 * check: an item counts as shown when the section's written prose (placeholders and skeleton
 * blanks left out) uses at least half of the item's content words, compared by their stems.
 * The language server shows the result on hover; no rule depends on it.
 */
public final class BlockChecklist {
    /** Words too common in checklist phrasing to say anything about coverage. */
    private static final Set<String> FILLER = Set.of(
            "with", "what", "that", "this", "they", "them", "their", "there", "which", "where", "when", "whom",
            "from", "into", "onto", "each", "every", "some", "more", "most", "than", "then", "also", "only",
            "before", "after", "about", "does", "done", "have", "will", "would", "should", "could", "being",
            "long", "takes", "whether", "used", "uses", "using", "obtained", "maps", "full", "over", "under",
            "against", "chosen", "other", "others", "these", "those", "line", "lines", "were", "like");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final int STEM_LENGTH = 5;

    /** One checklist item and whether the section shows it. */
    public record Item(String text, boolean shown) {
    }

    private BlockChecklist() {
    }

    /** The block's checklist, each item marked as shown or lacking in the section and its subsections. */
    public static List<Item> review(Block block, Section section) {
        Set<String> present = stems(writtenText(section));
        List<Item> items = new ArrayList<>();
        for (String item : block.checklist()) {
            Set<String> wanted = stems(item);
            long found = wanted.stream().filter(present::contains).count();
            boolean shown = !wanted.isEmpty() && found * 2 >= wanted.size();
            items.add(new Item(item, shown));
        }
        return items;
    }

    /** Prose the author wrote under the section, with subsection headings (a "### Alerts" heading shows alerting). */
    private static String writtenText(Section section) {
        StringBuilder text = new StringBuilder();
        for (Section s : section.selfAndDescendants()) {
            if (s != section) text.append(s.title()).append(' ');
        }
        for (ProseUnit u : section.allUnits()) {
            if (Placeholders.isPlaceholder(u) || Placeholders.hasBlank(u)) continue;
            text.append(u.text()).append(' ');
        }
        return text.toString();
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (word.length() < 3 || FILLER.contains(word)) continue;
            if (word.length() == 3 && !word.equals("qps") && !word.equals("p99") && !word.equals("slo")) continue;
            stems.add(word.length() <= STEM_LENGTH ? stripPlural(word) : word.substring(0, STEM_LENGTH));
        }
        return stems;
    }

    private static String stripPlural(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
