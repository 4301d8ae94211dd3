package dev.rubric.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A phrase is spelled once while the memo holds it; past its cap the memo starts over, never grows. */
class PhraseMemoTest {
    @Test
    void spellsEachPhraseOnce() {
        AtomicInteger calls = new AtomicInteger();
        PhraseMemo memo = new PhraseMemo(10, p -> {
            calls.incrementAndGet();
            return p.toUpperCase();
        });
        for (int round = 0; round < 3; round++) {
            assertEquals("LATENCY BUDGET", memo.of("latency budget"));
            assertEquals("ROLLOUT", memo.of("rollout"));
        }
        assertEquals(2, calls.get());
    }

    @Test
    void startsOverPastItsCap() {
        AtomicInteger calls = new AtomicInteger();
        PhraseMemo memo = new PhraseMemo(3, p -> {
            calls.incrementAndGet();
            return p;
        });
        for (int n = 0; n < 4; n++) memo.of("phrase " + n); // the fourth clears the three kept
        memo.of("phrase 3");
        assertEquals(4, calls.get(), "the phrase spelled after the reset is kept");
        memo.of("phrase 0");
        assertEquals(5, calls.get(), "a phrase from before the reset is spelled again");
    }
}
