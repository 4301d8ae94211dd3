package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * At least one choice is weighed against an alternative or the status quo with numbers:
 * "cuts p99 from 120 ms to 30 ms at +$0.12 per 1M queries", "3× faster", "20% fewer
 * bytes than X". A comparison counts as quantified when a figure supports it in the same
 * sentence, the same table row, or the sentence next to it. In a document that quantifies
 * its trade-offs, each further unquantified comparison is an info-level nit.
 */
public final class QuantifiedTradeoffs extends ConcernRule {
    /** Unquantified claims reported as nits in a document that does quantify its trade-offs: the first few. */
    private static final int NITS = 5;
    /** Words that say one option is more or less of something than another. */
    private static final FastPattern DIRECTIONAL = FastPattern.compile(
            "\\b(?:faster|slower|quicker|cheaper|costlier|smaller|larger|bigger|fewer|less|more|better|worse|higher|lower|shorter|longer"
                    + "|reduc\\w*|improv\\w*|speed-?ups?|slow-?downs?|overheads?|regress\\w*|savings?|saves?|saving|cuts?|increas\\w*|decreas\\w*"
                    + "|gains?|drops?|outperform\\w*|penalty|raises?|lowers?|halves|doubles|triples|shrinks?|grows?|adds?|extra|additional)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that set two options side by side. */
    private static final FastPattern CONTRAST = FastPattern.compile(
            "\\b(?:vs\\.?|versus|compared (?:to|with)|relative to|instead of|rather than|against|than|baseline|alternatives?|at the (?:cost|expense) of|trade-?offs?)\\b|→|->",
            Pattern.CASE_INSENSITIVE);
    /** Words saying a figure is a probability, a split, an example or an estimate, not a difference. */
    private static final FastPattern NOT_A_DIFFERENCE = FastPattern.compile(
            "\\b(?:probability|chance|likelihood|split|of the (?:data|dataset|traffic|samples)|test set|holdout|sampled?"
                    + "|rounds? (?:up|down)|formula|estimat\\w*|for example|e\\.g\\.|example:)\\b", Pattern.CASE_INSENSITIVE);
    /** A table column whose numbers are differences by definition. */
    private static final FastPattern DIFFERENCE_COLUMN = FastPattern.compile(
            "\\b(?:speed-?ups?|improvements?|gains?|reductions?|overheads?|regressions?|delta|change|diff|vs\\.?|ratio|savings?)\\b|Δ",
            Pattern.CASE_INSENSITIVE);
    /** Two plain figures set against each other: "recall 0.31 versus 0.22", "AUC from 0.71 to 0.74". */
    private static final FastPattern BARE_COMPARISON = FastPattern.compile(
            "(?<![\\w.])(\\d+(?:\\.\\d+)?)(?![\\w.]\\d)\\s*(?:versus|vs\\.?|compared (?:to|with)|against|→|->)\\s*(?:\\w+ ){0,2}?(\\d+(?:\\.\\d+)?)(?![\\w.]\\d)"
                    + "|\\bfrom (\\d+(?:\\.\\d+)?) to (\\d+(?:\\.\\d+)?)(?![\\w.]\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words one of which every match of {@link #BARE_COMPARISON} holds, lower-cased. That search
     * begins at every figure of a unit and cost more than the rest of the rule's look at it; a
     * unit holding none of these (most) is not searched.
     */
    private static final String[] BARE_COMPARISON_WORDS = {"versus", "vs", "compared ", "against", "→", "->", "from "};
    private static final Pattern WORD = Pattern.compile("[a-z]{2,}", Pattern.CASE_INSENSITIVE);
    private static final List<Dimension> ABSOLUTE = List.of(Dimension.TIME, Dimension.DATA_SIZE, Dimension.MONEY, Dimension.RATE,
            Dimension.DATA_RATE, Dimension.COUNT, Dimension.PERCENT);
    /** How many following figures each figure is compared with. */
    private static final int PAIR_REACH = 3;
    /** How far (characters) a directional word may sit from the figure it qualifies. */
    private static final int NEAR = 40;
    // compiled once: String.matches compiles its regex on every call, and rules call these per unit
    private static final Pattern FROM_TO_TIGHT = Pattern.compile("(?s)\\s*(?:to|→|->|=>|down to|up to)\\s*.{0,3}");
    private static final Pattern FROM_TO_LOOSE = Pattern.compile("(?s).{0,30}\\b(?:to|→|->)\\s*");
    private static final FastPattern VERB_OF_CHANGE = FastPattern.compile("\\b(?:from|cuts?|reduc\\w*|improv\\w*|rais\\w*|lower\\w*|drops?|goes|went|increas\\w*|decreas\\w*|shrinks?|grows?)");
    /** Ends with a cost or saving word (tested on the text just before a figure). */
    private static final FastPattern COST_BEFORE = FastPattern.compile("(?:\\badds?|\\bsaves?|\\bcosts?|\\bextra|\\badditional|\\boverhead of|at the (?:cost|expense) of|\\bby|\\+|−)\\s*[~≈]?\\s*\\z");
    private static final Pattern SAVING_AFTER = Pattern.compile("(?s)^\\s*(?:a month |a year |per \\w+ )?(?:more|less|faster|slower|cheaper|longer|shorter|extra)\\b.*");
    private static final Pattern DIFFERENCE_VALUE = Pattern.compile("[~≈+\\-−]?\\s*\\d[\\d,.]*\\s*[x×%]?");
    private static final Pattern MULTIPLICITY_AFTER = Pattern.compile("(?s)^\\s*(?:\\d|[a-z]\\d|(?:cpu|gpu|tpu|core|machine|node|host|server|instance|worker|replica|disk|nvme|ssd)s?\\b).*");
    private static final FastPattern CLAIM_OF_TRADEOFF = FastPattern.compile("\\b(?:faster|slower|cheaper|better|worse|at the cost of|instead of|trade-?off|more expensive|less expensive)\\b");

    @Override
    public String id() {
        return "quantified-tradeoffs";
    }

    @Override
    public String description() {
        return "Trade-offs against alternatives or the status quo carry numbers.";
    }

    @Override
    protected String missingMessage() {
        return "No quantified trade-off: compare the choice with an alternative using figures, e.g. \"sharding cuts p99 from"
                + " 120 ms to 30 ms at +$0.12 per 1M queries\" or \"2× storage for +15% recall\". Pros and cons without numbers do not count.";
    }

    @Override
    protected String placeholderLine() {
        return "- Trade-off: ___ instead of ___ cuts ___ from ___ to ___ at the cost of ___";
    }

    @Override
    protected String placeholderKeyword() {
        return "Trade-off";
    }

    @Override
    protected void collect(RuleContext ctx, ConcernFinding finding) {
        List<ProseUnit> units = ctx.document().units();
        Comparisons comparisons = new Comparisons(ctx, units.size());
        for (int i = 0; i < units.size(); i++) {
            ProseUnit u = units.get(i);
            if (!readable(ctx, u)) continue;
            String text = u.lower();
            if (finding.enough()) {
                // satisfied: what is left to find are the first unquantified claims, for the nits
                if (finding.rejected().size() >= NITS) return;
                if (!isClaimOfTradeoff(text)) continue;
            }
            String why = comparisons.of(u, text);
            if (why == null && u.cell() == null && (DIRECTIONAL.find(text) || CONTRAST.find(text))) {
                why = relativeFigureNextDoor(ctx, comparisons, units, i);
            }
            if (why != null) {
                finding.accept(evidence(why, u));
            } else if (isClaimOfTradeoff(text)) {
                finding.reject(evidence("comparison with no figure", u));
            }
        }
    }

    /**
     * Why a unit's own figures quantify a comparison, or null: a ratio ("3× faster"), a
     * percentage next to a direction ("~5% lower"), two figures of one kind set against each
     * other ("from 120 ms to 30 ms", "2–4 ms against 0.2 ms"), an absolute amount that is a
     * cost or a saving ("adds 2 ms", "$2,300 a month more"), or a number in a table column
     * that holds differences ("Speedup").
     */
    private static String quantifiedComparison(RuleContext ctx, ProseUnit u, String text) {
        if (NOT_A_DIFFERENCE.find(text)) return null;
        List<Quantity> qs = ctx.analysis().quantities(u);
        boolean pipeline = arrows(text) >= 2;
        for (Quantity q : qs) {
            if (illustrative(text, q)) continue;
            String near = around(text, q, NEAR);
            if (q.dimension() == Dimension.RATIO && isMultiplicity(text, q)) continue;
            if (q.dimension() == Dimension.RATIO && (DIRECTIONAL.find(near) || CONTRAST.find(text))) {
                return "ratio " + q.text().trim() + " in a comparison";
            }
            if (q.dimension() == Dimension.PERCENT && DIRECTIONAL.find(near)) {
                return "difference of " + q.text().trim();
            }
        }
        // figures set against each other sit close together: compare each with the next few
        // only, so a sentence of thousands of figures stays linear
        for (int a = 0; a < qs.size(); a++) {
            for (int b = a + 1; b < Math.min(qs.size(), a + 1 + PAIR_REACH); b++) {
                Quantity x = qs.get(a);
                Quantity y = qs.get(b);
                if (x.dimension() != y.dimension() || !ABSOLUTE.contains(x.dimension())) continue;
                if (illustrative(text, x) || illustrative(text, y)) continue;
                String between = text.substring(Math.min(x.end(), text.length()), Math.max(Math.min(y.start(), text.length()), Math.min(x.end(), text.length())));
                // "100k items -> stage 2 (DNN) -> 500 items": words between figures in a chain of arrows
                // name the stages of a pipeline; "59.5% → 71.5%, 48.3% → 63.2%" is before and after
                if (pipeline && (between.contains("→") || between.contains("->")) && WORD.matcher(between).find()) continue;
                boolean fromTo = FROM_TO_TIGHT.matcher(between).matches() || FROM_TO_LOOSE.matcher(between).matches();
                if (fromTo && VERB_OF_CHANGE.find(text.substring(Math.max(0, x.start() - 30), x.start()))
                        || fromTo && (between.contains("→") || between.contains("->"))
                        || CONTRAST.find(between)) {
                    return x.text().trim() + " set against " + y.text().trim();
                }
            }
        }
        for (Quantity q : qs) {
            if (!ABSOLUTE.contains(q.dimension()) || q.dimension() == Dimension.COUNT) continue;
            String before = text.substring(Math.max(0, q.start() - 25), q.start());
            String after = text.substring(Math.min(text.length(), q.end()), Math.min(text.length(), q.end() + 25));
            if (COST_BEFORE.find(before)
                    && (DIRECTIONAL.find(text) || CONTRAST.find(text))
                    || SAVING_AFTER.matcher(after).matches()) {
                return "cost or saving of " + q.text().trim();
            }
        }
        for (MatchResult bare : mayCompareBareFigures(text) ? BARE_COMPARISON.all(text) : List.<MatchResult>of()) {
            // "from 0.71 to 0.74" compares only after a verb of change ("AUC improves from ..."),
            // not in "the counter goes from 0 to 1" or "transitions from 0 to 1"
            boolean fromTo = bare.group(3) != null;
            if (pipeline && (bare.group().contains("→") || bare.group().contains("->")) && WORD.matcher(bare.group()).find()) continue;
            String before = text.substring(Math.max(0, bare.start() - 40), bare.start());
            if (!fromTo || DIRECTIONAL.find(before)) return "figures set against each other: " + bare.group().trim();
        }
        if (u.cell() != null && !u.cell().header() && DIFFERENCE_COLUMN.find(u.cell().columnHeader())
                && DIFFERENCE_VALUE.matcher(u.normalized()).matches()) {
            return "'" + u.normalized() + "' in a '" + u.cell().columnHeader() + "' column";
        }
        return null;
    }

    /**
     * The sentence before or after, in the same paragraph or list item, quantifies a
     * comparison or carries a ratio or a directed percentage: "We chose GBDT instead of a
     * DNN. It trains in 20 minutes rather than 6 hours."
     */
    private static String relativeFigureNextDoor(RuleContext ctx, Comparisons comparisons, List<ProseUnit> units, int i) {
        ProseUnit u = units.get(i);
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= units.size()) continue;
            ProseUnit n = units.get(j);
            if (n.block() != u.block()) continue;
            String text = n.lower();
            if (NOT_A_DIFFERENCE.find(text)) continue;
            String quantified = comparisons.of(n, text);
            if (quantified != null) return quantified + " in the next sentence";
            for (Quantity q : ctx.analysis().quantities(n)) {
                if (q.dimension() == Dimension.RATIO || q.dimension() == Dimension.PERCENT && DIRECTIONAL.find(around(text, q, NEAR))) {
                    return "comparison quantified by " + q.text().trim() + " in the next sentence";
                }
            }
        }
        return null;
    }

