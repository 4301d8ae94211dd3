package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.CodeUnit;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.numbers.Throughputs;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityFormat;
import dev.rubric.core.quantity.QuantityParser;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.Lines;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The design states the load it must carry as an absolute rate: "12k QPS peak", "1B
 * events/day", "60 requests/minute", "2 GB/s", or daily users times actions per user. A bare
 * "high traffic", a relative speed-up or a user count with no per-user rate does not count.
 */
public final class ThroughputBudget extends ConcernRule {
    // compiled once: String.matches compiles its regex on every call, and rules call these per unit
    private static final Pattern RATE_HEADER = Pattern.compile(".*\\b(?:qps|rps|tps|fps|req/s|requests/s|throughput|ops/s|samples/s(?:ec)?|images/s(?:ec)?|tokens/s)\\b.*");
    private static final Pattern PLAIN_RATE = Pattern.compile("[~≈]?\\s*\\d[\\d,.]*\\s*[kKmMbB]?");
    /** Words that turn a count of users into a load: how often each of them acts. */
    private static final FastPattern PER_USER_FREQUENCY = FastPattern.compile(
            "\\b(?:twice|thrice|once|\\d+(?:\\.\\d+)?\\s*(?:x|×|times)|(?:two|three|four|five|ten|\\d+) times)\\s*(?:a|per|each|every)?\\s*(?:day|daily|hour|session|visit)?"
                    + "|\\b(?:refresh|open|visit|request|query|search|post|view|click)\\w* (?:the app |their feed )?(?:twice|\\d+ times)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "20 searches per user" is a load only over a period: "10,000 connections per user" is a
     * stock each user holds, not something they do at a rate.
     */
    private static final FastPattern PER_USER = FastPattern.compile("\\bper (?:user|dau|visitor|session)\\b|/\\s*(?:user|dau)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern PERIOD = FastPattern.compile(
            "\\b(?:(?:a|per|each|every|/)\\s*(?:day|hour|week|month|minute|second|session|visit)|daily|hourly|weekly|monthly)\\b|/(?:day|hour|week|month|min|s)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An order of magnitude stated without a digit: "multiple GB/s", "tens of thousands of QPS". */
    private static final FastPattern MAGNITUDE_RATE = FastPattern.compile(
            "\\b(?:several|multiple|many|tens of|hundreds of|thousands of|millions of)(?: (?:thousands?|millions?) of)? ?(?:[kmgtp]i?b/s|[kmgt]bps|qps|rps|tps"
                    + "|(?:requests?|queries|calls|events|messages|lookups|predictions|inferences) ?(?:per|a|/) ?(?:second|sec|s|minute|min)|req/s)\\b"
                    // "thousands of times per second": a count of times only with an order of magnitude
                    + "|\\b(?:tens|hundreds|thousands|millions) of times (?:per|a) (?:second|minute)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A line of a config or spec in a code block that declares a limit or a target. */
    private static final FastPattern BUDGET_KEY = FastPattern.compile(
            "\\b(?:limit|rate|throughput|qps|rps|budget|target|max\\w*|capacity|peak|quota)\\b", Pattern.CASE_INSENSITIVE);
    private static final FastPattern ACTIVE_USERS = FastPattern.compile("\\b(?:dau|mau|wau|daily active|monthly active|users?|visitors?)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "throughput-budget";
    }

    @Override
    public String description() {
        return "The design states its load as an absolute rate (QPS, events/day, GB/s).";
    }

    @Override
    protected String missingMessage() {
        return "No throughput budget: state the load as a rate, e.g. \"Peak 12k QPS, average 4k QPS\" or"
                + " \"50M DAU × 20 requests/day ≈ 11.6k QPS\". Words like \"high traffic\" or \"millions of users\" are not a rate.";
    }

    @Override
    protected String placeholderLine() {
        return "- Peak QPS: ___ (average: ___)";
    }

    @Override
    protected String placeholderKeyword() {
        return "QPS";
    }

    @Override
    protected void collect(RuleContext ctx, ConcernFinding finding) {
        for (ProseUnit u : ctx.document().units()) {
            if (finding.enough()) return;
            if (!readable(ctx, u)) continue;
            List<Quantity> qs = ctx.analysis().quantities(u);
            for (Quantity q : qs) {
                if (Throughputs.isLoad(q)) {
                    finding.accept(evidence("rate " + q.text().trim() + " (≈ " + QuantityFormat.human(q.baseValue(), q.dimension()) + ")", u));
                    // a first-only search needs no more (each piece of evidence formats its figure)
                    if (finding.enough()) return;
                }
            }
            if (u.cell() != null && !u.cell().header()) {
                String header = u.cell().columnHeader().toLowerCase(Locale.ROOT);
                if (RATE_HEADER.matcher(header).matches()
                        && PLAIN_RATE.matcher(u.normalized()).matches()) {
                    finding.accept(evidence("rate in a '" + u.cell().columnHeader() + "' column: " + u.normalized(), u));
                }
            }
            if (derivedFromUsers(u, qs)) finding.accept(evidence("load derived from active users × actions per user", u));
            java.util.regex.MatchResult magnitude = MAGNITUDE_RATE.first(u.normalized());
            if (magnitude != null) finding.accept(evidence("order-of-magnitude rate '" + magnitude.group() + "'", u));
        }
        for (CodeUnit code : ctx.document().code()) {
            if (finding.enough()) return;
            declaredLimits(ctx, code, finding);
        }
    }

    /**
     * Code blocks are not prose, but a config or spec line there can declare the load the
     * design commits to ("Limit: 60 requests/minute per repo"). Only lines that name a limit
     * or target count, so pasted command output ("2.50 MiB/s, done.") does not.
     */
    private static void declaredLimits(RuleContext ctx, CodeUnit code, ConcernFinding finding) {
        int searchFrom = code.range().startOffset();
        for (String line : Lines.of(code.text())) {
            int at = ctx.document().text().indexOf(line, searchFrom);
            if (at >= 0) searchFrom = at + line.length();
            if (!BUDGET_KEY.find(line)) continue;
            for (Quantity q : QuantityParser.find(line)) {
                if (!Throughputs.isLoad(q)) continue;
                int start = at >= 0 ? at : code.range().startOffset();
                finding.accept(new Evidence("declared limit " + q.text().trim() + " in a code block", line.strip(),
                        code.section().isRoot() ? "(preamble)" : code.section().title(), ctx.document().range(start, start + line.length())));
            }
        }
    }

    /** "50M DAU × 20 requests/day", "2B DAU, refresh the app twice a day". */
    private static boolean derivedFromUsers(ProseUnit u, List<Quantity> qs) {
        boolean users = qs.stream().anyMatch(q -> q.dimension() == Dimension.COUNT && ACTIVE_USERS.find(q.unit()));
        if (!users) return false;
        String prose = UnitContext.lower(u);
        return PER_USER_FREQUENCY.find(prose) || PER_USER.find(prose) && PERIOD.find(prose);
    }
}
