package dev.rubric.core.fix;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.text.BlockLines;
import dev.rubric.core.text.LineIndex;
import dev.rubric.core.text.Lines;
import dev.rubric.core.text.Range;
import dev.rubric.core.text.Whitespace;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the fixes rules offer, as plain text edits on the document they were computed for.
 * The CLI's {@code --fix} and the language server's code actions both use these.
 */
public final class FixFactory {
    /** A line holding only a "rubric-disable-next-line" comment (see {@code Suppressions}). */
    private static final Pattern NEXT_LINE_DIRECTIVE = Pattern.compile("\\s*<!--\\s*rubric-disable-next-line\\b.*-->\\s*");

    private final DesignDocument doc;
    private final TemplateMapping mapping;

    public FixFactory(DesignDocument doc, TemplateMapping mapping) {
        this.doc = doc;
        this.mapping = mapping;
    }

    /** Inserts a block's heading and skeleton where the template expects it. */
    public Fix insertBlock(Block block) {
        int offset = insertionOffset(block);
        String body = "#".repeat(headingLevel()) + " " + block.title() + "\n\n" + skeleton(block);
        return new Fix("Insert '" + block.title() + "' section", insertParagraph(offset, body), true);
    }

    /** Inserts several blocks at once (the "insert all missing blocks" action). */
    public Fix insertBlocks(List<Block> blocks) {
        List<TextEdit> edits = blocks.stream()
                .flatMap(b -> insertParagraph(insertionOffset(b), "#".repeat(headingLevel()) + " " + b.title() + "\n\n" + skeleton(b)).stream())
                .distinct()
                .toList();
        return new Fix("Insert all missing template blocks", edits, true);
    }

    /**
     * Appends Markdown at the end of a section's own text (before its first subsection). For
     * the root (the document as a whole) that is the end of the title's opening text when the
     * document has a title heading: under the title, not above it.
     */
    public Fix appendToSection(Section section, String title, String markdown) {
        Section titleSection = doc.titleSection();
        int offset = section.isRoot() && titleSection != null ? titleSection.ownEndOffset() : section.ownEndOffset();
        return new Fix(title, insertParagraph(offset, markdown), true);
    }

    /** Replaces a span with new text; not applied by {@code --fix} unless marked safe. */
    public Fix replace(String title, Range range, String newText, boolean safe) {
        return new Fix(title, List.of(new TextEdit(range, newText)), safe);
    }

    /**
     * Suppresses one rule on the line a finding starts on: one fix, or none where no directive
     * can work (see below).
     */
    public List<Fix> suppressLine(String ruleId, Range range) {
        LineIndex lines = doc.lines();
        int line = range.start().line();
        int lineStart = lines.lineStart(line);
        boolean startsBlock = line == 0 || lines.lineText(line - 1).isBlank() || lines.lineText(line).stripLeading().startsWith("#");
        int lineEnd = lines.lineEnd(line);
        // a "<!--" left open earlier in the paragraph would run to the end of a comment added at
        // the line's end, swallowing the directive, and a code span open across the line's end
        // would hold it as code: a comment on a line of its own stays whole
        // (the code-span scan first: it is a search for a backtick; the table test walks every unit)
        int paragraph = paragraphStart(lines, line);
        if (startsBlock || commentLeftOpen(lines.text(), paragraph, lineEnd) || inCodeSpan(lines, line, paragraph, lineEnd) && !isTableRow(line)) {
            String indent = leadingWhitespace(lines.lineText(line));
            // a continuation line indented 4 columns or more: a comment line with its indentation
            // is paragraph text, not a block of its own, and what swallows a comment at the line's
            // end swallows it too; with less indentation the line would change the structure (the
            // next line becomes code). No line fix there: the file-level one still works
            if (!startsBlock && columns(indent) >= 4) return List.of();
            TextEdit edit = new TextEdit(lines.range(lineStart, lineStart), indent + "<!-- rubric-disable-next-line " + ruleId + " -->\n");
            return List.of(new Fix("Disable " + ruleId + " for this line", List.of(edit), false));
        }
        TextEdit edit = new TextEdit(lines.range(lineEnd, lineEnd), " <!-- rubric-disable-line " + ruleId + " -->");
        return List.of(new Fix("Disable " + ruleId + " for this line", List.of(edit), false));
    }

