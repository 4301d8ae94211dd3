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
            String stripped = LEADING_NUMBERING.matcher(stripLeadingSymbols(h)).replaceFirst("");
            if (stripped.equals(h)) break;
            h = stripped;
        }
        h = h.toLowerCase(Locale.ROOT).replace("'s", "s").replace("'", "");
        // each expression only where its word occurs (the text is lower-cased by now)
        if (h.contains("non")) h = NON_PREFIX.matcher(h).replaceAll("non");
        h = NON_WORD.matcher(h).replaceAll(" ").trim();
        if (h.contains("and")) h = SPACES.matcher(AND.matcher(h).replaceAll(" ")).replaceAll(" ").trim();
        return h;
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
