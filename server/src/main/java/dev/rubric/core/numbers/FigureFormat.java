package dev.rubric.core.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Reads and rewrites the number inside a figure the way its author wrote it: "116k QPS" with
 * 11,574 becomes "11.6k QPS", "1.2 million" stays in words, "11,600" keeps its thousands
 * separators. Only the number and its scale are touched; currency signs, "≈" and the unit stay.
 */
public final class FigureFormat {
    private static final String[] LETTERS = {"", "k", "M", "B", "T"};
    private static final String[] WORDS = {"", "thousand", "million", "billion", "trillion"};

    /** Where the number of a figure is and how it is written. Offsets are relative to the figure's text. */
    public record Literal(int start, int end, String digits, String scale, double scaleValue) {
        /** Significant digits the author wrote: "10k" has 1, "11.6k" 3, "192" 3, "0.40" 2. */
        public int significantDigits() {
            String d = digits.replace(",", "");
            int e = d.indexOf('e');
            if (e < 0) e = d.indexOf('E');
            if (e < 0) e = d.indexOf('^');
            if (e >= 0) d = d.substring(0, e);
            boolean decimal = d.indexOf('.') >= 0;
            String s = d.replace(".", "").replaceFirst("^0+", "");
            if (!decimal) s = s.replaceFirst("0+$", "");
            return Math.max(1, s.length());
        }
    }

    private FigureFormat() {
    }

    /** The number inside a figure's text ("≈ 11.6k QPS" → "11.6k"), or null if it has none. */
    public static Literal locate(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !Character.isDigit(text.charAt(i))) i++;
        if (i == n) return null;
        int start = i;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if ((c == 'e' || c == 'E') && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
                i++;
            } else if (c == '^' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        int digitsEnd = i;
        String digits = text.substring(start, digitsEnd);
        int k = i;
        if (k < n && text.charAt(k) == ' ') k++;
        int w = k;
        while (w < n && Character.isLetter(text.charAt(w))) w++;
        String word = text.substring(k, w);
        boolean boundary = w >= n || !Character.isLetterOrDigit(text.charAt(w)) && text.charAt(w) != '/';
        double scale = boundary ? scaleOf(word, k == digitsEnd) : 0;
        if (scale > 0) return new Literal(start, w, digits, word, scale);
        return new Literal(start, digitsEnd, digits, "", 1);
    }

    private static double scaleOf(String word, boolean attached) {
        switch (word) {
            case "k": case "K": return 1e3;
            case "M": return 1e6;
            case "B": case "bn": case "Bn": case "BN": return 1e9;
            case "T": return 1e12;
            default: break;
        }
        if (attached && word.equals("m")) return 0; // "30m" is minutes to the parser; leave it alone
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            case "trillion" -> 1e12;
            default -> 0;
        };
    }

    /** {@code value} written in the style of {@code like}: same scale family, grouping, letter case. */
    public static String number(double value, Literal like) {
        if (!Double.isFinite(value)) return Double.toString(value);
        if (value < 0) return "-" + number(-value, like);
        String scale = like == null ? "" : like.scale();
        boolean words = scale.length() > 2;
        boolean letters = !scale.isEmpty() && !words;
        boolean exponent = like != null && like.digits().matches(".*[eE^].*");
        if (letters || words || exponent) {
            for (int i = LETTERS.length - 1; i > 0; i--) {
                double unit = Math.pow(1000, i);
                BigDecimal r = round(value / unit);
                if (r.compareTo(BigDecimal.ONE) >= 0) {
                    String s = plain(r);
                    if (words) return s + " " + WORDS[i];
                    return s + letter(i, scale);
                }
            }
            return plain(round(value));
        }
        BigDecimal r = round(value);
        boolean group = like != null && like.digits().contains(",") || r.compareTo(BigDecimal.valueOf(10_000)) >= 0;
        if (r.compareTo(BigDecimal.valueOf(1000)) >= 0 && r.stripTrailingZeros().scale() <= 0) {
            String s = r.setScale(0, RoundingMode.HALF_UP).toPlainString();
            // BigInteger: a figure beyond a long ("5.18e21") is grouped too, not a rule failure
            return group ? String.format(Locale.ROOT, "%,d", new BigInteger(s)) : s;
        }
        return plain(r);
    }

    /** The author's letter for a scale: "K" if they wrote "K", "bn" if they wrote "bn". */
    private static String letter(int i, String like) {
        if (i == 1 && like.equals("K")) return "K";
        if (i == 3 && (like.equals("bn") || like.equals("Bn") || like.equals("BN"))) return like;
        return LETTERS[i];
    }

    /** Three significant digits, or every digit of a whole number of up to six digits. */
    static BigDecimal round(double v) {
        BigDecimal exact = BigDecimal.valueOf(v);
        BigDecimal whole = exact.setScale(0, RoundingMode.HALF_UP);
        if (v >= 1 && v < 1e6 && Math.abs(v - whole.doubleValue()) <= 1e-9 * Math.max(1, v)) return whole;
        return exact.round(new MathContext(3, RoundingMode.HALF_UP));
    }

    static BigDecimal round(double v, int significant) {
        return BigDecimal.valueOf(v).round(new MathContext(significant, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** A whole number with thousands separators: 86400 → "86,400"; others to three significant digits. */
    public static String grouped(double v) {
        if (v >= 1 && v < 1e15 && v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
        return plain(BigDecimal.valueOf(v).round(new MathContext(4, RoundingMode.HALF_UP)));
    }
}