    /** Columns that leading spaces and tabs take. */
    private static int columns(String whitespace) {
        int column = 0;
        for (int i = 0; i < whitespace.length(); i++) column = Whitespace.columnAfter(column, whitespace.charAt(i));
        return column;
    }

    /** Whether a "<!--" with no "-->" after it opens between the start of the line's paragraph and {@code end}. */
    private static boolean commentLeftOpen(String text, int paragraph, int end) {
        for (int open = text.indexOf("<!--", paragraph); open >= 0 && open < end; ) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0 || close >= end) return true;
            open = text.indexOf("<!--", close + 3);
        }
        return false;
    }

    /**
     * Whether {@code end} (a line's end) lies inside a code span of the line's paragraph, as
     * CommonMark pairs backtick runs: a run opens a span closed by the next run of the same
     * length, and a run with none is literal. (Escaped backticks and spans broken by other
     * markup are not told apart: a directive on a line of its own is right either way.)
     */
    private static boolean inCodeSpan(LineIndex lines, int line, int paragraph, int end) {
        String text = lines.text();
        int i = text.indexOf('`', paragraph);
        if (i < 0 || i >= end) return false; // most paragraphs: no backtick before the line's end
        int last = line;
        while (last + 1 < lines.lineCount() && !lines.lineText(last + 1).isBlank() && !isBlockOfItsOwn(lines, last + 1)) last++;
        int paragraphEnd = lines.lineEnd(last);
        while (i >= 0 && i < end) {
            int run = runOfBackticks(text, i);
            int close = i + run;
            while ((close = text.indexOf('`', close)) >= 0 && close < paragraphEnd && runOfBackticks(text, close) != run) {
                close += runOfBackticks(text, close);
            }
            if (close < 0 || close >= paragraphEnd) {
                i = text.indexOf('`', i + run); // a run with no partner is literal
                continue;
            }
            if (end < close + run) return true;
            i = text.indexOf('`', close + run);
        }
        return false;
    }

    private static int runOfBackticks(String text, int at) {
        int n = 0;
        while (at + n < text.length() && text.charAt(at + n) == '`') n++;
        return n;
    }

    /** A table row: its code spans end with their cells, and a line of its own would split the table. */
    private boolean isTableRow(int line) {
        return doc.units().stream().anyMatch(u -> u.cell() != null && u.range().start().line() == line);
    }

    private static int paragraphStart(LineIndex lines, int line) {
        int first = line;
        while (first > 0 && !lines.lineText(first - 1).isBlank() && !isBlockOfItsOwn(lines, first - 1)) first--;
        return lines.lineStart(first);
    }

    /**
     * An ATX heading, a code fence's edge, a thematic break, or a setext underline under a
     * line of text (each at most 3 spaces in): a line no paragraph, and so no code span, runs
     * across. Without it, backticks in a heading, a fence or a paragraph just above, with no
     * blank line between, were paired with the next paragraph's own (found by fuzzing: a
     * directive added inside a code span that way was read as code).
     */
    private static boolean isBlockOfItsOwn(LineIndex lines, int line) {
        String text = lines.text();
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        int at = start + Math.min(3, BlockLines.run(text, start, end, ' '));
        return BlockLines.isFence(text, at, end) || BlockLines.isAtxHeading(text, at, end) || BlockLines.isThematicBreak(text, at, end)
                || line > 0 && !lines.lineText(line - 1).isBlank() && BlockLines.isSetextUnderline(text, at, end);
    }

    /** Suppresses one rule for the whole file, with a comment after any front matter. */
    public Fix suppressFile(String ruleId) {
        int offset = doc.frontMatter().present() ? doc.frontMatter().range().endOffset() : 0;
        String text = doc.text();
        String prefix = offset > 0 && text.charAt(offset - 1) != '\n' ? "\n" : "";
        TextEdit edit = new TextEdit(doc.range(offset, offset), prefix + "<!-- rubric-disable-file " + ruleId + " -->\n");
        return new Fix("Disable " + ruleId + " for this file", List.of(edit), false);
    }

    /**
     * Heading level of the document's structural sections: the level its sections already use,
     * else one below the title, else 2 (a document with no headings gets "##" sections, leaving
     * "#" for a title the author may add).
     */
    public int headingLevel() {
        List<Section> top = doc.topSections();
        if (!top.isEmpty()) return top.get(0).level();
        Section title = doc.titleSection();
        return title != null ? Math.min(6, title.level() + 1) : 2;
    }

    private static String skeleton(Block block) {
        String s = block.skeleton().isBlank() ? "___\n" : block.skeleton();
        return s.endsWith("\n") ? s : s + "\n";
    }

    /**
     * Where a block belongs: after the last section of the nearest earlier block that is
     * present, else before the first later block that is present, else at the end.
     */
    public int insertionOffset(Block block) {
        return aboveNextLineDirectives(blockPosition(block));
    }

    private int blockPosition(Block block) {
        List<Block> blocks = mapping.template().blocks();
        int pos = blocks.indexOf(block);
        for (int i = pos - 1; i >= 0; i--) {
            List<Section> sections = mapping.sectionsOf(blocks.get(i));
            if (!sections.isEmpty()) {
                Section last = sections.get(sections.size() - 1);
                Section top = topAncestor(last);
                return top.range().endOffset();
            }
        }
        for (int i = pos + 1; i < blocks.size(); i++) {
            List<Section> sections = mapping.sectionsOf(blocks.get(i));
            if (!sections.isEmpty()) return topAncestor(sections.get(0)).range().startOffset();
        }
        return doc.text().length();
    }

    /**
     * An insertion point moved above the "rubric-disable-next-line" directives right before it:
     * a directive silences the line after it, and a section inserted between them would take
     * that line's place, so the finding it silenced would come back.
     */
    private int aboveNextLineDirectives(int offset) {
        LineIndex lines = doc.lines();
        int line = lines.lineOf(offset);
        if (offset != lines.lineStart(line)) return offset;
        while (line > 0 && isNextLineDirective(line - 1)) line--;
        return lines.lineStart(line);
    }

    /**
     * Whether the line holds only a "rubric-disable-next-line" comment that is a comment of its
     * own: one inside a comment opened on an earlier line ("<!-- a\n<!-- rubric-… -->") is text
     * of that comment, and moving above it would put the section inside the comment.
     */
    private boolean isNextLineDirective(int line) {
        String text = doc.lines().lineText(line);
        if (!NEXT_LINE_DIRECTIVE.matcher(text).matches()) return false;
        int opens = doc.lines().lineStart(line) + text.indexOf("<!--");
        return doc.comments().stream().anyMatch(c -> c.range().startOffset() == opens);
    }

    /** The section's ancestor at the structural level, so an insertion never splits a subsection tree. */
    private Section topAncestor(Section s) {
        List<Section> top = doc.topSections();
        Section cur = s;
        while (cur != null && !top.contains(cur) && cur.parent() != null && !cur.parent().isRoot()) cur = cur.parent();
        return cur == null ? s : cur;
    }

    /**
     * An insertion of a Markdown block at a line start, with blank lines around it. A fence, or
     * an HTML block ended by a marker ("<?", "<!--"...), left open runs to the end of the
     * document: it is closed first by an edit of its own (identical for every insertion there, so
     * fix-all applies it once), or the inserted section would be read as code and fix nothing.
     */
    private List<TextEdit> insertParagraph(int offset, String markdown) {
        String text = doc.text();
        offset = Math.max(0, Math.min(offset, text.length()));
        String prefix;
        LineIndex lines = doc.lines();
        int line = lines.lineOf(offset);
        if (offset == 0) prefix = "";
        else if (offset != lines.lineStart(line)) prefix = "\n\n"; // mid-line: end it, then a blank line
        else if (lines.lineText(line - 1).isBlank()) prefix = ""; // "\n\n" and "\r\n\r\n" alike
        else prefix = "\n";
        // a line ended by a lone CR: the "\n" would join it into one CRLF and leave no blank line,
        // and an HTML block ("<div>...") runs on until a blank line, swallowing the section
        if (prefix.equals("\n") && text.charAt(offset - 1) == '\r') prefix = "\n\n";
        String body = markdown.endsWith("\n") ? markdown : markdown + "\n";
        String suffix = offset < text.length() ? "\n" : "";
        String fence = unclosedFenceAt(offset);
        if (fence == null && offset == text.length()) fence = doc.missingHtmlEnd();
        if (fence == null) return List.of(new TextEdit(doc.range(offset, offset), prefix + body + suffix));
        // a fence in a list item or quote, left open where the container ends: closed on the
        // line right after its last line (a blank line first would be code too)
        String beforeFence = offset < text.length() && offset == lines.lineStart(line) ? "" : prefix;
        return List.of(new TextEdit(doc.range(offset, offset), beforeFence + fence + "\n"),
                new TextEdit(doc.range(offset, offset), "\n" + body + suffix));
    }

    /**
     * The line that closes a fenced code block still open at {@code offset}, else null: one open
     * to the end of the document, or one in a list item or quote that ends there without its
     * closing fence. Flexmark reads a heading after such an item's fence and a blank line as a
     * paragraph (GitHub does not), so an inserted section would not count. Inside a quote or
     * list item the closing fence carries the container's prefix ("> ```", "  ```"): at column
     * 0 it would open a new block instead.
     */
    private String unclosedFenceAt(int offset) {
        String text = doc.text();
        for (dev.rubric.core.model.CodeUnit code : doc.code()) {
            int start = code.range().startOffset();
            int end = code.range().endOffset();
            if (offset < start || offset > end) continue;
            if (!code.fenced()) return null;
            int i = start;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            if (i >= text.length() || (text.charAt(i) != '`' && text.charAt(i) != '~')) return null;
            char mark = text.charAt(i);
            int n = 0;
            while (i + n < text.length() && text.charAt(i + n) == mark) n++;
            String opener = String.valueOf(mark).repeat(n);
            String last = withoutContainerPrefix(lastNonBlankLine(text.substring(start, end)));
            boolean closed = last.startsWith(opener) && last.chars().allMatch(c -> c == mark)
                    && text.substring(start, end).strip().contains("\n");
            return closed ? null : containerPrefix(text.substring(doc.lines().lineStart(doc.lines().lineOf(start)), i)) + opener;
        }
        return null;
    }

    /** The quote markers and indentation before a fence, with list markers turned into spaces. */
    private static String containerPrefix(String beforeFence) {
        StringBuilder prefix = new StringBuilder(beforeFence.length());
        for (int k = 0; k < beforeFence.length(); k++) {
            char c = beforeFence.charAt(k);
            prefix.append(c == '>' || c == '\t' ? c : ' ');
        }
        return prefix.toString();
    }

    private static String withoutContainerPrefix(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == '>' || Character.isWhitespace(line.charAt(k)))) k++;
        return line.substring(k).strip();
    }

    private static String lastNonBlankLine(String block) {
        String[] lines = Lines.of(block);
        for (int k = lines.length - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) return lines[k];
        }
        return "";
    }

    private static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.substring(0, i);
    }
}
