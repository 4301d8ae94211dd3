package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.Placeholders;
import dev.rubric.core.analysis.TableOfContents;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.model.Words;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document says why it exists — who has what problem — before it says what to build.
 * Satisfied by a written motivation / problem / background section, or by an opening (or
 * an objective / summary section) that states a problem, a need or a pain.
 */
public final class ProblemFraming extends ConcernRule {
    /** Headings whose sections are about the why by definition. */
    private static final FastPattern WHY_HEADING = FastPattern.compile(
            "\\b(?:motivation|motivations|background|problem|problems|problem statement|problem definition|problem framing|context"
                    + "|why|rationale|pain points?|user stories|use ?cases?|business objectives?|challenges?|the case for"
                    + "|status quo|current (?:state|situation)|value proposition|business case)\\b");
    /** Headings that may carry the why, when their prose states a problem. */
    private static final FastPattern OPENING_HEADING = FastPattern.compile(
            "\\b(?:summary|abstract|overview|introduction|objectives?|goals?|goals nongoals|tl dr|tldr|purpose|scope|requirements)\\b");
    /** Language that states a problem, a need or a pain rather than a feature. */
    private static final FastPattern PROBLEM_LANGUAGE = FastPattern.compile(
            // a problem named as such
            "\\b(?:problems?|(?:the|this|that|an|main|key|major|common|known|core) issues?|issues? (?:with|arise|when|of)|challenges?|pain(?:ful| points?)?|bottlenecks?|limitations?|gaps?|incidents?|outages?|complaints?"
                    // something cannot be done, or is done badly
                    + "|cannot|can't|can not|unable|impossible|no (?:way|support|supported|mechanism|standard|easy|simple|good|central|single)"
                    + "|(?:doesn't|does not|don't|do not|isn't|is not|aren't|are not|won't|will not) (?:support|scale|work|allow|provide|exist|handle|keep up|expose)"
                    + "|not (?:possible|supported|scalable|safe|ideal|acceptable|enough|sufficient|sustainable)"
                    + "|too (?:slow|costly|expensive|many|much|hard|complex|large|big)|slow(?:er|ly|s|down)?|expensive|costly|lacks?|lacking|missing"
                    + "|difficult|hard to|fragmented|vulnerable|unsafe|insecure|overload\\w*|fails?|failures?|broken|inefficien\\w*|struggl\\w*"
                    + "|error-prone|unreliable|stale|bottlenecked|wasted?|manual(?:ly)?"
                    // a need or a goal worth money or users
                    + "|motivat\\w*|requested|demand|need(?:s|ed)? (?:to|for|a|an)|users? (?:ask|asked|request|want)\\w*"
                    + "|increase|improve|reduce|maximi[sz]e|minimi[sz]e|engagement|revenue|mission[- ]critical)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A requirement written as a label and a figure ("Manual review capacity: ~1000
     * accounts/day"): a spec line, whatever its words, not a statement of a problem.
     */
    private static final Pattern SPEC_LINE = Pattern.compile("[^:.!?]{1,60}:\\s*[~≈<>≤≥]?\\s*\\d[^.!?]{0,60}");
    private static final int MIN_WORDS = 12;
    private static final int OPENING_UNITS = 8;

    @Override
    public String id() {
        return "problem-framing";
    }

    @Override
    public String description() {
        return "The document states the problem — who is hurt and why — before the solution.";
    }

    @Override
    protected String missingMessage() {
        return "No problem framing: the document never says who has what problem and why it matters. Open with a"
                + " 'Motivation' or 'Problem' section, e.g. \"Feed ranking is stale for 6 h after upload, so new posts get"
                + " 40% fewer views; we want fresh posts ranked within 5 minutes.\"";
    }

    @Override
    protected String placeholderLine() {
        return "Problem: ___ (who is hurt today, and why it matters)";
    }

    @Override
    protected String placeholderKeyword() {
        return "Problem";
    }

    @Override
    protected void collect(RuleContext ctx, ConcernFinding finding) {
        for (Section s : ctx.document().sections()) {
            if (finding.enough()) return;
            String h = s.normalizedTitle();
            boolean why = WHY_HEADING.find(h);
            boolean opening = !why && OPENING_HEADING.find(h) && !h.startsWith("non");
            // the template's problem block counts like an opening section: its heading may be a
            // generic "Overview" that describes the product rather than a problem
            boolean home = ctx.template().homeOf(id()).map(b -> ctx.mapping().blockOf(s).map(x -> x == b).orElse(false)).orElse(false);
            if (!why && !opening && !home) continue;
            List<ProseUnit> written = writtenUnits(s);
            int words = written.stream().mapToInt(u -> Words.count(u.text())).sum();
            if (written.isEmpty()) {
                finding.reject(new Evidence("heading '" + s.title() + "' with nothing written under it", s.title(), s.title(), s.headingRange()));
                continue;
            }
            if (why && words >= MIN_WORDS) {
                finding.accept(evidence("written '" + s.title() + "' section (" + words + " words)", written.get(0)));
                continue;
            }
            ProseUnit statement = firstProblemStatement(written);
            if (statement != null) finding.accept(evidence("problem stated under '" + s.title() + "'", statement));
            else finding.reject(evidence("'" + s.title() + "' describes the solution, not a problem", written.get(0)));
        }
        if (!finding.satisfied()) {
            List<ProseUnit> opening = openingUnits(ctx);
            ProseUnit statement = firstProblemStatement(opening);
            if (statement != null) finding.accept(evidence("problem stated in the opening", statement));
        }
    }

    private static List<ProseUnit> writtenUnits(Section s) {
        List<ProseUnit> written = new ArrayList<>();
        for (ProseUnit u : s.allUnits()) {
            if (readable(u) && !Placeholders.isPlaceholder(u)) written.add(u);
        }
        return written;
    }

    /** The prose before the first structural heading, plus the first section's own prose. */
    private static List<ProseUnit> openingUnits(RuleContext ctx) {
        Section title = ctx.document().titleSection();
        Section first = null;
        for (Section s : ctx.document().topSections()) {
            if (!TableOfContents.isToc(s)) {
                first = s;
                break;
            }
        }
        List<ProseUnit> units = new ArrayList<>();
        for (ProseUnit u : ctx.document().units()) {
            boolean preamble = u.section().isRoot() || u.section() == title;
            if (!preamble && u.section() != first) {
                // the opening is over once prose appears past the first structural section
                if (first != null && u.startOffset() >= first.range().endOffset()) break;
                continue;
            }
            if (u.cell() == null && readable(u)) units.add(u);
            if (units.size() >= OPENING_UNITS) break;
        }
        return units;
    }

    private static ProseUnit firstProblemStatement(List<ProseUnit> units) {
        int seen = 0;
        for (ProseUnit u : units) {
            if (seen++ >= OPENING_UNITS * 2) break;
            if (Words.count(u.text()) >= 5 && !SPEC_LINE.matcher(u.normalized()).matches() && PROBLEM_LANGUAGE.find(u.lower())) return u;
        }
        return null;
    }
}
