package dev.rubric.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The build's index of rule classes, which the jar reads instead of listing its entries. */
class RuleIndexTest {
    @Test
    void theBuildsIndexListsExactlyTheRuleClasses() throws Exception {
        String index;
        try (InputStream in = RuleRegistry.class.getClassLoader().getResourceAsStream(RuleRegistry.INDEX)) {
            assertNotNull(in, "the build (process-classes) writes " + RuleRegistry.INDEX);
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(RuleRegistry.listedClassNames(), index.lines().toList());
        // from a folder (as here) the package is listed, never read from a possibly stale index
        assertEquals(RuleRegistry.listedClassNames(), RuleRegistry.classNames());
    }
}
