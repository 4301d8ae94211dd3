package dev.rubric.core.numbers;

import dev.rubric.core.text.FastPattern;
import java.util.regex.Pattern;

/** Words that say what a duration is: a wait someone experiences, a total, a setting, a change. */
final class LatencyWords {
    /** A duration that is a setting or a period, not time spent on the request path. */
    static final FastPattern NOT_LATENCY = FastPattern.compile(
            "\\b(?:time ?outs?|timed out|ttls?|defaults?|configurable|intervals?|every|poll\\w*|periods?|periodic\\w*|expir\\w*|sleep\\w*|back-?off|retry|retries"
                    + "|heartbeats?|grace|resync|leases?|cron|schedule\\w*|windows?|retention|retain\\w*|ago|age|uptime|duration of the (?:test|experiment)"
                    + "|training (?:takes|took|time)|for \\d+ (?:days|weeks|months)|once a|per (?:day|week|month))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Names the whole: "end to end", "total", "overall". */
    static final Pattern STRONG_TOTAL = Pattern.compile(
            "\\b(?:end[- ]to[- ]end|e2e|total|overall|in all|all[- ]in|altogether|whole request|full request)\\b", Pattern.CASE_INSENSITIVE);
    /** Names a budget, which may be the whole or a stage's share. */
    static final Pattern WEAK_TOTAL = Pattern.compile("\\b(?:budget|sla|slo|target)\\b", Pattern.CASE_INSENSITIVE);
    /** A lead-in that announces a breakdown. */
    static final FastPattern BREAKDOWN = FastPattern.compile(
            "\\b(?:split|splits|broken down|breakdown|break down|per[- ]stage|stages?|allocat\\w*|of which|divided|components?|spent|goes to|go to|as follows)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Stages that overlap in time do not add up. */
    static final FastPattern PARALLEL = FastPattern.compile(
            "\\b(?:parallel|concurrent\\w*|simultaneous\\w*|async\\w*|asynchronous\\w*|overlap\\w*|fan[- ]?out|at the same time|in the background|meanwhile|alongside)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Figures that are options to choose from, not parts of one path. */
    static final FastPattern ALTERNATIVES = FastPattern.compile(
            "\\b(?:or|either|options?|alternatives?|instead|versus|vs|compared|comparison|variants?|approaches|choices|benchmark\\w*|measured|before|after)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A figure that is a change, not a share: "from 120 ms to 30 ms", "down from", "→". */
    static final FastPattern CHANGE = FastPattern.compile(
            "\\b(?:from|down|up|was|were|previously|now|cuts?|reduc\\w*|improv\\w*|increas\\w*|decreas\\w*|faster|slower|saves?|saving|shav\\w*|regress\\w*)\\b|→|->",
            Pattern.CASE_INSENSITIVE);
    /** Column headers of a table that compares options rather than listing stages. */
    static final FastPattern OPTION_COLUMN = FastPattern.compile(
            "\\b(?:options?|alternatives?|models?|approach(?:es)?|variants?|candidates?|configs?|configurations?|setups?|versions?|hardware|instances?|machines?|baselines?|runs?|experiments?|date|week)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A column of cumulative times ("elapsed", "t ="), which do not add up either. */
    static final FastPattern CUMULATIVE = FastPattern.compile(
            "\\b(?:elapsed|cumulative|timestamp|offset|since start|t\\s*=|at)\\b", Pattern.CASE_INSENSITIVE);

    private LatencyWords() {
    }
}
