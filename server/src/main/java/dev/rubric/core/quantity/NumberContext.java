package dev.rubric.core.quantity;

/**
 * What precedes a number, read backwards from it: a currency ("$", "€", "£", "US$", "USD "), an approximation
 * sign ("~", "≈") or word ("about", "on the order of"), "between", a label word that makes the number a name
 * ("top 10", "Section 3", "Python 3"), a year context ("in 2024"), or a product whose decimals are versions
 * ("Kafka 3.6"). Mutable and reused; every look-back is bounded.
 */
final class NumberContext {
    /** Spaces tolerated between "~" and the number, and between the number and the word before it. */
    private static final int MAX_GAP = 2;

    private final CharSequence t;
    private final RegionKey key;
    /** Look-back never reaches before this offset (the end of the previous quantity). */
    private int floor;

    /** Where the quantity starts: the number, or the currency or "~" before it. */
    int start;
    /** "USD", "EUR", "GBP" if written before the number, else null. */
    String currency;
    /** The currency symbol written before the number, or 0: a range may repeat it ("$1–$2"). */
    char currencySymbol;
    boolean approximate;
    /** After "between": "and" separates the ends of a range. */
    boolean between;
    /** After "in", "since", "Q3", a month...: a four-digit number is a year. */
    boolean yearContext;
    /** After a product name: a decimal is a version. */
    boolean productContext;

    NumberContext(CharSequence text, RegionKey key) {
        this.t = text;
        this.key = key;
    }

    /**
     * Reads the context of the number at {@code i}.
     *
     * @return false if the number is glued to an identifier or follows a label word: not a quantity
     */
    boolean read(int i, int floor) {
        this.floor = floor;
        currency = null;
        currencySymbol = 0;
        approximate = false;
        between = false;
        yearContext = false;
        productContext = false;
        int s = i;
        char before = Chars.at(t, s - 1);
        if (before == '$' || before == '€' || before == '£') {
            currencySymbol = before;
            currency = before == '$' ? "USD" : before == '€' ? "EUR" : "GBP";
            s--;
            if (before == '$' && Chars.at(t, s - 2) == 'U' && Chars.at(t, s - 1) == 'S') s -= 2;
        }
        if (s < floor || gluedToWord(t, s)) return false;
        if (currency == null) {
            int k = Chars.skipSpacesBack(t, s, floor, 1);
            if (k < s && k - 3 >= floor && !Chars.isWordChar(Chars.at(t, k - 4))) {
                String code = currencyCode(k - 3);
                if (code != null) {
                    currency = code;
                    s = k - 3;
                }
            }
        }
        int k = Chars.skipSpacesBack(t, s, floor, MAX_GAP);
        if (k > floor && isApproximationSign(t.charAt(k - 1))) {
            approximate = true;
            s = k - 1;
            k = Chars.skipSpacesBack(t, s, floor, MAX_GAP);
        }
        start = s;
        return readWordBefore(k);
    }

    /**
     * True if a figure starting at {@code s} continues an identifier or another figure: "H100", "x86", "int8",
     * "gpt-4", "RFC-0025", "m5.xlarge", "24/7", "10:30", "1,5", "§4", "#12", "n^2".
     */
    static boolean gluedToWord(CharSequence t, int s) {
        if (s == 0) return false;
        char b = t.charAt(s - 1);
        char bb = Chars.at(t, s - 2);
        if (Chars.isWordChar(b)) return true;
        if ((b == '.' || Chars.isHyphen(b) || b == '/') && Chars.isWordChar(bb)) return true;
        if ((b == ':' || b == ',' || b == '\u2013') && Chars.isDigit(bb)) return true;
        return b == '§' || b == '#' || b == '^' || b == '@' || b == '\\' || b == '&';
    }

    /** Looks at the word ending at {@code k}; false if it makes the number a label. */
    private boolean readWordBefore(int k) {
        int we = k;
        boolean dotted = we > floor && t.charAt(we - 1) == '.';
        if (dotted) we--; // "approx.", "ca."
        int ws = Chars.wordStartBack(t, we, floor);
        if (ws == we || Chars.isWordChar(Chars.at(t, ws - 1))) return true;
        UnitTable.ContextWord word = UnitTable.contextWord(key, t, ws, we);
        if (word == null) return true;
        if (word == UnitTable.ContextWord.APPROXIMATE) {
            approximate = true;
            between = previousWordIs(ws, "between");
            return true;
        }
        if (dotted) return true; // a sentence ended: "... the table. 5 users"
        switch (word) {
            case LABEL:
                return false;
            case YEAR:
                yearContext = true;
                break;
            case PRODUCT:
                productContext = true;
                break;
            case BETWEEN:
                between = true;
                break;
            case OF:
                approximate = previousWordIs(ws, "order"); // "on the order of 10k QPS"
                break;
            default:
                break;
        }
        return true;
    }

    private boolean previousWordIs(int wordStart, String word) {
        int k = Chars.skipSpacesBack(t, wordStart, floor, 1);
        int ws = k - word.length();
        return k < wordStart && ws >= floor && Chars.matchesIgnoreCase(t, ws, word)
                && !Chars.isWordChar(Chars.at(t, ws - 1));
    }

    private String currencyCode(int i) {
        if (Chars.at(t, i) == 'U' && Chars.at(t, i + 1) == 'S' && Chars.at(t, i + 2) == 'D') return "USD";
        if (Chars.at(t, i) == 'E' && Chars.at(t, i + 1) == 'U' && Chars.at(t, i + 2) == 'R') return "EUR";
        if (Chars.at(t, i) == 'G' && Chars.at(t, i + 1) == 'B' && Chars.at(t, i + 2) == 'P') return "GBP";
        return null;
    }

    private static boolean isApproximationSign(char c) {
        return c == '~' || c == '≈' || c == '∼' || c == '≃';
    }
}
