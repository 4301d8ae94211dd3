package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityFormat;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The design states the load it must carry as an absolute rate: "12k QPS peak", "1B
 * events/day", "60 requests/minute", "2 GB/s", or daily users times actions per user. A bare
 * "high traffic", a relative speed-up or a user count with no per-user rate does not count.
 */
public final class ThroughputBudget extends ConcernRule {
    /** Words that turn a count of users into a load: how often each of them acts. */
    private static final Pattern PER_USER_FREQUENCY = Pattern.compile(
            "\\b(?:twice|thrice|once|\\d+(?:\\.\\d+)?\\s*(?:x|×|times)|(?:two|three|four|five|ten|\\d+) times)\\s*(?:a|per|each|every)?\\s*(?:day|daily|hour|session|visit)?"
                    + "|\\bper (?:user|dau|visitor|session)\\b|/\\s*(?:user|dau)\\b|\\b(?:refresh|open|visit|request|query|search|post|view|click)\\w* (?:the app |their feed )?(?:twice|\\d+ times)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE_USERS = Pattern.compile("\\b(?:dau|mau|wau|daily active|monthly active|users?|visitors?)\\b", Pattern.CASE_INSENSITIVE);

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
    protected ConcernFinding find(RuleContext ctx) {
        ConcernFinding finding = new ConcernFinding();
        for (ProseUnit u : ctx.document().units()) {
            if (!readable(u)) continue;
            List<Quantity> qs = ctx.analysis().quantities(u);
            for (Quantity q : qs) {
                if (q.dimension() == Dimension.RATE || q.dimension() == Dimension.DATA_RATE) {
                    finding.accept(evidence("rate " + q.text().trim() + " (≈ " + QuantityFormat.human(q.baseValue(), q.dimension()) + ")", u));
                }
            }
            if (u.cell() != null && !u.cell().header()) {
                String header = u.cell().columnHeader().toLowerCase(Locale.ROOT);
                if (header.matches(".*\\b(?:qps|rps|tps|fps|req/s|requests/s|throughput|ops/s|samples/s(?:ec)?|images/s(?:ec)?|tokens/s)\\b.*")
                        && u.normalized().matches("[~≈]?\\s*\\d[\\d,.]*\\s*[kKmMbB]?")) {
                    finding.accept(evidence("rate in a '" + u.cell().columnHeader() + "' column: " + u.normalized(), u));
                }
            }
            if (derivedFromUsers(u, qs)) finding.accept(evidence("load derived from active users × actions per user", u));
        }
        return finding;
    }

    /** "50M DAU × 20 requests/day", "2B DAU, refresh the app twice a day". */
    private static boolean derivedFromUsers(ProseUnit u, List<Quantity> qs) {
        boolean users = qs.stream().anyMatch(q -> q.dimension() == Dimension.COUNT && ACTIVE_USERS.matcher(q.unit()).find());
        return users && PER_USER_FREQUENCY.matcher(UnitContext.lower(u)).find();
    }
}
