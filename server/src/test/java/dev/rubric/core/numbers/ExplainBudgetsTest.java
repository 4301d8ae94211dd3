package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code rubric check --explain} lists the budget figures, in text and in JSON. */
class ExplainBudgetsTest {
    private static final String DOC = "# Feed\n\n## Requirements\n\n- Peak 12k QPS, p99 < 150 ms, $0.12 per 1M queries, 10 TB of logs.\n";

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)));
        return out.toString();
    }

    @Test
    void jsonHasABudgetsArrayPerFile() throws Exception {
        JsonNode file = new ObjectMapper().readTree(run("check", "--explain", "--format", "json", "-")).get("files").get(0);
        JsonNode budgets = file.get("budgets");
        assertEquals(4, budgets.size(), budgets.toString());
        JsonNode qps = budgets.get(0);
        assertEquals("throughput", qps.get("kind").asText());
        assertEquals("12k QPS", qps.get("text").asText());
        assertEquals(12000, qps.get("value").asLong());
        assertTrue(qps.get("value").isIntegralNumber());
        assertEquals("/s", qps.get("unit").asText());
        assertEquals(5, qps.get("line").asInt());
        assertEquals(8, qps.get("column").asInt());
        assertEquals("latency", budgets.get(1).get("kind").asText());
        assertEquals(0.15, budgets.get(1).get("value").asDouble(), 1e-12);
        assertEquals("cost", budgets.get(2).get("kind").asText());
        assertEquals("1M queries", budgets.get(2).get("per").asText());
        assertEquals("storage", budgets.get(3).get("kind").asText());
        assertEquals("B", budgets.get(3).get("unit").asText());
    }

    @Test
    void withoutExplainThereIsNoBudgetsArray() throws Exception {
        JsonNode file = new ObjectMapper().readTree(run("check", "--format", "json", "-")).get("files").get(0);
        assertTrue(file.get("budgets") == null);
    }

    @Test
    void textListsThemUnderTheExplanations() {
        String text = run("check", "--explain", "-");
        assertTrue(text.contains("  budget figures (4)\n"), text);
        assertTrue(text.contains("      throughput line 5: 12k QPS = 12k/s\n"), text);
        assertTrue(text.contains("      latency    line 5: 150 ms = 150 ms\n"), text);
        assertTrue(text.contains("      cost       line 5: $0.12 per 1M queries = $0.12 per 1M queries\n"), text);
        assertTrue(text.contains("      storage    line 5: 10 TB = 10 TB\n"), text);
    }
}
