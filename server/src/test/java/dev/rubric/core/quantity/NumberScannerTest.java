package dev.rubric.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberScannerTest {
    private final NumberScanner scanner = new NumberScanner();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12            | 12         | 2",
        "0.12          | 0.12       | 4",
        "1,000,000     | 1000000    | 9",
        "1_000         | 1000       | 5",
        "1e6           | 1000000    | 3",
        "2.5E-3        | 0.0025     | 6",
        "10^6          | 1000000    | 4",
        "10⁶           | 1000000    | 3",
        "2^32          | 4294967296 | 4",
        "1.5 × 10^6    | 1500000    | 10",
        "3x10^9        | 3e9        | 6",
        "1,234.5       | 1234.5     | 7",
    })
    void readsValueAndEnd(String text, double value, int end) {
        assertTrue(scanner.scan(text, 0));
        assertEquals(value, scanner.value(0));
        assertEquals(end, scanner.end);
    }

    @Test
    void decimalsAndScalesRoundOnceLikeParseDouble() {
        assertTrue(scanner.scan("1.2", 0));
        assertEquals(1.2e6, scanner.value(6));
        assertTrue(scanner.scan("11.6", 0));
        assertEquals(11_600d, scanner.value(3));
        assertTrue(scanner.scan("0.1", 0));
        assertEquals(0.1, scanner.value(0));
    }

    @Test
    void noBreakSpaceGroupsButPlainSpaceDoesNot() {
        assertTrue(scanner.scan("1\u00A0000\u00A0000 users", 0));
        assertEquals(1e6, scanner.value(0));
        assertTrue(scanner.scan("1 000 000", 0));
        assertEquals(1, scanner.value(0), "plain spaces separate numbers");
    }

    @Test
    void groupsNeedExactlyThreeDigits() {
        assertTrue(scanner.scan("10,20", 0));
        assertEquals(10, scanner.value(0));
        assertEquals(2, scanner.end);
        assertTrue(scanner.scan("1,0000", 0));
        assertEquals(1, scanner.value(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2.1.0 | 5", "10.0.0.1 | 8", "0x1F | 4", "0xdeadbeef rest | 10"})
    void rejectsVersionsAddressesAndHexButReportsTheirEnd(String text, int end) {
        assertFalse(scanner.scan(text, 0));
        assertEquals(end, scanner.end);
    }

    @Test
    void exponentNeedsDigitsAndABoundary() {
        assertTrue(scanner.scan("1e6a", 0));
        assertEquals(1, scanner.end, "a hash like 1e6a is not 1e6");
        assertTrue(scanner.scan("5 eggs", 0));
        assertEquals(1, scanner.end);
    }

    @Test
    void yearLike() {
        assertTrue(scanner.scan("2024", 0));
        assertTrue(scanner.isYearLike());
        assertTrue(scanner.scan("2,024", 0));
        assertFalse(scanner.isYearLike());
        assertTrue(scanner.scan("4096", 0));
        assertFalse(scanner.isYearLike());
    }

    @Test
    void scansFromAnOffset() {
        assertTrue(scanner.scan("abc 42 def", 4));
        assertEquals(4, scanner.start);
        assertEquals(6, scanner.end);
        assertEquals(42, scanner.value(0));
        assertEquals(2, scanner.integerDigits);
        assertTrue(scanner.integer);
    }
}
