package dev.rubric.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {
    @ParameterizedTest(name = "{0} → number ''{1}'', scale ''{2}'', {3} significant")
    @CsvSource(delimiter = '|', value = {
            "≈ 116k QPS|116k|k|3",
            "11.6k QPS|11.6k|k|3",
            "10k events/s|10k|k|1",
            "$3,600/month|3,600||2",
            "1.2 million req/day|1.2 million|million|2",
            "192 GB|192||3",
            "100 GB|100||1",
            "0.40 USD|0.40||2",
            "10^5 s|10^5||1",
            "3.15e7 s|3.15e7||3",
            "2B posts|2B|B|1",
            "30m TTL|30||1",
    })
    void locatesTheNumberAndItsScale(String text, String number, String scale, int significant) {
        FigureFormat.Literal l = FigureFormat.locate(text);
        assertEquals(number, text.substring(l.start(), l.end()));
        assertEquals(scale == null ? "" : scale, l.scale());
        assertEquals(significant, l.significantDigits());
    }

    @Test
    void noNumberNoLiteral() {
        assertNull(FigureFormat.locate("QPS"));
    }

    @ParameterizedTest(name = "{0} like ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "11574.07|116k|11.6k",
            "11574.07|1.2K|11.6K",
            "11574.07|116,000|11,600",
            "1200|201|1200",
            "1200000|1.2 million|1.2 million",
            "2500000000|3bn|2.5bn",
            "192|190|192",
            "0.1|1|0.1",
            "9.313225746|10|9.31",
            "36000|36k|36k",
            "12340|12k|12.3k",
            "86400|10^5|86.4k",
            "512|500|512",
    })
    void writesANumberTheWayTheAuthorDid(double value, String like, String expected) {
        assertEquals(expected, FigureFormat.number(value, FigureFormat.locate(like)));
    }

    /** FixFuzzTest found 5.18e21 grouped with a long's parser: NumberFormatException, the rule failed. */
    @Test
    void groupsAWholeNumberBeyondALong() {
        assertEquals("6,000,000,000,000,000,000,000", FigureFormat.number(6e21, FigureFormat.locate("7")));
        assertEquals("5,180,000,000,000,000,000,000", FigureFormat.number(5.18e21, FigureFormat.locate("70,000")));
    }

    @Test
    void groupsWholeNumbers() {
        assertEquals("86,400", FigureFormat.grouped(86_400));
        assertEquals("1.074", FigureFormat.grouped(1.073741824));
    }
}
