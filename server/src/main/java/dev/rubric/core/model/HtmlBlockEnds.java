package dev.rubric.core.model;

import java.util.Locale;

/**
 * The HTML blocks that CommonMark ends only at a marker, not at a blank line: "&lt;script",
 * "&lt;pre" and "&lt;style" (ended by a closing tag of any of the three), "&lt;!--" (by "--&gt;"),
 * "&lt;?" (by "?&gt;"), "&lt;![CDATA[" (by "]]&gt;") and "&lt;!" and a capital letter (by
 * "&gt;"). One left without its marker runs to the end of the document and swallows whatever is
 * appended there. The kinds and markers are those of the parser Rubric uses (Flexmark 0.64).
 */
final class HtmlBlockEnds {
    private static final String[] RAW_TEXT_TAGS = {"script", "pre", "style"};

    private HtmlBlockEnds() {
    }

    /**
     * The marker an HTML block's text lacks to end it, or null: for a block of another kind, or
     * one that holds its marker (on its last line: the block would otherwise have ended sooner).
     */
    static String missingEnd(String block) {
        int start = 0;
        while (start < block.length() && start < 3 && block.charAt(start) == ' ') start++;
        String html = block.substring(start);
        if (html.startsWith("<!--")) return lacking(html, "-->");
        if (html.startsWith("<?")) return lacking(html, "?>");
        if (html.startsWith("<![CDATA[")) return lacking(html, "]]>");
        if (html.length() > 2 && html.startsWith("<!") && html.charAt(2) >= 'A' && html.charAt(2) <= 'Z') return lacking(html, ">");
        String tag = rawTextTag(html);
        if (tag == null) return null;
        String lower = html.toLowerCase(Locale.ROOT);
        for (String any : RAW_TEXT_TAGS) {
            if (lower.contains("</" + any + ">")) return null;
        }
        return "</" + tag + ">";
    }

    /** The marker, unless the block holds it: anywhere, its opening included ("<!-->" and "<?>" end where they start). */
    private static String lacking(String html, String marker) {
        return html.contains(marker) ? null : marker;
    }

    /** "script", "pre" or "style" when the block opens with that tag, in any case, else null. */
    private static String rawTextTag(String html) {
        for (String tag : RAW_TEXT_TAGS) {
            int after = 1 + tag.length();
            if (html.length() < after || html.charAt(0) != '<' || !html.regionMatches(true, 1, tag, 0, tag.length())) continue;
            if (html.length() == after) return tag;
            char next = html.charAt(after);
            if (next == '>' || " \t\n\u000B\f\r".indexOf(next) >= 0) return tag; // the regex \\s of Flexmark's pattern
        }
        return null;
    }
}
