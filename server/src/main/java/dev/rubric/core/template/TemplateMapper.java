package dev.rubric.core.template;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Maps a document's sections to a template's blocks. */
public final class TemplateMapper {
    /** Distinct evidence phrases a section needs before its content alone maps it to a block. */
    private static final int CONTENT_EVIDENCE_NEEDED = 3;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");
    /** Evidence phrases as words, made once per phrase. */
    private static final PhraseMemo EVIDENCE_PHRASES = new PhraseMemo(20_000, TemplateMapper::asWords);

    private TemplateMapper() {
    }

    public static TemplateMapping map(DesignDocument doc, Template template, String detection) {
        HeadingMatcher matcher = HeadingMatcher.of(template);
        Map<Section, SectionMapping> result = new LinkedHashMap<>();
        Section title = doc.titleSection();
        Set<Block> namedByHeading = new HashSet<>();
        for (Section s : doc.sections()) {
            if (s == title) continue;
            List<HeadingMatch> matches = matcher.match(s);
            if (!matches.isEmpty()) {
                result.put(s, new SectionMapping(s, matches.get(0).block(), SectionMapping.Source.HEADING));
                namedByHeading.add(matches.get(0).block());
            }
        }
        List<Section> top = doc.topSections();
        for (Section s : doc.sections()) {
            if (s == title || result.containsKey(s)) continue;
            SectionMapping parent = s.parent() == null ? null : result.get(s.parent());
            if (parent != null && parent.mapped()) {
                result.put(s, new SectionMapping(s, parent.block(), SectionMapping.Source.PARENT));
                continue;
            }
            if (top.contains(s)) {
                Block byContent = blockFromContent(s, template, namedByHeading);
                if (byContent != null) {
                    result.put(s, new SectionMapping(s, byContent, SectionMapping.Source.CONTENT));
                    namedByHeading.add(byContent);
                    continue;
                }
            }
            result.put(s, new SectionMapping(s, null, SectionMapping.Source.NONE));
        }
        return new TemplateMapping(template, detection, result);
    }

    private static String words(String phrase) {
        return EVIDENCE_PHRASES.of(phrase);
    }

    /** " words of the phrase ", as the haystack spells them. */
    private static String asWords(String phrase) {
        return " " + NOT_A_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
    }

    /**
     * Exactly {@code NOT_A_WORD.matcher(text).replaceAll(" ")}, read one code point at a time
     * without a matcher: every section not named by its heading has its whole prose read so.
     */
    static String nonWordRunsAsSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0, n = text.length(); i < n; ) {
            int c = Character.codePointAt(text, i);
            int width = Character.charCount(c);
            if (isWordCodePoint(c)) {
                out.append(text, i, i + width);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
            i += width;
        }
        return out.toString();
    }

    /** {@code [\p{L}\p{N}/]}: a letter, a number (digit, letter number or other number) or a slash. */
    private static boolean isWordCodePoint(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/';
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The block whose evidence this section's prose shows most, if clearly enough. */
    private static Block blockFromContent(Section section, Template template, Set<Block> alreadyPresent) {
        StringBuilder text = new StringBuilder(" ");
        for (ProseUnit u : section.allUnits()) text.append(u.normalizedLower()).append(' ');
        String haystack = nonWordRunsAsSpaces(text);
        Block best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Block b : template.blocks()) {
            if (alreadyPresent.contains(b)) continue;
            int hits = 0;
            for (String phrase : b.evidence()) {
                if (haystack.contains(words(phrase))) hits++;
            }
            if (hits > bestHits) {
                secondHits = bestHits;
                bestHits = hits;
                best = b;
            } else if (hits > secondHits) {
                secondHits = hits;
            }
        }
        return bestHits >= CONTENT_EVIDENCE_NEEDED && bestHits > secondHits ? best : null;
    }
}
