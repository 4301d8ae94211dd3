package dev.rubric.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives {@link QuantityParser} with the table in {@code quantity/phrasings.tsv}; the file's header documents
 * the format. Each row must yield exactly the listed quantities, in order.
 */
class PhrasingTableTest {
    private static final String TABLE = "/quantity/phrasings.tsv";

    /** One expected quantity, parsed from a table cell. */
    record Expected(Dimension dimension, double low, double high, String unit, boolean approximate,
                    Double baseLow, Double baseHigh, String per) {

        static Expected parse(String item) {
            String perText = "";
            int perAt = item.indexOf(" per=");
            if (perAt >= 0) {
                perText = item.substring(perAt + 5);
                item = item.substring(0, perAt);
            }
            String[] f = item.trim().split("\\s+");
            if (f.length < 3) throw new IllegalArgumentException("bad item: " + item);
            double[] v = range(f[1]);
            boolean approximate = false;
            double[] base = null;
            for (int i = 3; i < f.length; i++) {
                if (f[i].equals("~")) approximate = true;
                else if (f[i].startsWith("base=")) base = range(f[i].substring(5));
                else throw new IllegalArgumentException("bad field '" + f[i] + "' in: " + item);
            }
            return new Expected(Dimension.valueOf(f[0]), v[0], v[1], f[2], approximate,
                    base == null ? null : base[0], base == null ? null : base[1], perText);
        }

        private static double[] range(String s) {
            int dots = s.indexOf("..");
            return dots < 0 ? new double[] {Double.parseDouble(s), Double.parseDouble(s)}
                    : new double[] {Double.parseDouble(s.substring(0, dots)), Double.parseDouble(s.substring(dots + 2))};
        }
    }

    static Stream<Arguments> phrasings() throws IOException {
        return rows().stream().map(r -> Arguments.of(r[0], r[1]));
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PhrasingTableTest.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IOException("missing test resource " + TABLE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != 2) throw new IOException(TABLE + ":" + number + ": expected 2 tab-separated cells");
                rows.add(cells);
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void parsesAsExpected(String phrase, String expected) {
        List<Quantity> found = QuantityParser.find(phrase);
        List<Expected> want = expected.equals("none") ? List.of()
                : Stream.of(expected.split(" ; ")).map(Expected::parse).collect(Collectors.toList());
        assertEquals(want.size(), found.size(), () -> "quantities in '" + phrase + "': " + describe(found));
        for (int i = 0; i < want.size(); i++) {
            Expected w = want.get(i);
            Quantity q = found.get(i);
            String where = "quantity " + i + " of '" + phrase + "': " + describe(List.of(q));
            assertEquals(w.dimension(), q.dimension(), where);
            assertEquals(w.unit(), q.unit(), where);
            assertClose(w.low(), q.low(), 1e-9, "low of " + where);
            assertClose(w.high(), q.high(), 1e-9, "high of " + where);
            assertEquals(w.approximate(), q.approximate(), "approximate of " + where);
            assertEquals(w.per(), q.per(), "per of " + where);
            if (w.baseLow() != null) {
                assertClose(w.baseLow(), q.baseLow(), 1e-6, "baseLow of " + where);
                assertClose(w.baseHigh(), q.baseHigh(), 1e-6, "baseHigh of " + where);
            }
            // the reported text is always the source between the offsets
            assertEquals(phrase.substring(q.start(), q.end()), q.text(), where);
        }
    }

    /** The brief asks for breadth: keep the table at least this large. */
    @Test
    void tableIsLargeAndHasEnoughNegativeRows() throws IOException {
        List<String[]> rows = rows();
        long none = rows.stream().filter(r -> r[1].equals("none")).count();
        assertTrue(rows.size() >= 200, "phrasings: " + rows.size());
        assertTrue(none >= 40, "must-not-parse phrasings: " + none);
        long distinct = rows.stream().map(r -> r[0]).distinct().count();
        assertEquals(rows.size(), distinct, "duplicate phrasings in the table");
    }

    private static void assertClose(double expected, double actual, double relative, String message) {
        double tolerance = Math.max(Math.abs(expected) * relative, 1e-12);
        if (Math.abs(expected - actual) > tolerance) fail(message + ": expected " + expected + " but was " + actual);
    }

    private static String describe(List<Quantity> qs) {
        return qs.stream()
                .map(q -> "[" + q.text() + "] " + q.dimension() + " " + q.low() + ".." + q.high() + " " + q.unit()
                        + (q.approximate() ? " ~" : "") + (q.per().isEmpty() ? "" : " per=" + q.per()))
                .collect(Collectors.joining(" ; "));
    }
}
