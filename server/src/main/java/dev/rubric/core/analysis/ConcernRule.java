package dev.rubric.core.analysis;

import dev.rubric.core.fix.Fix;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.Block;
import dev.rubric.core.text.Range;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A document-level check that a concern (a latency budget, monitoring, ...) is addressed
 * somewhere. Subclasses find the evidence; this class reports absence once, at the heading
 * of the block where the concern belongs (or the title), with a fix that adds the missing
 * piece, and records the explanation shown by {@code --explain} and hover.
 */
public abstract class ConcernRule implements Rule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /**
     * Collects evidence from the document into the finding. Searches check {@link
     * ConcernFinding#enough()} between candidates and stop when it says so.
     */
    protected abstract void collect(RuleContext ctx, ConcernFinding finding);

    /**
     * Reports what a satisfied concern still has to say (per-sentence nits), from the lint's
     * first-only finding: its search must have gone on for whatever this reads.
     */
    protected void satisfied(RuleContext ctx, ConcernFinding finding) {
    }

    /** The concrete message when nothing was found: what is missing and an example. */
    protected abstract String missingMessage();

    /** A one-line scaffold with a blank, appended to the concern's block. */
    protected abstract String placeholderLine();

    /** Words that identify a filled-in-later scaffold line as this concern's. */
    protected abstract String placeholderKeyword();

    @Override
    public final void check(RuleContext ctx) {
        ConcernFinding finding = ConcernFinding.firstOnly();
        collect(ctx, finding);
        if (finding.satisfied()) {
            satisfied(ctx, finding);
            // the lint stopped at the first evidence; what --explain and hover list is searched
            // for only if one of them asks
            ctx.explainLater(() -> {
                ConcernFinding all = ConcernFinding.complete();
                collect(ctx, all);
                return new Explanation(id(), true, "satisfied by " + all.accepted().size() + " piece(s) of evidence",
                        all.accepted(), all.rejected());
            });
            return;
        }
        Optional<ProseUnit> pending = pendingScaffold(ctx);
        if (pending.isPresent()) {
            // a scaffold is waiting to be filled: empty-section reports the blank itself
            ctx.explain(new Explanation(id(), true, "only a scaffold so far, at line " + (pending.get().range().start().line() + 1)
                    + " (reported by empty-section until filled in)", List.of(), finding.rejected()));
            return;
        }
        Optional<Block> home = ctx.template().homeOf(id());
        Optional<Section> homeSection = home.flatMap(b -> ctx.mapping().sectionsOf(b).stream().findFirst());
        Range where = homeSection.map(Section::headingRange).orElse(ctx.document().anchorRange());
        Fix fix = homeSection.isPresent()
                ? ctx.fixes().appendToSection(homeSection.get(), "Add a " + placeholderKeyword() + " line to '" + homeSection.get().title() + "'",
                        placeholderLine())
                : home.map(b -> ctx.fixes().insertBlock(b))
                        .orElseGet(() -> ctx.fixes().appendToSection(ctx.document().root(), "Add a " + placeholderKeyword() + " line", placeholderLine()));
        ctx.report(where, missingMessage(), fix, ctx.fixes().suppressFile(id()));
        String why = finding.rejected().isEmpty() ? "no evidence found" : "no evidence found; candidates rejected: " + finding.rejected().size();
        ctx.explain(new Explanation(id(), false, why, List.of(), finding.rejected()));
    }

    private Optional<ProseUnit> pendingScaffold(RuleContext ctx) {
        Optional<Block> home = ctx.template().homeOf(id());
        String keyword = placeholderKeyword().toLowerCase(Locale.ROOT);
        for (ProseUnit u : ctx.document().units()) {
            if (!Placeholders.hasBlank(u)) continue;
            boolean inHome = home.isPresent() && ctx.mapping().blockOf(u.section()).map(b -> b == home.get()).orElse(false);
            if (inHome || u.lower().contains(keyword)) return Optional.of(u);
        }
        return Optional.empty();
    }

    /** Evidence for a unit, as the explanation shows it. */
    protected static Evidence evidence(String what, ProseUnit u) {
        return new Evidence(what, UnitContext.excerpt(u), u.section().isRoot() ? "(preamble)" : u.section().title(), u.range());
    }

    /**
     * Accepts evidence of a plan unless its unit commits the design to nothing ({@link
     * Undecided}: a question, open questions, non-goals, future work); then it is a rejected
     * candidate and the search goes on.
     */
    protected static void acceptIfDecided(ConcernFinding finding, String what, ProseUnit u) {
        String undecided = Undecided.why(u);
        if (undecided == null) {
            finding.accept(evidence(what, u));
        } else {
            finding.reject(evidence(what + ": " + undecided, u));
        }
    }

    /** Units worth reading, decided once per lint for all rules ({@link DocumentAnalysis#readable}). */
    protected static boolean readable(RuleContext ctx, ProseUnit u) {
        return ctx.analysis().readable(u);
    }

    /** Units worth reading: not placeholders, not scaffold blanks, not a table of contents. */
    protected static boolean readable(ProseUnit u) {
        return !Placeholders.isPlaceholder(u) && !Placeholders.hasBlank(u) && !TableOfContents.contains(u);
    }
}
