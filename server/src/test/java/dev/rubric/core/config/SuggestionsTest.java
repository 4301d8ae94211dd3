package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("template", "rules", "ignore", "overrides", "templates", "extends");

    @Test
    void suggestsTheClosestCandidateForATypo() {
        assertEquals(Optional.of("rules"), Suggestions.closest("rulez", KEYS));
        assertEquals(Optional.of("ignore"), Suggestions.closest("ignroe", KEYS));
        assertEquals(Optional.of("latency-budget"),
                Suggestions.closest("latency-budjet", List.of("latency-budget", "latency-budget-sum")));
    }

    @Test
    void ignoresCase() {
        assertEquals(Optional.of("rules"), Suggestions.closest("Rules", KEYS));
    }

    @Test
    void suggestsNothingWhenNoCandidateIsPlausible() {
        assertEquals(Optional.empty(), Suggestions.closest("owner", KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("readability-score", List.of("rollback", "monitoring")));
    }

    @Test
    void aHintNamesTheSuggestionThenListsTheValidChoices() {
        assertEquals("did you mean 'rules'? valid keys: template, rules, ignore, overrides, templates, extends",
                Suggestions.hint("rulez", KEYS, "valid keys"));
        assertEquals("valid keys: template, rules, ignore, overrides, templates, extends",
                Suggestions.hint("owner", KEYS, "valid keys"));
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggestions.editDistance("rules", "rules"));
        assertEquals(1, Suggestions.editDistance("rule", "rules"));
        assertEquals(1, Suggestions.editDistance("rulez", "rules"));
        assertEquals(2, Suggestions.editDistance("ignroe", "ignore"));
        assertEquals(5, Suggestions.editDistance("", "rules"));
    }
}
