package dev.rubric.core.rules;

import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.rule.Level;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.Range;
import dev.rubric.core.rule.Severity;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A vague amount where a figure belongs: "low latency", "a few dollars", "much faster". */
public final class VagueQuantity implements Rule {
    private record Vague(FastPattern pattern, String example) {
    }

    private static final List<Vague> PHRASES = List.of(
            new Vague(FastPattern.compile("\\b(?:low|minimal|minimum|ultra[- ]low|acceptable|reasonable) latency\\b|\\b(?:real[- ]time|near real[- ]time) (?:latency|response)", Pattern.CASE_INSENSITIVE),
                    "\"p99 < 150 ms end to end\""),
            new Vague(FastPattern.compile("\\b(?:high|massive|huge) (?:throughput|traffic|load|qps|volume)\\b|\\bweb[- ]scale\\b|\\bat scale\\b", Pattern.CASE_INSENSITIVE),
                    "\"12k QPS at peak, 4k on average\""),
            new Vague(FastPattern.compile("\\ba (?:few|couple of|handful of) (?:dollars|cents|ms|milliseconds|seconds|percent|gb|servers|machines|gpus)\\b|\\b(?:cheap|inexpensive|costly|expensive)\\b(?! *\\()", Pattern.CASE_INSENSITIVE),
                    "\"adds $0.12 per 1M queries\""),
            new Vague(FastPattern.compile("\\b(?:much|significantly|considerably|way|a lot|dramatically) (?:faster|slower|cheaper|better|smaller|larger|more accurate)\\b|\\b(?:it|this) is (?:faster|cheaper|better)\\b", Pattern.CASE_INSENSITIVE),
                    "\"cuts p99 from 120 ms to 30 ms\""),
            new Vague(FastPattern.compile("\\b(?:millions|billions|thousands|lots) of (?:users|requests|queries|events|items)\\b", Pattern.CASE_INSENSITIVE),
                    "\"50M DAU × 20 requests/day ≈ 11.6k QPS\""));

    /**
     * Any of the phrases: most units hold none, and one search over a unit rules out all of
     * them (a search costs about the same for one vocabulary as for their union).
     */
    private static final FastPattern ANY = FastPattern.compile(
            PHRASES.stream().map(v -> v.pattern().pattern().pattern()).collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "vague-quantity";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "Amounts are figures, not adjectives: no \"low latency\" or \"a few dollars\" without a number.";
    }

    @Override
    public void check(RuleContext ctx) {
        for (ProseUnit u : ctx.document().units()) {
            if (u.cell() != null && u.cell().header()) continue;
            List<Quantity> figures = ctx.analysis().quantities(u);
            if (!figures.isEmpty() || !ANY.find(u.text())) continue;
            for (Vague v : PHRASES) {
                MatchResult m = v.pattern().first(u.text());
                if (m == null) continue;
                String phrase = m.group().trim();
                // the phrase's own line: in a sentence over several lines the unit starts earlier
                Range where = ctx.document().range(u.startOffset() + m.start(), u.startOffset() + m.end());
                ctx.report(Level.NIT, where, "'" + phrase + "' with no figure: say how much, e.g. " + v.example() + ".",
                        ctx.fixes().suppressLine(id(), where));
                break;
            }
        }
    }
}