    /**
     * {@link #quantifiedComparison} per unit, computed at most once per lint: a unit is asked
     * about for itself and again as the neighbour of the sentences before and after it.
     */
    private static final class Comparisons {
        private static final String NONE = new String("none");
        private final RuleContext ctx;
        private final String[] results;

        Comparisons(RuleContext ctx, int units) {
            this.ctx = ctx;
            this.results = new String[units];
        }

        /** @param text the unit's text lower-cased (Locale.ROOT), as every caller has it at hand */
        String of(ProseUnit u, String text) {
            String r = results[u.index()];
            if (r == null) {
                r = quantifiedComparison(ctx, u, text);
                results[u.index()] = r == null ? NONE : r;
                return r;
            }
            return r == NONE ? null : r;
        }
    }

    /** Whether the lower-cased text may hold a match of {@link #BARE_COMPARISON}: false when it holds none of its words. */
    private static boolean mayCompareBareFigures(String lower) {
        for (String word : BARE_COMPARISON_WORDS) {
            if (lower.contains(word)) return true;
        }
        return false;
    }

    /** "8x 16-core machines", "4× A100": a count of hardware written with ×, not a ratio between options. */
    private static boolean isMultiplicity(String text, Quantity q) {
        String after = text.substring(Math.min(q.end(), text.length()), Math.min(text.length(), q.end() + 24));
        return MULTIPLICITY_AFTER.matcher(after).matches();
    }

