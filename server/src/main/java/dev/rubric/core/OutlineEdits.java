package dev.rubric.core;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseKind;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.SectionMapping;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.template.TemplateRegistry;
import dev.rubric.core.text.LineIndex;
import dev.rubric.core.text.SplicedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Tells, without reading the new text, whether an edit leaves a document's outline as it was:
 * the same headings at the same positions, each filling the same template block. An editor asks
 * for the outline after every keystroke, and most keystrokes are typing in a paragraph, so the
 * previous outline can be given at once instead of waiting for the new version's parse.
 *
 * <p>The answer is "kept" only when that can be shown from the previous version's model and the
 * changed characters alone; anything it cannot show is "read it again". The outline is the
 * headings (their text, levels and ranges, which start and end at headings or at the end of the
 * text) and the mapping to template blocks, which reads prose twice: template detection looks
 * for each template's topic words in all the prose, and a top-level section no heading maps can
 * be mapped by the evidence phrases its prose holds. So an edit keeps the outline when
 * <ol>
 *   <li>it changes one stretch of one line that is not the text's last, adding and removing no
 *       line break, so no position on another line moves and no heading's range ends on it;</li>
 *   <li>the line belongs to a paragraph (its prose units, of one block) whose first and last
 *       lines are known (a blank or heading line, a list marker, or the text's edge around
 *       them), and the edit comes after the line's first word: block starts and whole-line
 *       forms (setext underlines, thematic breaks, table delimiter rows, fences) are decided
 *       before the first letter or need a line without letters;</li>
 *   <li>the paragraph's masking (what {@code DocumentParser} blanks: code spans, links, inline
 *       HTML, URLs) cannot change: the edit adds or removes no backtick, bracket, parenthesis,
 *       {@code <}, backslash, pipe or line break; the paragraph holds no backslash and no
 *       {@code <} opening a tag or autolink and does not open with {@code [} (a link
 *       reference definition); the edit lies outside every stretch a link or image can take
 *       ({@link #linkZones}), which holds no backtick, outside every code span (backtick runs paired
 *       as CommonMark pairs them, exact here since no link or tag can take a backtick), and its
 *       word holds no {@code ://} (bare URLs) and, if it may hold a mail or web address, no
 *       inline markup, so the autolink extension's extractor alone decides its masking, which is
 *       read again for the new word;</li>
 *   <li>no topic word (when the template was detected) and no evidence phrase of the template
 *       touches the edit in the paragraph's prose before or after it, with the prose around it:
 *       searched in the text folded as each search reads it (whitespace runs for topic words,
 *       every run of non-word characters for evidence), which finds every occurrence the real
 *       searches find however the paragraph is split into sentences.</li>
 * </ol>
 */
public final class OutlineEdits {
    /** Characters whose insertion or removal can open or close markup; never in a kept edit. */
    private static final String MARKUP = "`[]()<\\|\n\r";
    /** How {@code TemplateSelector} names a template it did not detect. */
    private static final Set<String> CHOSEN_NOT_DETECTED = Set.of("front matter", "config", "command line");
    /** The links Flexmark's autolink extension finds in text (it builds its extractor so). */
    private static final LinkExtractor AUTOLINKS = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();
    /** As {@code TemplateMapper} reads evidence phrases. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

    private OutlineEdits() {
    }

    /**
     * Whether the outline of {@code after} (read with the same options) equals the outline of
     * {@code doc}'s text mapped by {@code mapping}: same sections, titles, levels, positions and
     * block labels. False means "not shown", not "changed". {@code after} may be a
     * {@link SplicedText} of the document's text, which is then read in place, never built.
     */
    public static boolean keepsOutline(DesignDocument doc, TemplateMapping mapping, CharSequence after, TemplateRegistry templates) {
        String before = doc.text();
        Edit edit = Edit.between(before, after);
        if (edit.isEmpty()) return true; // the same text
        if (!plainEdit(before, after, edit)) return false;
        LineIndex lines = doc.lines();
        int line = lines.lineOf(edit.start());
        if (line + 1 >= lines.lineCount() || edit.oldEnd() > lines.lineEnd(line)) return false;
        if (edit.start() < leadEnd(before, lines.lineStart(line), lines.lineEnd(line))) return false;
        Paragraph paragraph = Paragraph.around(doc, edit);
        if (paragraph == null || !paragraph.bounded(doc) || !paragraph.maskingKept(lines, after, edit)) return false;
        return !proseTouched(doc, mapping, templates, paragraph, after, edit);
    }

    /** The changed stretch: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
    record Edit(int start, int oldEnd, int newEnd) {
        /**
         * The shortest such stretch: the texts' common start and common end are left out. Of a
         * {@link SplicedText} of {@code before}, the stretch it replaced is where the comparison
         * starts from both ends (everything outside it is the same characters): the same answer
         * without reading the whole text.
         */
        static Edit between(String before, CharSequence after) {
            int shorter = Math.min(before.length(), after.length());
            int start = 0;
            int tail = 0;
            if (after instanceof SplicedText spliced && spliced.base() == before) {
                start = Math.min(spliced.start(), shorter);
                tail = Math.min(before.length() - spliced.end(), shorter - start);
            }
            while (start < shorter && before.charAt(start) == after.charAt(start)) start++;
            tail = Math.min(tail, shorter - start);
            while (tail < shorter - start && before.charAt(before.length() - 1 - tail) == after.charAt(after.length() - 1 - tail)) tail++;
            return new Edit(start, before.length() - tail, after.length() - tail);
        }

        /** Nothing changed: the two texts are equal. */
        boolean isEmpty() {
            return start == oldEnd && start == newEnd;
        }
    }

    /** No markup character added or removed, and no surrogate pair cut. */
    private static boolean plainEdit(String before, CharSequence after, Edit edit) {
        for (int i = edit.start(); i < edit.oldEnd(); i++) if (MARKUP.indexOf(before.charAt(i)) >= 0) return false;
        for (int i = edit.start(); i < edit.newEnd(); i++) if (MARKUP.indexOf(after.charAt(i)) >= 0) return false;
        return !cutsPair(before, edit.start(), edit.oldEnd()) && !cutsPair(after, edit.start(), edit.newEnd());
    }

    private static boolean cutsPair(CharSequence text, int start, int end) {
        return start > 0 && start < text.length() && Character.isHighSurrogate(text.charAt(start - 1)) && Character.isLowSurrogate(text.charAt(start))
                || end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end));
    }

    /**
     * Where the line's lead ends: past its first letter, the rest of that word and the blanks
     * after it. Every block marker of the line lies before it. {@code lineEnd} + 1 when the line
     * has no letter (an edit anywhere on it could change its block).
     */
    static int leadEnd(String text, int lineStart, int lineEnd) {
        int i = lineStart;
        while (i < lineEnd && !Character.isLetter(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
        if (i == lineEnd) return lineEnd + 1;
        while (i < lineEnd && !isBlank(text.charAt(i))) i++;
        while (i < lineEnd && isBlank(text.charAt(i))) i++;
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The edited paragraph: its units (of one block) and the lines they lie on. */
    private record Paragraph(List<ProseUnit> units, int firstUnit, int lastUnit, int start, int end, int firstLine, int lastLine) {
        /** The paragraph whose units hold the edit; null when the edit is not inside one. */
        static Paragraph around(DesignDocument doc, Edit edit) {
            List<ProseUnit> units = doc.units();
            int at = lastStartingAtOrBefore(units, edit.start());
            if (at < 0) return null;
            ProseUnit unit = units.get(at);
            if (unit.kind() == ProseKind.TABLE_CELL) return null;
            int first = at;
            while (first > 0 && units.get(first - 1).block() == unit.block()) first--;
            int last = at;
            while (last + 1 < units.size() && units.get(last + 1).block() == unit.block()) last++;
            int start = units.get(first).startOffset();
            int end = units.get(last).range().endOffset();
            if (edit.start() < start || edit.oldEnd() > end) return null;
            LineIndex lines = doc.lines();
            return new Paragraph(units, first, last, start, end, lines.lineOf(start), lines.lineOf(end));
        }

        private static int lastStartingAtOrBefore(List<ProseUnit> units, int offset) {
            int lo = 0;
            int hi = units.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (units.get(mid).startOffset() <= offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        /**
         * The paragraph starts on its first unit's line and ends on its last unit's: text before
         * the first unit on its line is only container and list markers, the line before is blank
         * (or only quote markers), a heading, or there is none, unless the first line opens a
         * list item; the line after is blank, a heading, none, or opens a bullet item (which ends
         * any paragraph). Otherwise lines holding only masked text could belong to it unseen.
         */
        boolean bounded(DesignDocument doc) {
            String text = doc.text();
            LineIndex lines = doc.lines();
            int lineStart = lines.lineStart(firstLine);
            int markers = containerMarkers(text, lineStart, start);
            if (markers < 0) return false;
            Set<Integer> headingLines = headingLines(doc);
            boolean opens = markers > 0 || firstLine == 0 || onlyQuoteMarkers(lines, firstLine - 1) || headingLines.contains(firstLine - 1);
            if (!opens) return false;
            int next = lastLine + 1;
            return next >= lines.lineCount() || onlyQuoteMarkers(lines, next) || headingLines.contains(next) || opensBulletItem(lines, next)
                    || markers > 0 && opensOrderedItemBefore(lines, next, start - lineStart, text, lineStart);
        }

        /**
         * The line opens an ordered item ("2. ", "10) ") left of the column where this paragraph's
         * text starts, in a list item whose line has no quote marker or tab: the item this
         * paragraph is in does not hold that line, so it opens a new item (any number may,
         * outside a paragraph) and is no lazy continuation.
         */
        private static boolean opensOrderedItemBefore(LineIndex lines, int line, int contentColumn, String text, int paragraphLineStart) {
            for (int i = paragraphLineStart; i < paragraphLineStart + contentColumn; i++) {
                if (text.charAt(i) == '>' || text.charAt(i) == '\t') return false;
            }
            int i = lines.lineStart(line);
            int end = lines.lineEnd(line);
            int indent = 0;
            while (i < end && text.charAt(i) == ' ') {
                i++;
                indent++;
            }
            int digits = 0;
            while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9' && digits < 10) {
                i++;
                digits++;
            }
            if (digits == 0 || digits > 9 || indent >= contentColumn || i + 2 >= end) return false;
            if ((text.charAt(i) != '.' && text.charAt(i) != ')') || text.charAt(i + 1) != ' ') return false;
            int j = i + 1;
            while (j < end && text.charAt(j) == ' ') j++;
            return j < end;
        }

        /** How many list markers [from, to) holds if it is only blanks, quote markers and list markers; else -1. */
        private static int containerMarkers(String text, int from, int to) {
            int markers = 0;
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '>') {
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && i + 1 < to && isBlank(text.charAt(i + 1))) {
                    markers++;
                    i += 2;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < to && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
                    if (j + 1 >= to || (text.charAt(j) != '.' && text.charAt(j) != ')') || !isBlank(text.charAt(j + 1))) return -1;
                    markers++;
                    i = j + 2;
                } else if (markers > 0 && onlyLinkOpeners(text, i, to)) {
                    // "- [Runbook](…) — text": a list item's paragraph opening with a link, whose
                    // bracket the model masks; the marker before it opens the paragraph here
                    return markers;
                } else {
                    return -1;
                }
            }
            return markers;
        }

        private static boolean onlyLinkOpeners(String text, int from, int to) {
            for (int i = from; i < to; i++) if (text.charAt(i) != '[' && text.charAt(i) != '!') return false;
            return true;
        }

        private static boolean onlyQuoteMarkers(LineIndex lines, int line) {
            String text = lines.text();
            for (int i = lines.lineStart(line); i < lines.lineEnd(line); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '>') return false;
            }
            return true;
        }

        /** After quote markers and blanks, "-", "*" or "+", a blank and text: a bullet item, which ends a paragraph. */
        private static boolean opensBulletItem(LineIndex lines, int line) {
            String text = lines.text();
            int i = lines.lineStart(line);
            int end = lines.lineEnd(line);
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) i++;
            if (i + 2 >= end || "-*+".indexOf(text.charAt(i)) < 0 || !isBlank(text.charAt(i + 1))) return false;
            int j = i + 1;
            while (j < end && isBlank(text.charAt(j))) j++;
            return j < end;
        }

        private static Set<Integer> headingLines(DesignDocument doc) {
            Set<Integer> lines = new HashSet<>();
            for (Section s : doc.sections()) {
                for (int l = s.headingRange().start().line(); l <= s.headingRange().end().line(); l++) lines.add(l);
            }
            return lines;
        }

        /** The paragraph's code spans, links, inline HTML and autolinks stay as they were (see the class comment). */
        boolean maskingKept(LineIndex lines, CharSequence after, Edit edit) {
            String before = lines.text();
            int from = lines.lineStart(firstLine);
            int to = lines.lineEnd(lastLine);
            if (before.charAt(start) == '[') return false; // a link reference definition's candidate
            for (int i = from; i < to; i++) {
                char c = before.charAt(i);
                if (c == '\\') return false;
                if (c == '<' && i + 1 < to && opensTag(before.charAt(i + 1))) return false;
            }
            if (edit.start() > 0 && before.charAt(edit.start() - 1) == '<') return false;
            for (int[] zone : linkZones(before, from, to)) {
                if (edit.start() <= zone[1] && edit.oldEnd() >= zone[0]) return false;
                for (int i = zone[0]; i <= zone[1]; i++) if (before.charAt(i) == '`') return false;
            }
            for (int[] span : codeSpans(before, from, to)) {
                if (edit.oldEnd() > span[0] && edit.start() < span[1]) return false;
            }
            return !linkWordAtRisk(before, edit.start(), edit.oldEnd()) && !linkWordAtRisk(after, edit.start(), edit.newEnd());
        }

        private static boolean opensTag(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
        }

        /**
         * The edited word could hold a link whose masking is not the autolink extractor's alone:
         * one with "://" (the model's bare URLs, Flexmark's scheme prefixes), or a mail or web
         * address beside inline markup (which would cut the text the extractor reads).
         */
        private static boolean linkWordAtRisk(CharSequence text, int start, int end) {
            String word = Word.around(text, start, end).text(text);
            if (word.contains("://")) return true;
            if (!Word.mayAutolink(word)) return false;
            for (int i = 0; i < word.length(); i++) if ("`*_~&<>[]\\".indexOf(word.charAt(i)) >= 0) return true;
            return false;
        }
    }

    /** The run of non-blank characters around an edit: autolinks never reach past a blank. */
    record Word(int start, int end) {
        static Word around(CharSequence text, int start, int end) {
            int s = start;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
            int e = end;
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
            return new Word(s, e);
        }

        String text(CharSequence in) {
            return in.subSequence(start, end).toString();
        }

        /** Could hold a mail or web address: the extractor is asked only then. */
        static boolean mayAutolink(String word) {
            return word.indexOf('@') >= 0 || word.toLowerCase(Locale.ROOT).contains("www.");
        }

        /** The word as the model masks it: the links the autolink extractor finds blanked. */
        static char[] masked(String word) {
            char[] chars = word.toCharArray();
            if (!mayAutolink(word)) return chars;
            for (LinkSpan link : AUTOLINKS.extractLinks(word)) Arrays.fill(chars, link.getBeginIndex(), link.getEndIndex(), ' ');
            return chars;
        }
    }

    /**
     * Where links and images of [from, to) can lie, each {first, last} (inclusive): from a
     * {@code [} through its matching {@code ]}, then a {@code (…)} or {@code […]} right after it,
     * brackets and parentheses counted by depth. A quote inside the parentheses (a title, which
     * may hold an unmatched parenthesis) or a bracket never closed stretches the zone to the last
     * parenthesis, or to {@code to}. The caller has excluded backslashes and tags, so nothing
     * else can open, close or hide these characters; an edit outside every zone adding no
     * bracket or parenthesis leaves every link as it was.
     */
    static List<int[]> linkZones(String text, int from, int to) {
        List<int[]> zones = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '[') {
                i++;
                continue;
            }
            int start = i;
            int end = closing(text, i, to, '[', ']');
            while (end >= 0 && end + 1 < to && (text.charAt(end + 1) == '(' || text.charAt(end + 1) == '[')) {
                char open = text.charAt(end + 1);
                int close = closing(text, end + 1, to, open, open == '(' ? ')' : ']');
                if (open == '(' && close >= 0 && (text.substring(end + 1, close).indexOf('"') >= 0 || text.substring(end + 1, close).indexOf('\'') >= 0)) {
                    close = Math.max(close, text.lastIndexOf(')', to - 1));
                }
                end = close;
            }
            if (end < 0) end = to - 1;
            zones.add(new int[] {start, end});
            i = end + 1;
        }
        return zones;
    }

    /** The index of the {@code close} matching the {@code open} at {@code at}, by depth; -1 if none before {@code to}. */
    private static int closing(String text, int at, int to, char open, char close) {
        int depth = 0;
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            if (c == open) depth++;
            else if (c == close && --depth == 0) return i;
        }
        return -1;
    }

    /**
     * Code spans of [from, to) as CommonMark pairs backtick runs: a run opens a span closed by the
     * next run of the same length, else it is literal text. Exact when no backslash, link or tag
     * can take part of a run, which the caller has made sure of. Each span is {start, end}.
     */
    static List<int[]> codeSpans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int runEnd = runEnd(text, i, to);
            int length = runEnd - i;
            int j = runEnd;
            int close = -1;
            while (j < to) {
                if (text.charAt(j) != '`') {
                    j++;
                    continue;
                }
                int otherEnd = runEnd(text, j, to);
                if (otherEnd - j == length) {
                    close = otherEnd;
                    break;
                }
                j = otherEnd;
            }
            if (close < 0) {
                i = runEnd;
            } else {
                spans.add(new int[] {i, close});
                i = close;
            }
        }
        return spans;
    }

    private static int runEnd(String text, int i, int to) {
        int j = i;
        while (j < to && text.charAt(j) == '`') j++;
        return j;
    }

    /**
     * Whether a topic word (when the template was detected) or an evidence phrase that counts
     * (one of the template's, when the paragraph lies in a top-level section no heading maps)
     * touches the edit in the prose before or after it, and is not also found outside the
     * paragraph, where the edit cannot reach it; true, too, when that cannot be told.
     */
    private static boolean proseTouched(DesignDocument doc, TemplateMapping mapping, TemplateRegistry templates, Paragraph paragraph,
                                        CharSequence after, Edit edit) {
        List<String> topicWords = new ArrayList<>();
        if (!CHOSEN_NOT_DETECTED.contains(mapping.detection())) {
            for (Template t : templates.all()) {
                for (String word : t.detect()) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    // a phrase the sentence split could make or break: a sentence's end, or blanks at its edges
                    if (lower.isBlank() || lower.strip().length() != lower.length() || splitsSentences(lower)) return true;
                    topicWords.add(lower);
                }
            }
        }
        Section section = contentMapped(doc, mapping, paragraph.units().get(paragraph.firstUnit()).section());
        List<String> evidence = new ArrayList<>();
        if (section != null) {
            for (Block b : mapping.template().blocks()) {
                for (String phrase : b.evidence()) {
                    String words = NOT_A_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
                    if (!words.isEmpty()) evidence.add(" " + words + " "); // "  " is in no haystack
                }
            }
        }
        if (topicWords.isEmpty() && evidence.isEmpty()) return false;
        int longest = 0;
        for (String w : topicWords) longest = Math.max(longest, w.length());
        for (String w : evidence) longest = Math.max(longest, w.length());
        Window window = Window.of(doc, paragraph, after, edit, longest + 1);
        if (window == null) return true;
        if (!topicWords.isEmpty()) {
            Folded old = fold(window.before(), window.editStart(), window.oldEnd(), false);
            Folded now = fold(window.after(), window.editStart(), window.newEnd(), false);
            for (String word : topicWords) {
                String folded = fold(word, 0, 0, false).text();
                if ((touches(old, folded) || touches(now, folded)) && !topicWordElsewhere(doc, paragraph, word)) return true;
            }
        }
        if (!evidence.isEmpty()) {
            Folded old = fold(window.before(), window.editStart(), window.oldEnd(), true);
            Folded now = fold(window.after(), window.editStart(), window.newEnd(), true);
            for (String phrase : evidence) {
                if ((touches(old, phrase) || touches(now, phrase)) && !evidenceElsewhere(section, paragraph, phrase)) return true;
            }
        }
        return false;
    }

    /**
     * The top-level section holding {@code section} when its mapping can come from its prose
     * (no heading maps it), else null: only such a section's evidence phrases are counted.
     */
    private static Section contentMapped(DesignDocument doc, TemplateMapping mapping, Section section) {
        List<Section> top = doc.topSections();
        Section s = section;
        while (s != null && !top.contains(s)) s = s.parent();
        if (s == null || s == doc.titleSection()) return null;
        SectionMapping m = mapping.of(s);
        return m != null && m.source() == SectionMapping.Source.HEADING ? null : s;
    }

    /** A unit outside the paragraph or a heading holds the word: the search finds it in both versions. */
    private static boolean topicWordElsewhere(DesignDocument doc, Paragraph paragraph, String lowerWord) {
        List<ProseUnit> units = paragraph.units();
        for (int k = 0; k < units.size(); k++) {
            if (k >= paragraph.firstUnit() && k <= paragraph.lastUnit()) continue;
            if (units.get(k).lower().contains(lowerWord)) return true;
        }
        for (Section s : doc.sections()) {
            if (s.title().toLowerCase(Locale.ROOT).contains(lowerWord)) return true;
        }
        return false;
    }

    /** A unit of the section outside the paragraph holds the phrase: its haystack has it in both versions. */
    private static boolean evidenceElsewhere(Section section, Paragraph paragraph, String phrase) {
        for (ProseUnit u : section.allUnits()) {
            int k = u.index();
            if (k >= paragraph.firstUnit() && k <= paragraph.lastUnit()) continue;
            String words = NOT_A_WORD.matcher(" " + u.normalized().toLowerCase(Locale.ROOT) + " ").replaceAll(" ");
            if (words.contains(phrase)) return true;
        }
        return false;
    }

    private static boolean splitsSentences(String phrase) {
        for (int i = 0; i + 1 < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(phrase.charAt(i + 1))) return true;
        }
        return false;
    }

    /** An occurrence of the phrase in the folded text that overlaps or touches the edit's image. */
    private static boolean touches(Folded folded, String phrase) {
        int from = Math.max(0, folded.imageStart() - phrase.length());
        int at = folded.text().indexOf(phrase, from);
        return at >= 0 && at <= folded.imageEnd();
    }

    /**
     * The edited paragraph's prose before and after the edit, lower-cased, with prose around it:
     * its units' text (as the model masked it) at their offsets, blanks between them, and on each
     * side units (then the headings' titles, which the topic search reads after all units) until
     * {@code reach} visible characters. The edit is [editStart, oldEnd) of the first and
     * [editStart, newEnd) of the second. Null when lower-casing is not one character for one
     * (a capital sigma's lower case depends on its neighbours).
     */
    private record Window(String before, String after, int editStart, int oldEnd, int newEnd) {
        static Window of(DesignDocument doc, Paragraph paragraph, CharSequence text, Edit edit, int reach) {
            char[] masked = new char[paragraph.end() - paragraph.start()];
            Arrays.fill(masked, ' ');
            for (int k = paragraph.firstUnit(); k <= paragraph.lastUnit(); k++) {
                ProseUnit u = paragraph.units().get(k);
                String t = u.text();
                t.getChars(0, t.length(), masked, u.startOffset() - paragraph.start());
            }
            // a blank at each end: both searches read a separator there (the evidence haystack opens with one)
            StringBuilder previous = new StringBuilder(" ");
            for (int k = paragraph.firstUnit() - 1; k >= 0 && visible(previous) < reach; k--) {
                previous.insert(0, paragraph.units().get(k).text() + " ");
            }
            StringBuilder next = new StringBuilder(" ");
            int k = paragraph.lastUnit() + 1;
            for (; k < paragraph.units().size() && visible(next) < reach; k++) next.append(paragraph.units().get(k).text()).append(' ');
            if (k == paragraph.units().size()) {
                for (Section s : doc.sections()) {
                    if (visible(next) >= reach) break;
                    next.append(s.title()).append(' ');
                }
            }
            int editStart = previous.length() + edit.start() - paragraph.start();
            int editOldEnd = previous.length() + edit.oldEnd() - paragraph.start();
            int newEnd = editStart + edit.newEnd() - edit.start();
            int base = paragraph.start();
            char[] edited = (new String(masked, 0, edit.start() - base) + text.subSequence(edit.start(), edit.newEnd())
                    + new String(masked, edit.oldEnd() - base, paragraph.end() - edit.oldEnd())).toCharArray();
            // the edited word is masked again as the model will: an address it makes is blanked
            // (the old word must read as the model read it, or the reading is not this one)
            Word oldWord = Word.around(doc.text(), edit.start(), edit.oldEnd());
            Word newWord = Word.around(text, edit.start(), edit.newEnd());
            if (oldWord.start() < base || oldWord.end() > paragraph.end()
                    || newWord.start() < base || newWord.end() - base > edited.length) {
                return null;
            }
            boolean oldAddress = Word.mayAutolink(oldWord.text(doc.text()));
            boolean newAddress = Word.mayAutolink(newWord.text(text));
            if (oldAddress || newAddress) {
                // the old word must read exactly as the extractor alone masks it: no link, code or tag in it
                char[] expected = Word.masked(oldWord.text(doc.text()));
                for (int i = 0; i < expected.length; i++) if (masked[oldWord.start() - base + i] != expected[i]) return null;
            }
            if (oldAddress || newAddress) {
                // an address unmade shows its text again; the old word held no markup (linkWordAtRisk)
                char[] newMasked = Word.masked(newWord.text(text));
                System.arraycopy(newMasked, 0, edited, newWord.start() - base, newMasked.length);
            }
            if (oldAddress || newAddress) {
                // an address made or unmade changes what is visible over the whole word: it is all edited
                editStart = previous.length() + oldWord.start() - base;
                editOldEnd = previous.length() + Math.max(edit.oldEnd(), oldWord.end()) - base;
                newEnd = previous.length() + Math.max(edit.newEnd(), newWord.end()) - base;
            }
            String before = previous + new String(masked) + next;
            String after = previous + new String(edited) + next;
            String lowerBefore = before.toLowerCase(Locale.ROOT);
            String lowerAfter = after.toLowerCase(Locale.ROOT);
            if (lowerBefore.length() != before.length() || lowerAfter.length() != after.length()
                    || before.indexOf('\u03a3') >= 0 || after.indexOf('\u03a3') >= 0) {
                return null;
            }
            return new Window(lowerBefore, lowerAfter, editStart, editOldEnd, newEnd);
        }

        private static int visible(CharSequence s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
            return n;
        }
    }

    /** Folded text and where the edit [from, to) of the unfolded text lies in it, widened by one each side. */
    record Folded(String text, int imageStart, int imageEnd) {
    }

    /**
     * The text with every run of separators turned into one space: whitespace (as {@code \s}
     * reads it) for topic words, and every character that is not a letter, a number or "/"
     * for evidence phrases ({@code [^\p{L}\p{N}/]+}, as {@code TemplateMapper} reads them).
     */
    static Folded fold(String text, int from, int to, boolean words) {
        StringBuilder out = new StringBuilder(text.length());
        int imageStart = -1;
        int imageEnd = -1;
        boolean inRun = false;
        int i = 0;
        while (i <= text.length()) {
            if (i >= from && imageStart < 0) imageStart = out.length();
            if (i >= to && imageEnd < 0) imageEnd = out.length();
            if (i == text.length()) break;
            int cp = text.codePointAt(i);
            boolean separator = words ? !isWordCharacter(cp) : isRegexSpace(cp);
            if (separator) {
                if (!inRun) out.append(' ');
                inRun = true;
            } else {
                out.appendCodePoint(cp);
                inRun = false;
            }
            i += Character.charCount(cp);
        }
        if (imageStart < 0) imageStart = out.length();
        if (imageEnd < 0) imageEnd = out.length();
        return new Folded(out.toString(), Math.max(0, imageStart - 1), imageEnd + 1);
    }

    private static boolean isRegexSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    static boolean isWordCharacter(int cp) {
        if (cp == '/' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
