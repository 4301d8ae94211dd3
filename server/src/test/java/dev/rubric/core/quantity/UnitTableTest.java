package dev.rubric.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTableTest {
    private final RegionKey key = new RegionKey();

    private Unit lookup(String spelling) {
        return UnitTable.lookup(key, spelling, 0, spelling.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ms           | ms   | TIME      | 0.001",
        "msec         | ms   | TIME      | 0.001",
        "Milliseconds | ms   | TIME      | 0.001",
        "µs           | µs   | TIME      | 1e-6",
        "us           | µs   | TIME      | 1e-6",
        "hours        | h    | TIME      | 3600",
        "months       | month| TIME      | 2592000",
        "years        | year | TIME      | 31536000",
        "KB           | KB   | DATA_SIZE | 1000",
        "KiB          | KiB  | DATA_SIZE | 1024",
        "GiB          | GiB  | DATA_SIZE | 1073741824",
        "Gb           | Gb   | DATA_SIZE | 125000000",
        "gb           | GB   | DATA_SIZE | 1e9",
        "Gbps         | Gbps | DATA_RATE | 125000000",
        "qps          | QPS  | RATE      | 1",
        "RPM          | RPM  | RATE      | 0.016666666666666666",
        "Users        | users| COUNT     | 1",
        "dau          | DAU  | COUNT     | 1",
        "cents        | cents| MONEY     | 0.01",
        "percent      | %    | PERCENT   | 1",
    })
    void spellingsMapToCanonicalUnits(String spelling, String canonical, Dimension dimension, double toBase) {
        Unit u = lookup(spelling);
        assertNotNull(u, spelling);
        assertEquals(canonical, u.canonical());
        assertEquals(dimension, u.dimension());
        assertEquals(toBase, u.toBase(1), Math.abs(toBase) * 1e-12);
    }

    @Test
    void caseMattersForSymbols() {
        assertNull(lookup("MS"), "MS is not milliseconds");
        assertNull(lookup("S"));
        assertNotEquals(lookup("Mb").toBase(1), lookup("MB").toBase(1));
        assertTrue(lookup("B").has(Unit.BYTES_RATE_ONLY));
    }

    @Test
    void singularAndPluralShareTheUnit() {
        assertEquals(lookup("user").id(), lookup("users").id());
        assertTrue(lookup("user").has(Unit.SINGULAR));
        assertTrue(!lookup("users").has(Unit.SINGULAR));
        assertTrue(!lookup("DAU").has(Unit.SINGULAR));
    }

    @Test
    void scales() {
        assertEquals(3, UnitTable.scaleExponent(key, "k", 0, 1));
        assertEquals(9, UnitTable.scaleExponent(key, "Billion", 0, 7));
        assertEquals(-1, UnitTable.scaleExponent(key, "b", 0, 1), "a lower-case b is ambiguous: not a scale");
    }

    @Test
    void rateNamesAreBuiltOnceAndShared() {
        Unit events = lookup("events");
        Unit day = lookup("day");
        assertEquals("events/day", UnitTable.rateName(events, day));
        assertSame(UnitTable.rateName(events, day), UnitTable.rateName(events, day));
        assertEquals("req/s", UnitTable.rateName(lookup("requests"), lookup("second")));
        assertEquals("/min", UnitTable.rateName(null, lookup("minute")));
    }

    @Test
    void regionKeyHashesLikeTheEquivalentString() {
        String text = "about 10 Seconds";
        assertEquals("Seconds".hashCode(), key.set(text, 9, 16, false).hashCode());
        assertEquals("seconds".hashCode(), key.set(text, 9, 16, true).hashCode());
        assertTrue(key.set(text, 9, 16, true).equals("seconds"));
        assertEquals("seconds", key.toString());
        assertEquals(7, key.length());
    }
}