    /** "(e.g., 2x the mean weight)": a figure given as an example illustrates, it does not compare. */
    private static boolean illustrative(String text, Quantity q) {
        String before = text.substring(Math.max(0, Math.min(q.start(), text.length()) - 16), Math.min(q.start(), text.length()));
        return before.contains("e.g.") || before.contains("for example") || before.contains("for instance");
    }

    private static int arrows(String text) {
        int n = 0;
        for (int i = text.indexOf("->"); i >= 0; i = text.indexOf("->", i + 2)) n++;
        for (int i = text.indexOf('→'); i >= 0; i = text.indexOf('→', i + 1)) n++;
        return n;
    }

    private static String around(String text, Quantity q, int radius) {
        int from = Math.max(0, q.start() - radius);
        int to = Math.min(text.length(), q.end() + radius);
        return text.substring(from, to);
    }

    private static boolean isClaimOfTradeoff(String text) {
        return CLAIM_OF_TRADEOFF.find(text);
    }

    /** In a document that does quantify trade-offs, each unquantified claim is worth an info nit. */
    @Override
    protected void satisfied(RuleContext ctx, ConcernFinding finding) {
        int reported = 0;
        for (var rejected : finding.rejected()) {
            if (reported++ >= NITS) break;
            ctx.report(Level.NIT, rejected.range(), "Unquantified comparison: \"" + rejected.excerpt()
                    + "\" — add the figure, e.g. \"30% faster (120 ms → 84 ms)\".", ctx.fixes().suppressLine(id(), rejected.range()));
        }
    }
}
