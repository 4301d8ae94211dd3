package dev.rubric.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a heading to the words that carry its meaning, so "## 3. 📈 Scaling Strategy:" and
 * "scaling strategy" compare equal: numbering, emoji, punctuation, case and accents go.
 */
public final class HeadingNormalizer {
    private static final Pattern LEADING_NUMBERING = Pattern.compile(
            "^\\s*(?:(?:step|part|section|chapter|block)\\s+)?(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-h])[.):]\\s+|^\\s*\\d+(?:\\.\\d+)*\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_PREFIX = Pattern.compile("\\bnon[\\s-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern AND = Pattern.compile("\\band\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeadingNormalizer() {
    }

    public static String normalize(String heading) {
        if (heading == null) return "";
        // ASCII text is its own decomposition and holds no combining marks (most headings: no work)
        String h = isAscii(heading) ? heading : MARKS.matcher(Normalizer.normalize(heading, Normalizer.Form.NFKD)).replaceAll("");
        h = h.replace('&', ' ').replace("’", "'");
        for (int i = 0; i < 3; i++) {
            String symbolsStripped = stripLeadingSymbols(h);
            String stripped = mayBeNumbered(symbolsStripped) ? LEADING_NUMBERING.matcher(symbolsStripped).replaceFirst("") : symbolsStripped;
            if (stripped.equals(h)) break;
            h = stripped;
        }
        h = h.toLowerCase(Locale.ROOT).replace("'s", "s").replace("'", "");
        // each expression only where its word occurs (the text is lower-cased by now)
        if (h.contains("non")) h = NON_PREFIX.matcher(h).replaceAll("non");
        h = isAscii(h) ? asciiWords(h) : NON_WORD.matcher(h).replaceAll(" ").trim();
        if (h.contains("and")) h = SPACES.matcher(AND.matcher(h).replaceAll(" ")).replaceAll(" ").trim();
        return h;
    }

    /**
     * Whether {@link #LEADING_NUMBERING} can match a text that starts with a letter or digit:
     * its first run of characters up to white space then ends with '.', ')' or ':', is digits
     * and dots, or is one of the words that can come before a number ("step", "part"...). Most
     * headings start with a plain word, and are ruled out without a matcher.
     */
    private static boolean mayBeNumbered(String h) {
        int end = 0;
        while (end < h.length() && !Whitespace.isRegexSpace(h.charAt(end))) end++;
        if (end == 0) return false;
        char last = h.charAt(end - 1);
        if (last == '.' || last == ')' || last == ':') return true;
        boolean digitsAndDots = true;
        for (int i = 0; i < end && digitsAndDots; i++) digitsAndDots = h.charAt(i) >= '0' && h.charAt(i) <= '9' || h.charAt(i) == '.';
        if (digitsAndDots) return true;
        for (String word : NUMBERING_WORDS) {
            if (end == word.length() && h.regionMatches(true, 0, word, 0, end)) return true;
        }
        return false;
    }

    private static final String[] NUMBERING_WORDS = {"step", "part", "section", "chapter", "block"};

    /** {@code NON_WORD.matcher(h).replaceAll(" ").trim()} for ASCII text: runs of what is not a letter or digit become one space. */
    private static String asciiWords(String h) {
        StringBuilder out = new StringBuilder(h.length());
        boolean gap = false;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) out.append(' ');
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return false;
        }
        return true;
    }

    private static String stripLeadingSymbols(String h) {
        int i = 0;
        while (i < h.length()) {
            int cp = h.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) break;
            i += Character.charCount(cp);
        }
        return h.substring(i);
    }
}
