package dev.rubric.core.analysis;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.FastPattern;
import java.util.regex.Pattern;

/**
 * Prose that does not commit the design to anything: a question ("Should we expose it as a
 * Prometheus gauge?"), text under a heading for open questions, non-goals, future work or
 * references, or a motivation or background that describes today's situation. A plan's
 * vocabulary found there (a canary, a dashboard) is not the design's plan.
 */
public final class Undecided {
    private static final FastPattern HEADING = FastPattern.compile(
            "\\b(?:(?:open|unresolved|outstanding|remaining) (?:questions?|issues?|items?)|(?<!asked )questions|non-?goals?|out of scope"
                    + "|future (?:work|possibilit\\w*|improvements?|directions?|extensions?|enhancements?))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Sections that describe the situation the design answers: a canary or an alert there is
     * today's world or another system's. Only a unit's own heading counts — documents nest
     * their whole design under "Motivation" too.
     */
    private static final FastPattern SITUATION = FastPattern.compile(
            "\\b(?:motivation|background|problem statement|problems?|prior art)\\b", Pattern.CASE_INSENSITIVE);
    /** A list of references: the whole heading says so ("Link prediction" is a topic). */
    private static final Pattern REFERENCES = Pattern.compile(
            "(?:(?:related |useful |external )?(?:links|references?|issues)|see also|further reading|bibliography)\\s*:?", Pattern.CASE_INSENSITIVE);

    private Undecided() {
    }

    /** Why the unit commits to nothing, for an explanation; null when it may state the design's plan. */
    public static String why(ProseUnit u) {
        if (u.text().strip().endsWith("?")) return "a question, not a plan";
        return why(u.section());
    }

    /** Why what a section holds (prose or code) commits to nothing; null when it may state the design's plan. */
    public static String why(Section section) {
        if (!section.isRoot() && SITUATION.find(section.title())) {
            return "under '" + section.title() + "', which describes the situation, not the plan";
        }
        for (Section s = section; s != null && !s.isRoot(); s = s.parent()) {
            if (HEADING.find(s.title()) || REFERENCES.matcher(s.title().strip()).matches()) {
                return "under '" + s.title() + "', not the design's plan";
            }
        }
        return null;
    }
}
