package dev.rubric.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * Turns fuzzer bytes into Markdown. Half of the inputs are raw text (anything at all); the other
 * half are stitched from fragments a design document is made of (headings the templates know,
 * figures, lists, quotes, tables, fences, front matter, comments and directives), so the fuzzer
 * reaches the rules and fixes quickly instead of spending its time on unstructured noise.
 */
final class MarkdownInput {
    static final List<String> FRAGMENTS = List.of(
            "# ", "## ", "### ", "#### ", "\n", "\n\n", "\r\n", "\r", "\t", "    ", "  ",
            "- ", "* ", "+ ", "1. ", "2) ", "> ", "> > ", "- [ ] ", "```\n", "```python\n", "~~~\n", "    code\n",
            "| a | b |\n", "|---|---|\n", "| 12 ms | 40k QPS |\n", "---\n", "***\n", "===\n",
            "---\ntemplate: design-doc\n---\n", "---\ntitle: x\ntemplate: ml-system-design\n---\n", "---\n: [\n---\n",
            "<!-- rubric-disable-next-line latency-budget -->\n", "<!-- rubric-disable-file monitoring -->\n",
            "<!-- rubric-disable-line ", "<!-- rubric-enable ", "<!--", "-->", "<div>", "</div>", "<br/>",
            "[link](http://example.com/a)", "![img](x.png)", "<https://example.com>", "http://example.com/x", "`code`",
            "[ref]: http://example.com\n", "[ref]", "**", "_", "~~", "\\", "&amp;", "é", "😀", "\u00a0", "\u2028", "\ufeff",
            "Summary", "Motivation", "Goals and non-goals", "Non-goals", "Proposal", "Design", "Alternatives",
            "Risks", "Test plan", "Rollout and rollback", "Rollout", "Rollback", "Monitoring", "Alerts", "References",
            "Problem framing", "Problem statement", "Requirements", "Requirements and constraints", "Success metrics",
            "Data and features", "Data", "Features", "Model", "Modelling", "Deep dives", "Trade-offs", "Tradeoffs",
            "Future work", "Open questions", "Appendix", "High-level design", "Serving", "Training", "Evaluation",
            "TBD", "TODO", "___", "N/A", "...",
            "p99 < 150 ms", "p50 latency of 20 ms", "12k QPS", "~5,000 requests/s", "50M DAU", "10 GB", "2 TB/day",
            "$0.12 per 1M queries", "between 10 and 20 ms", "3x", "2× storage", "+15% recall", "99.9%", "1e9", "0.5",
            "10-20", "1,2,3", "24 h", "5 minutes", "60 s of", "1.5k", "-3", "∞", "NaN",
            "low latency", "high traffic", "millions of users", "real-time", "fast", "scalable", "many", "a lot",
            "We will alert on error rate above 1% and page the on-call.",
            "Behind a feature flag, canary at 5% for 24 h; roll back by turning the flag off.",
            "Sharding cuts p99 from 120 ms to 30 ms at +$0.12 per 1M queries.",
            "Users cannot find items today, which costs 3% of sessions.",
            "We propose a retrieval service.", "The problem is that ", "because ", "however ", "instead of ",
            " ", ".", ",", ":", ";", "(", ")", "/", "-", "–", "—", "0", "1", "9", "100", "1000");

    private MarkdownInput() {
    }

    static String from(FuzzedDataProvider data, int maxParts) {
        if (data.consumeBoolean()) return data.consumeRemainingAsString();
        StringBuilder out = new StringBuilder();
        int parts = data.consumeInt(0, maxParts);
        for (int i = 0; i < parts && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> out.append(data.consumeString(16));
                default -> out.append(data.pickValue(FRAGMENTS));
            }
        }
        return out.toString();
    }
}
