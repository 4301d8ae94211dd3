package dev.rubric.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Explanations are made when first read, once, and listed in the rules' order. */
class LazyExplanationsTest {
    @Test
    void makesEachExplanationOnceWhenRead() {
        AtomicInteger made = new AtomicInteger();
        Map<String, Supplier<Explanation>> sources = new LinkedHashMap<>();
        sources.put("monitoring", () -> {
            made.incrementAndGet();
            return new Explanation("monitoring", true, "satisfied by 2 piece(s) of evidence", List.of(), List.of());
        });
        sources.put("rollback", () -> new Explanation("rollback", false, "no evidence found", List.of(), List.of()));
        LazyExplanations explanations = new LazyExplanations(sources);

        assertEquals(2, explanations.size());
        assertEquals(0, made.get(), "nothing is made before it is read");
        assertEquals("satisfied by 2 piece(s) of evidence", explanations.get("monitoring").summary());
        explanations.get("monitoring");
        explanations.values().forEach(e -> { });
        assertEquals(1, made.get(), "made once, however often read");
        assertEquals(List.of("monitoring", "rollback"), List.copyOf(explanations.keySet()));
        assertNull(explanations.get("latency-budget"));
    }

    @Test
    void aRuleContextMakesItsDeferredExplanationOnce() {
        AtomicInteger made = new AtomicInteger();
        RuleContext context = new RuleContext(null, Severity.WARNING, null, null);
        context.explainLater(() -> {
            made.incrementAndGet();
            return new Explanation("rollback", false, "no evidence found", List.of(), List.of());
        });
        assertEquals(0, made.get(), "nothing is made before it is read");
        assertEquals("no evidence found", context.explanation().summary());
        context.explanation();
        context.explanationSource().get();
        assertEquals(1, made.get(), "made once, through either accessor");
    }
}
