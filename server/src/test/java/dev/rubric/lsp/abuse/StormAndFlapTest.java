package dev.rubric.lsp.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import dev.rubric.lsp.LintEngine;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit storms, a config file that keeps breaking, and a rule that always throws. */
class StormAndFlapTest {

    /** The core linter, remembering the last text it linted per document, with random delays to shuffle racing lints. */
    static final class Observed implements LintEngine {
        /** Every text linted per document (a slow lint of an older state may finish last, so "last" proves nothing). */
        final Map<String, java.util.Set<String>> linted = new ConcurrentHashMap<>();
        private final LintEngine core;

        Observed(LintEngine core) {
            this.core = core;
        }

        @Override
        public LintResult lint(URI uri, String text, LintOptions options) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LintResult r = core.lint(uri, text, options);
            linted.computeIfAbsent(String.valueOf(uri), k -> ConcurrentHashMap.newKeySet()).add(text);
            return r;
        }
    }

    @Test
    void randomEditStormsLeaveServerAndClientTextEqualAndNeverPublishStaleDiagnostics() {
        Observed engine = new Observed(LintEngine.core());
        try (RawClient c = new RawClient(engine, 0)) {
            c.initialize();
            Random random = new Random(9);
            for (int d = 0; d < 3; d++) {
                String uri = "file:///abuse/storm" + d + ".md";
                StringBuilder text = new StringBuilder("# Storm\n\n## Monitoring\n\nLow latency. p99 < 150 ms.\n");
                c.open(uri, text.toString());
                for (int edit = 0; edit < 400; edit++) {
                    JsonArray changes = new JsonArray();
                    int batch = 1 + random.nextInt(3);
                    for (int b = 0; b < batch; b++) changes.add(randomEdit(random, text));
                    if (random.nextInt(50) == 0) { // now and then the whole text at once
                        text.setLength(0);
                        text.append("# Replaced ").append(edit).append("\n\nThroughput is 12k QPS.\n");
                        JsonObject full = new JsonObject();
                        full.addProperty("text", text.toString());
                        changes.add(full);
                    }
                    c.change(uri, changes);
                }
                String expected = text.toString();
                int finalVersion = 1 + 400;
                JsonObject last = c.awaitLatestDiagnostics(uri, p -> RawClient.version(p) == finalVersion);
                assertEquals(finalVersion, RawClient.version(last));
                assertTrue(engine.linted.get(uri).contains(expected), "the server never linted the client's text of " + uri);
                // and what it published for the last version is exactly the findings of the client's text
                List<String> local = new ArrayList<>();
                LintResult mine = new Linter().lint(URI.create(uri), expected, LintOptions.defaults());
                mine.diagnostics().forEach(x -> local.add(x.rule() + "@" + x.range().start().line() + ":" + x.range().start().column()));
                List<String> published = new ArrayList<>();
                for (var x : last.getAsJsonArray("diagnostics")) {
                    JsonObject o = x.getAsJsonObject();
                    JsonObject start = o.getAsJsonObject("range").getAsJsonObject("start");
                    published.add(o.get("code").getAsString() + "@" + start.get("line").getAsInt() + ":" + start.get("character").getAsInt());
                }
                assertEquals(local, published, "published findings differ from the findings of the client's text");
                // a set for version N never arrives after one for N+1
                int previous = 0;
                for (JsonObject p : c.diagnosticsFor(uri)) {
                    int v = RawClient.version(p);
                    assertTrue(v >= previous, "diagnostics for version " + v + " published after version " + previous);
                    previous = v;
                }
            }
            c.assertServing();
        }
    }

    /** A random insert, delete or replace, applied to the client's copy the way LSP says (UTF-16 positions). */
    private static JsonObject randomEdit(Random random, StringBuilder text) {
        int a = random.nextInt(text.length() + 1);
        int b = Math.min(text.length(), a + random.nextInt(6));
        String[] inserts = {"", "x", "\n", "## Rollback\n", "😀", "é", "12 ms", "\r\n", " ", "- item\n", "> q\n"};
        String insert = inserts[random.nextInt(inserts.length)];
        // never split a surrogate pair or a CRLF: a real editor cannot put the cursor there
        while (a > 0 && a < text.length() && (Character.isLowSurrogate(text.charAt(a)) || text.charAt(a - 1) == '\r' && text.charAt(a) == '\n')) a--;
        while (b > a && b < text.length() && (Character.isLowSurrogate(text.charAt(b)) || text.charAt(b - 1) == '\r' && text.charAt(b) == '\n')) b++;
        int[] start = lineCol(text, a);
        int[] end = lineCol(text, b);
        text.replace(a, b, insert);
        return RawClient.edit(start[0], start[1], end[0], end[1], insert);
    }

    private static int[] lineCol(CharSequence text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }

    @Test
    void aConfigFileFlappingBetweenValidAndInvalidNeverStopsLinting(@TempDir Path root) throws IOException {
        Path config = root.resolve(".rubric.yaml");
        Path doc = root.resolve("doc.md");
        Files.writeString(doc, "# Design\n\nLow latency for millions of users.\n");
        Files.writeString(config, "rules:\n  latency-budget: off\n");
        try (RawClient c = new RawClient()) {
            c.initialize(List.of(root));
            String uri = doc.toUri().toString();
            c.awaitLatestDiagnostics(uri, p -> !p.getAsJsonArray("diagnostics").isEmpty() && !RawClient.rules(p).contains("latency-budget"));
            String[] broken = {"rules: [\n", "rules:\n  latency-budget: sometimes\n", "\u0000\u0001", "rulez: 1\n", ": : :\n"};
            for (int round = 0; round < 30; round++) {
                boolean valid = round % 2 == 1;
                Files.writeString(config, valid ? (round % 4 == 3 ? "rules:\n  latency-budget: off\n" : "rules:\n  latency-budget: error\n")
                        : broken[round / 2 % broken.length]);
                c.notify("workspace/didChangeWatchedFiles", RawClient.json("{\"changes\":[{\"uri\":\"" + config.toUri() + "\",\"type\":2}]}"));
                if (round == 0) {
                    // the server reads changes asynchronously: make sure it saw at least one broken
                    // version before the storm goes on, so the assertion below is not a race
                    c.awaitUntil(() -> !c.shownMessages().isEmpty(), "the broken config to be reported");
                }
            }
            // a last valid state no earlier round had: latency-budget as information (severity 3)
            Files.writeString(config, "rules:\n  latency-budget: info\n");
            c.notify("workspace/didChangeWatchedFiles", RawClient.json("{\"changes\":[{\"uri\":\"" + config.toUri() + "\",\"type\":2}]}"));
            c.awaitLatestDiagnostics(uri, p -> {
                for (var d : p.getAsJsonArray("diagnostics")) {
                    JsonObject o = d.getAsJsonObject();
                    if ("latency-budget".equals(o.get("code").getAsString()) && o.get("severity").getAsInt() == 3) return true;
                }
                return false;
            });
            c.awaitUntil(() -> c.shownMessages().stream().anyMatch(m -> m.contains(".rubric.yaml")), "the config errors to be shown");
            assertTrue(c.logMessages().stream().noneMatch(m -> m.contains("could not analyse")), c.logMessages().toString());
            c.assertServing();
        }
    }

    /** A rule that throws on every document. */
    public static final class Exploding implements Rule {
        @Override
        public String id() {
            return "exploding-rule";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "always fails";
        }

        @Override
        public void check(RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aFailingRuleIsReportedOnceAndTheOtherRulesStillRun() {
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtIn().all());
        rules.add(new Exploding());
        Linter linter = new Linter(new RuleRegistry(rules));
        try (RawClient c = new RawClient(linter::lint, 0)) {
            c.initialize();
            String uri = "file:///abuse/failing-rule.md";
            c.open(uri, "# Design\n\nLow latency for millions of users.\n");
            for (int i = 0; i < 10; i++) c.replace(uri, "# Design " + i + "\n\nLow latency for millions of users.\n");
            c.open("file:///abuse/other.md", "# Other\n\nFast.\n");
            JsonObject last = c.awaitLatestDiagnostics(uri, p -> RawClient.version(p) == 11);
            assertTrue(RawClient.rules(last).contains("latency-budget"), "the other rules ran: " + RawClient.rules(last));
            c.awaitLatestDiagnostics("file:///abuse/other.md", p -> !p.getAsJsonArray("diagnostics").isEmpty());
            c.assertServing();
            long reports = c.logMessages().stream().filter(m -> m.contains("exploding-rule") && m.contains("boom")).count();
            assertEquals(1, reports, "the failure is reported once: " + c.logMessages());
        }
    }
}
