package dev.rubric.core.analysis;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text that stands in for content: "TBD", "N/A", "<fill in>", "___". A section made only of
 * these has not been written yet, whatever its heading promises.
 */
public final class Placeholders {
    /** The blank Rubric's own skeletons leave for the author to fill. */
    public static final String BLANK = "___";

    private static final Pattern PLACEHOLDER_ONLY = Pattern.compile(
            "^[\\s*_>\\-•:.]*(?:tbd|tbc|tba|todo|to ?do|fixme|n/?a|none|nil|null|pending|coming soon|to be (?:determined|decided|defined|written|added|done)"
                    + "|<[^>]{0,40}>|\\[[^\\]]{0,40}]|\\.\\.\\.|…|\\?+|-+|_+|placeholder|fill (?:this )?in|work in progress|wip)"
                    + "(?:[\\s.:;,!)(-]+.{0,60})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_REASON_NA = Pattern.compile("^\\W*(?:n/?a|none|not applicable)\\b.{0,80}$", Pattern.CASE_INSENSITIVE);

    private Placeholders() {
    }

    /** The unit says nothing but a placeholder (optionally with a short aside: "N/A, not needed"). */
    public static boolean isPlaceholder(ProseUnit unit) {
        String t = unit.normalized();
        if (t.isEmpty()) return true;
        return PLACEHOLDER_ONLY.matcher(t).matches() || SHORT_REASON_NA.matcher(t).matches();
    }

    /** The unit still carries a blank of a Rubric skeleton. */
    public static boolean hasBlank(ProseUnit unit) {
        return unit.text().contains(BLANK);
    }

    /** Every prose unit of the section tree is a placeholder (and there is no code or table). */
    public static boolean isUnwritten(Section section) {
        List<ProseUnit> units = section.allUnits();
        for (ProseUnit u : units) {
            if (!isPlaceholder(u) && !hasBlank(u)) return false;
        }
        for (Section s : section.selfAndDescendants()) {
            if (!s.ownCode().isEmpty() || s.ownMedia() > 0) return false;
        }
        return true;
    }

    public static String describe(Section section) {
        List<ProseUnit> units = section.allUnits();
        if (units.isEmpty()) return "is empty";
        String first = units.get(0).normalized();
        if (units.size() == 1 && first.length() <= 40) return "says only \"" + first + "\"";
        return "holds only placeholders";
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
