package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.UnitContext;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The design says how the running system is watched: service metrics, SLOs, alerts,
 * dashboards, drift detection, telemetry, on-call. Model-quality metrics (accuracy, AUC),
 * metrics that only tests collect, and "monitoring" as the product's own function are not
 * operational monitoring.
 */
public final class Monitoring extends ConcernRule {
    /** Terms that are about watching a live system wherever they appear. */
    private static final FastPattern STRONG = FastPattern.compile(
            "\\b(?:alert(?:s|ing|ed)?|pag(?:e|es|ed|ing) (?:the )?on-?call|on-?call (?:is |are |gets? )?paged|on-?call rotation|slos?|slis?|service level (?:objective|indicator)s?"
                    + "|error budgets?|telemetry|opentelemetry"
                    + "|drift detection|(?:detect|alert|monitor|track|measure)\\w* (?:on |for )?(?:data |concept |feature |prediction |score )?drift"
                    + "|for (?:\\w+ )?observability|observability (?:of|into|for)"
                    // a dashboard is a watching tool whatever it shows: "a dashboard that tracks rankings and feature values"
                    + "|dashboards? (?:that |which |to )?(?:tracks?|shows?|displays?|plots?|charts?|monitors?))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Monitoring products: the stack a design is watched with — or the project a design is
     * about ("Prometheus PR #15365", "I/O buffering in Prometheus code"), so they count only
     * with a word of watching next to them ("Prometheus scrapes", "a Grafana dashboard").
     */
    private static final FastPattern TOOL = FastPattern.compile(
            "\\b(?:prometheus|grafana|datadog|new relic|cloudwatch|stackdriver)\\b", Pattern.CASE_INSENSITIVE);
    private static final FastPattern WATCHING = FastPattern.compile(
            "\\b(?:scrap\\w*|export\\w*|expos\\w*|emit\\w*|dashboards?|alert\\w*|metrics?|monitor\\w*|panels?|rules?|recording|instrument\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Terms that need an operational object to mean monitoring ("metrics for the API server"). */
    private static final FastPattern WEAK = FastPattern.compile(
            "\\b(?:metrics?|monitor(?:s|ed|ing)?|track(?:s|ed|ing)?|measure(?:s|d)?|counters?|gauges?|histograms?|logs?|logging|exported|expose[sd]?|emit(?:s|ted)?"
                    + "|dashboards?|observability|instrument(?:ed|ation)|distributed tracing|health ?checks?|(?:data|concept|feature|prediction) drift)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern OPERATIONAL = FastPattern.compile(
            "\\b(?:error rates?|errors?|failures?|latenc\\w*|qps|throughput|request(?:s)?|usage|utili[sz]ation|health|uptime|availability|saturation"
                    + "|production|operators?|cluster|server|service|endpoint|controller|component|queue|backlog|memory|cpu|gpu|disk"
                    + "|in use|is working|enabled|rollout|canary|regression|anomal\\w*|spike|threshold|drift)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that say something is being watched (a weak word alone may only mean "count" or "log"). */
    private static final FastPattern MONITOR_WORD = FastPattern.compile(
            "\\b(?:metrics?|monitor\\w*|dashboards?|observability|instrument\\w*|health ?checks?|slis?)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Something that can actually be watched: a metric, a rate, a latency, a count. "We will
     * monitor the rollout closely" names none.
     */
    private static final FastPattern SIGNAL = FastPattern.compile(
            "\\b(?:metrics?|error rates?|success rates?|failure rates?|latenc\\w*|qps|throughput|utili[sz]ation|counters?|gauges?|histograms?"
                    + "|counts? of|number of|psi|population stability|freshness|null rates?|saturation|queue (?:depth|length)|backlog)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Metric identifiers in code spans: kubelet_runtime_operations_errors_total, request_latency_seconds.
     * The parts between underscores are bounded: java.util.regex repeats a group by recursion,
     * and a 20,000-character "x_x_x_…" token overflowed the stack.
     */
    private static final FastPattern METRIC_NAME = FastPattern.compile(
            "`?[a-z][a-z0-9]*(?:_[a-z0-9]+){2,32}_(?:" + String.join("|", MetricEndings.WORDS) + ")`?");
    /** Monitoring output mentioned as a kind of data the system stores or moves, not as watching it. */
    private static final FastPattern STORED_AS_DATA = FastPattern.compile(
            "\\b(?:observability|metrics?|monitoring|log) (?:data|records|payloads?|events? (?:are|is) stored)\\b", Pattern.CASE_INSENSITIVE);
    /** Watching that happens only in tests or benchmarks, not in operation: never monitoring. */
    private static final FastPattern TEST_ONLY = FastPattern.compile(
            "\\b(?:unit tests?|in tests?|test (?:suite|framework|harness)|scalability tests?|benchmarks?|experiment tracking"
                    + "|monitor (?:posts|content|users'?|user activity))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Offline evaluation: an alert there guards training, not the running system. */
    private static final FastPattern OFFLINE = FastPattern.compile(
            "\\b(?:offline|nightly evaluation|evaluation run|during training|held-out|validation set|test set)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Model-quality vocabulary: "metrics" next to it means offline evaluation. An alert on it
     * in production is still monitoring, so this only weakens the weak words.
     */
    private static final FastPattern MODEL_QUALITY = FastPattern.compile(
            "\\b(?:accuracy|precision|recall|auc|f1|ndcg|map@|mrr|loss|perplexity|bleu|rouge|keras|tf\\.keras|evaluation metrics?|offline metrics?|model quality)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "monitoring";
    }

    @Override
    public String description() {
        return "The design says how the running system is watched: metrics, SLOs, alerts, dashboards, drift detection.";
    }

    @Override
    protected String missingMessage() {
        return "No monitoring: say how the system is watched after launch, e.g. \"Dashboard of QPS, p99 latency and error"
                + " rate; page on-call when p99 > 200 ms for 5 min; alert on feature drift (PSI > 0.2)\".";
    }

    @Override
    protected String placeholderLine() {
        return "- Monitoring: ___ on a dashboard; alert when ___";
    }

    @Override
    protected String placeholderKeyword() {
        return "Monitoring";
    }

    @Override
    protected void collect(RuleContext ctx, ConcernFinding finding) {
        for (ProseUnit u : ctx.document().units()) {
            if (finding.enough()) return;
            if (!readable(ctx, u)) continue;
            String prose = u.lower();
            MatchResult strong = STRONG.first(prose);
            if (strong != null) {
                if (TEST_ONLY.find(prose)) {
                    finding.reject(evidence("'" + strong.group() + "' in a test-only context", u));
                } else if (OFFLINE.find(prose) && MODEL_QUALITY.find(prose)) {
                    finding.reject(evidence("'" + strong.group() + "' on offline model evaluation", u));
                } else {
                    acceptIfDecided(finding, "'" + strong.group() + "'", u);
                }
                continue;
            }
            MatchResult tool = TOOL.first(prose);
            if (tool != null && WATCHING.find(prose) && !TEST_ONLY.find(prose)) {
                acceptIfDecided(finding, "'" + tool.group() + "' watching the system", u);
                continue;
            }
            String headings = UnitContext.headings(u);
            // the expression has no literal to start from, so it is tried at every letter (and
            // each word's letters again and again); a text with none of its endings has no match
            String raw = UnitContext.raw(u, ctx.document());
            MatchResult metricName = MetricEndings.anyIn(raw) ? METRIC_NAME.first(raw) : null;
            if (metricName != null && WEAK.find(prose + " " + headings)) {
                acceptIfDecided(finding, "metric " + metricName.group(), u);
                continue;
            }
            // a weak word counts with an operational object and a signal that can be watched;
            // the word may come from the heading ("## Metrics" over "API error rate: 4xx/5xx").
            // The prose and its headings are searched apart (no term spans the " | " between
            // them), so each is the same string for every search and read once
            MatchResult weak = WEAK.first(prose);
            if (weak == null) weak = WEAK.first(headings);
            if (weak != null && !excluded(prose) && !STORED_AS_DATA.find(prose) && (MONITOR_WORD.find(prose) || MONITOR_WORD.find(headings))
                    && OPERATIONAL.find(prose) && SIGNAL.find(prose)) {
                acceptIfDecided(finding, "'" + weak.group() + "' of a running system", u);
            }
        }
    }

    /** The words a metric identifier ends in, after an underscore ("_total", "_seconds"). */
    private static final class MetricEndings {
        static final String[] WORDS = {"total", "count", "seconds", "bytes", "bucket", "sum", "ratio", "errors", "latency", "duration", "ms"};

        /** Whether an underscore and one of the words occur in the text: every metric name holds one. */
        static boolean anyIn(String text) {
            for (int i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) {
                for (String word : WORDS) {
                    if (text.startsWith(word, i + 1)) return true;
                }
            }
            return false;
        }
    }

    /** Watching in tests only, or model-quality vocabulary: the weak words do not count. */
    private static boolean excluded(String prose) {
        return TEST_ONLY.find(prose) || MODEL_QUALITY.find(prose);
    }


}
