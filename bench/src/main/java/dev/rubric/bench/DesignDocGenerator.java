package dev.rubric.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes ML-design-doc-like Markdown for benchmarks: a title, the sections an ML system design
 * doc has (problem, requirements, metrics, design, data, modelling, deep dives, trade-offs,
 * monitoring, rollout, references), each filled with paragraphs that carry figures (QPS,
 * latencies, costs, percentages), bullet and numbered lists, tables and fenced code, wrapped
 * at ~95 columns like hand-written docs. Large docs get more subsections, not longer lines.
 *
 * <p>Deterministic: the same seed and size give the same bytes on every JVM
 * ({@link java.util.Random}'s algorithm is specified).
 *
 * <pre>
 *   java -cp benchmarks.jar dev.rubric.bench.DesignDocGenerator --lines 5000 --seed 7 --out doc.md
 *   java -cp benchmarks.jar dev.rubric.bench.DesignDocGenerator --docs 1000 --lines 200 --seed 42 --out corpus/
 * </pre>
 */
public final class DesignDocGenerator {
    private static final int WIDTH = 95;

    private static final String[] SYSTEMS = {
        "feed ranking", "fraud scoring", "search retrieval", "ad click prediction", "video recommendations",
        "ETA prediction", "spam filtering", "query autocomplete", "product search ranking", "notification targeting",
        "churn prediction", "content moderation", "price suggestion", "people-you-may-know", "music recommendations"
    };
    private static final String[] COMPONENTS = {
        "feature store", "candidate generator", "ranking service", "embedding index", "training pipeline",
        "label joiner", "stream processor", "model registry", "inference gateway", "feature backfill job",
        "ANN index", "re-ranker", "event logger", "batch scorer", "cache tier", "shadow scorer"
    };
    private static final String[] FEATURES = {
        "user embedding", "item popularity", "dwell time", "click-through history", "session length",
        "merchant risk score", "device fingerprint", "query-document BM25", "freshness decay", "author affinity",
        "price bucket", "geo cell", "velocity counters", "co-visitation counts", "text embedding"
    };
    private static final String[] MODELS = {
        "two-tower retrieval model", "gradient-boosted trees", "DLRM-style ranker", "logistic regression baseline",
        "transformer re-ranker", "wide-and-deep model", "distilled BERT classifier", "factorisation machine"
    };
    private static final String[] METRICS = {
        "NDCG@10", "recall@100", "AUC", "precision at 1% FPR", "CTR", "watch time per session", "log loss",
        "conversion rate", "MRR", "calibration error"
    };
    private static final String[] TEAMS = {
        "the ranking team", "on-call", "the data platform team", "trust and safety", "the search team",
        "finance", "the growth team", "SRE"
    };
    private static final String[] LANGS = {"yaml", "python", "sql", "text", "json"};

    private static final String[] SECTIONS = {
        "Problem framing", "Requirements and constraints", "Success metrics", "High-level design",
        "Data and features", "Modelling", "Deep dives", "Trade-offs", "Monitoring", "Rollout and rollback",
        "References"
    };
    /** Share of the body each section gets: design, data, modelling and deep dives hold most of a big doc. */
    private static final double[] WEIGHTS = {0.05, 0.06, 0.05, 0.14, 0.14, 0.14, 0.24, 0.07, 0.05, 0.04, 0.02};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int lines;
    private String system;

    private DesignDocGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A document of about {@code targetLines} lines (never fewer), from {@code seed}. */
    public static String generate(long seed, int targetLines) {
        return new DesignDocGenerator(seed).document(targetLines);
    }

    private String document(int targetLines) {
        system = pick(SYSTEMS);
        if (random.nextInt(4) == 0) {
            line("---");
            line("title: " + capitalise(system) + " v" + (2 + random.nextInt(4)));
            line("owners: [" + pick(TEAMS).replace("the ", "").replace(' ', '-') + "]");
            line("---");
        }
        line("# " + capitalise(system) + ": " + pick(new String[] {"design", "v2 design", "redesign", "system design"}));
        blank();
        paragraph(2 + random.nextInt(2));
        double share = 0;
        for (int s = 0; s < SECTIONS.length; s++) {
            // cumulative section ends, so one section running over does not push the whole doc over
            share += WEIGHTS[s];
            int end = (int) Math.round(targetLines * share) - 3;
            int budget = end - lines;
            line("## " + (s + 1) + ". " + SECTIONS[s]);
            blank();
            int sub = 0;
            int nextSub = lines + 25 + random.nextInt(30);
            do {
                if (budget > 60 && lines >= nextSub && end - lines > 20) {
                    line("### " + (s + 1) + "." + (++sub) + " " + subsectionTitle(s));
                    blank();
                    nextSub = lines + 25 + random.nextInt(30);
                }
                block(s);
            } while (lines < end);
        }
        while (lines < targetLines) block(6);
        return out.toString();
    }

    private String subsectionTitle(int section) {
        return switch (section) {
            case 3 -> capitalise(pick(COMPONENTS));
            case 4 -> capitalise(pick(FEATURES)) + " features";
            case 5 -> capitalise(pick(MODELS));
            case 6 -> "Deep dive: " + pick(COMPONENTS);
            default -> capitalise(pick(COMPONENTS)) + " notes";
        };
    }

    private void block(int section) {
        int r = random.nextInt(100);
        if (section == 10) {
            bullets(true);
        } else if (r < 45) {
            paragraph(2 + random.nextInt(4));
        } else if (r < 65) {
            bullets(false);
        } else if (r < 73) {
            numbered();
        } else if (r < 85) {
            table();
        } else if (r < 95) {
            code();
        } else if (r < 98) {
            line("![" + pick(COMPONENTS) + " diagram](diagrams/" + pick(COMPONENTS).replace(' ', '-') + ".png)");
            blank();
        } else {
            line("> **Note:** " + sentence());
            blank();
        }
    }

    private void paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) p.append(' ');
            p.append(sentence());
        }
        wrap(p.toString(), "");
        blank();
    }

    private void bullets(boolean references) {
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (references) {
                String c = pick(COMPONENTS);
                wrap("- [" + capitalise(c) + " runbook](https://wiki.example.com/" + c.replace(' ', '-') + ") — "
                        + sentence(), "  ");
            } else {
                wrap("- " + sentence(), "  ");
                if (random.nextInt(6) == 0) wrap("  - " + sentence(), "    ");
            }
        }
        blank();
    }

    private void numbered() {
        int n = 3 + random.nextInt(4);
        for (int i = 1; i <= n; i++) wrap(i + ". " + sentence(), "   ");
        blank();
    }

    private void table() {
        int rows = 3 + random.nextInt(6);
        switch (random.nextInt(3)) {
            case 0 -> {
                line("| Option | p99 latency | Cost / month | " + pick(METRICS) + " |");
                line("|---|---:|---:|---:|");
                for (int i = 0; i < rows; i++) {
                    line("| " + capitalise(pick(COMPONENTS)) + " | " + ms() + " | $" + thousands(1_000 + random.nextInt(90_000))
                            + " | " + pct() + " |");
                }
            }
            case 1 -> {
                line("| Stage | Peak QPS | Budget | Owner |");
                line("|---|---:|---:|---|");
                for (int i = 0; i < rows; i++) {
                    line("| " + capitalise(pick(COMPONENTS)) + " | " + qps() + " | " + ms() + " | " + pick(TEAMS) + " |");
                }
            }
            default -> {
                line("| Feature | Freshness | Null rate | Importance |");
                line("|---|---|---:|---:|");
                for (int i = 0; i < rows; i++) {
                    line("| `" + pick(FEATURES).replace(' ', '_') + "` | " + (1 + random.nextInt(60)) + " "
                            + pick(new String[] {"s", "min", "h"}) + " | " + pct() + " | 0." + (10 + random.nextInt(89)) + " |");
                }
            }
        }
        blank();
    }

    private void code() {
        String lang = pick(LANGS);
        line("```" + lang);
        int n = 4 + random.nextInt(9);
        for (int i = 0; i < n; i++) {
            String f = pick(FEATURES).replace(' ', '_');
            line(switch (lang) {
                case "yaml" -> "  " + f + ": {ttl: " + (1 + random.nextInt(48)) + "h, qps: " + (100 + random.nextInt(20_000)) + "}";
                case "python" -> "    score += weights[\"" + f + "\"] * x[" + i + "]  # " + ms();
                case "sql" -> (i == 0 ? "SELECT " : "     , ") + "avg(" + f + ") AS " + f + "_avg";
                case "json" -> "  \"" + f + "\": " + random.nextInt(10_000) + (i + 1 < n ? "," : "");
                default -> String.format(Locale.ROOT, "%-22s %8d req/s  p99=%d ms", f, 100 + random.nextInt(50_000), 1 + random.nextInt(400));
            });
        }
        line("```");
        blank();
    }

    private String sentence() {
        return switch (random.nextInt(22)) {
            case 0 -> "At peak the " + pick(COMPONENTS) + " serves " + qps() + ", about " + (2 + random.nextInt(4))
                    + "× the daily average.";
            case 1 -> "The end-to-end latency budget is p99 < " + ms() + ", of which the " + pick(COMPONENTS)
                    + " may spend " + (5 + random.nextInt(40)) + " ms.";
            case 2 -> "We have " + (1 + random.nextInt(90)) + "M daily active users, each making about "
                    + (3 + random.nextInt(40)) + " requests a day.";
            case 3 -> "Switching to the " + pick(MODELS) + " improved " + pick(METRICS) + " from " + pct() + " to "
                    + pct() + " offline, at " + (2 + random.nextInt(3)) + "× the training cost.";
            case 4 -> "The " + pick(FEATURES) + " feature is refreshed every " + (1 + random.nextInt(59)) + " minutes by the "
                    + pick(COMPONENTS) + ".";
            case 5 -> "Storage grows by " + (10 + random.nextInt(900)) + " GB per day, so the " + pick(COMPONENTS)
                    + " keeps " + (7 + random.nextInt(80)) + " days of history.";
            case 6 -> "Today " + pick(TEAMS) + " spends " + (2 + random.nextInt(30)) + " hours a week on manual review, "
                    + "and " + pct() + " of reports are resolved late.";
            case 7 -> "An alert pages " + pick(TEAMS) + " when " + pick(METRICS) + " drops by more than " + pct()
                    + " over " + (5 + random.nextInt(55)) + " minutes.";
            case 8 -> "The rollout starts behind a feature flag at " + (1 + random.nextInt(10)) + "% of traffic for "
                    + (12 + random.nextInt(60)) + " h, and we roll back if p99 exceeds " + ms() + ".";
            case 9 -> "Compared with the " + pick(MODELS) + ", the " + pick(MODELS) + " costs $"
                    + (1 + random.nextInt(9)) + "." + (10 + random.nextInt(89)) + " more per 1M predictions but cuts p99 by "
                    + (5 + random.nextInt(60)) + " ms.";
            case 10 -> "Labels come from " + pick(new String[] {"clicks", "chargebacks", "human raters", "purchases", "reports"})
                    + " joined " + (1 + random.nextInt(14)) + " days after the impression, which delays training.";
            case 11 -> "The " + pick(COMPONENTS) + " reads `" + pick(FEATURES).replace(' ', '_') + "` from the "
                    + pick(COMPONENTS) + " and writes scores to the " + pick(COMPONENTS) + ".";
            case 12 -> "A dashboard tracks " + pick(METRICS) + ", null rates and feature drift per "
                    + pick(new String[] {"country", "device", "surface", "model version"}) + ".";
            case 13 -> "See the [" + pick(COMPONENTS) + " design](https://docs.example.com/" + pick(COMPONENTS).replace(' ', '-')
                    + ") for the serving contract.";
            case 14 -> "We train nightly on " + (10 + random.nextInt(500)) + "M examples, which takes about "
                    + (1 + random.nextInt(11)) + " h on " + (4 + random.nextInt(60)) + " GPUs.";
            case 15 -> "Caching the " + pick(FEATURES) + " lookups cut the " + pick(COMPONENTS) + " load by " + pct()
                    + " but adds up to " + (1 + random.nextInt(30)) + " s of staleness.";
            case 16 -> "The " + pick(COMPONENTS) + " is sharded " + (4 + random.nextInt(60)) + " ways and each shard holds about "
                    + (1 + random.nextInt(40)) + " GB of embeddings.";
            case 17 -> "Offline, " + pick(METRICS) + " is " + pct() + " on the holdout set; online we expect a "
                    + (1 + random.nextInt(5)) + "." + random.nextInt(10) + "% lift in " + pick(METRICS) + ".";
            case 18 -> "If the " + pick(COMPONENTS) + " is unavailable, requests fall back to the " + pick(MODELS)
                    + " within " + (20 + random.nextInt(400)) + " ms.";
            case 19 -> "The cost ceiling is $" + thousands(5_000 + random.nextInt(200_000)) + " per month for "
                    + pick(new String[] {"serving", "training", "storage", "the whole system"}) + ".";
            case 20 -> "Because " + pick(FEATURES) + " and " + pick(FEATURES) + " are correlated, we drop one of them "
                    + "and lose only " + (1 + random.nextInt(9)) + "0 bps of " + pick(METRICS) + ".";
            default -> "The " + pick(COMPONENTS) + " is owned by " + pick(TEAMS) + " and reviewed every "
                    + pick(new String[] {"sprint", "quarter", "release"}) + ".";
        };
    }

    private String qps() {
        int v = 200 + random.nextInt(80_000);
        return v >= 10_000 ? (v / 1000) + "k QPS" : thousands(v) + " QPS";
    }

    private String ms() {
        return (5 + random.nextInt(400)) + " ms";
    }

    private String pct() {
        return (1 + random.nextInt(98)) + "." + random.nextInt(10) + "%";
    }

    private static String thousands(int v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void wrap(String text, String indent) {
        String[] words = text.split(" ");
        StringBuilder current = new StringBuilder();
        for (String w : words) {
            if (current.length() > 0 && current.length() + 1 + w.length() > WIDTH) {
                line(current.toString());
                current.setLength(0);
                current.append(indent);
            }
            if (current.length() > 0 && !current.toString().equals(indent)) current.append(' ');
            current.append(w);
        }
        if (current.length() > 0) line(current.toString());
    }

    private void line(String s) {
        out.append(s).append('\n');
        lines++;
    }

    private void blank() {
        line("");
    }

    public static void main(String[] args) throws IOException {
        int docs = 1;
        int size = 200;
        long seed = 42;
        Path target = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--lines" -> size = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> target = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: --lines N [--docs N] [--seed S] --out FILE|DIR");
            }
        }
        if (target == null) throw new IllegalArgumentException("--out is required");
        if (docs == 1 && !Files.isDirectory(target)) {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.writeString(target, generate(seed, size), StandardCharsets.UTF_8);
            return;
        }
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        long total = 0;
        for (int d = 0; d < docs; d++) {
            // a few folders, as a real docs tree has
            Path dir = target.resolve(String.format(Locale.ROOT, "team-%02d", d % 20));
            Files.createDirectories(dir);
            Path file = dir.resolve(String.format(Locale.ROOT, "design-%04d.md", d));
            String text = generate(seed * 1_000_003L + d, size);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            total += text.lines().count();
            written.add(file);
        }
        System.err.printf(Locale.ROOT, "wrote %d docs, %d lines in all (%.0f per doc) under %s%n",
                written.size(), total, total / (double) written.size(), target);
    }
}
