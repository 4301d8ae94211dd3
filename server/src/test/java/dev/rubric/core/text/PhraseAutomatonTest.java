package dev.rubric.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One reading by the automaton finds a phrase exactly where {@link String#contains} does. */
class PhraseAutomatonTest {
    @Test
    void findsEveryPhraseTheTextHoldsAndNoOther() {
        PhraseAutomaton a = PhraseAutomaton.of(List.of("model", "model registry", "del", "feature store", "a/b", "trade-off"));
        BitSet found = a.noneRead();
        a.read("the model registry keeps a feature of the store; a/b tests", PhraseAutomaton.START, found);
        assertTrue(found.get(a.id("model")));
        assertTrue(found.get(a.id("model registry")));
        assertTrue(found.get(a.id("del")), "a phrase inside another is found too");
        assertTrue(found.get(a.id("a/b")));
        assertFalse(found.get(a.id("feature store")), "the words apart are not the phrase");
        assertFalse(found.get(a.id("trade-off")));
    }

    @Test
    void aPhraseRunningAcrossTwoPartsIsFoundFromTheStateTheFirstEndsIn() {
        PhraseAutomaton a = PhraseAutomaton.of(List.of("feature store"));
        BitSet found = a.noneRead();
        int state = a.read("a feat", PhraseAutomaton.START, found);
        assertFalse(found.get(0));
        a.read("ure store", state, found);
        assertTrue(found.get(0));
    }

    @Test
    void idsCountDistinctPhrasesAndTheEmptyPhraseIsAlwaysFound() {
        PhraseAutomaton a = PhraseAutomaton.of(List.of("x", "", "x", "yz"));
        assertEquals(3, a.size());
        assertEquals(0, a.id("x"));
        assertEquals(1, a.id(""));
        assertEquals(2, a.id("yz"));
        assertEquals(-1, a.id("absent"));
        assertEquals(2, a.longest());
        assertTrue(a.noneRead().get(1));
        assertFalse(a.noneRead().get(0));
    }

    @Test
    void charactersBeyondAsciiAreComparedAsTheyAre() {
        PhraseAutomaton a = PhraseAutomaton.of(List.of("café", "p99 ≤ 80 ms", "naïve"));
        BitSet found = a.noneRead();
        a.read("the café keeps p99 ≤ 80 ms; naive", PhraseAutomaton.START, found);
        assertTrue(found.get(a.id("café")));
        assertTrue(found.get(a.id("p99 ≤ 80 ms")));
        assertFalse(found.get(a.id("naïve")));
    }

    @Test
    void randomPhrasesAreFoundExactlyWhereContainsFindsThem() {
        Random random = new Random(7);
        String alphabet = "abcab -é≤";
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, alphabet, random.nextInt(200));
            List<String> phrases = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                if (!text.isEmpty() && random.nextBoolean()) {
                    int from = random.nextInt(text.length());
                    phrases.add(text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(8))));
                } else {
                    phrases.add(randomText(random, alphabet, 1 + random.nextInt(6)));
                }
            }
            // with the full table, and following fall-backs as a phrase set too large for one does
            for (PhraseAutomaton a : List.of(PhraseAutomaton.of(phrases), PhraseAutomaton.of(phrases, 0))) {
                BitSet whole = a.noneRead();
                a.read(text, PhraseAutomaton.START, whole);
                // and read in two parts, one character at a time in the second
                int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
                BitSet parts = a.noneRead();
                int state = a.read(text.substring(0, cut), PhraseAutomaton.START, parts);
                for (int i = cut; i < text.length(); i++) state = a.read(text.charAt(i), state, parts);
                for (String p : phrases) {
                    assertEquals(text.contains(p), whole.get(a.id(p)), () -> "'" + p + "' in '" + text + "'");
                    assertEquals(text.contains(p), parts.get(a.id(p)), () -> "'" + p + "' in '" + text + "' cut at " + cut);
                    checked++;
                }
            }
        }
        assertEquals(12_000, checked);
    }

    @Test
    void aPhraseSetTooLargeForAFullTableIsReadByFallBacks() {
        // 5,000 phrases of 20 characters drawn from 60: about 100,000 states × 61 classes, past the table's limit
        Random random = new Random(11);
        StringBuilder alphabet = new StringBuilder();
        for (char c = 'A'; alphabet.length() < 60; c++) if (Character.isLetter(c)) alphabet.append(c);
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) phrases.add(randomText(random, alphabet.toString(), 20));
        PhraseAutomaton a = PhraseAutomaton.of(phrases);
        String text = "before " + phrases.get(4_321) + " and " + phrases.get(17).substring(0, 19) + " after";
        BitSet found = a.noneRead();
        a.read(text, PhraseAutomaton.START, found);
        assertTrue(found.get(4_321));
        assertFalse(found.get(17), "a phrase one character short is not found");
        assertEquals(1, found.cardinality());
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
