package dev.rubric.core.model;

import dev.rubric.core.text.LineIndex;
import dev.rubric.core.text.Range;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Markdown design document as Rubric sees it: its sections, its prose, its code, its
 * comments and its front matter, each with exact source ranges. Built once per text by
 * {@link DocumentParser}; immutable afterwards.
 */
public final class DesignDocument {
    private final URI uri;
    private final String text;
    private final LineIndex lines;
    private final FrontMatter frontMatter;
    private final Section root;
    private final List<Section> sections;
    private final List<ProseUnit> units;
    private final List<CodeUnit> code;
    private final List<HtmlComment> comments;
    private final ProseText prose;
    private final String missingHtmlEnd;

    /**
     * @param chunkStarts where the units of each chunk the text was parsed in start, then how many there are
     * @param keptPieces  per chunk, its piece of the prose search kept with its tree for later versions, or null
     * @param missingHtmlEnd the end marker of an HTML block open at the end of the text, or null
     */
    DesignDocument(URI uri, String text, LineIndex lines, FrontMatter frontMatter, Section root,
                   List<ProseUnit> units, List<CodeUnit> code, List<HtmlComment> comments, int[] chunkStarts, ProseText.Piece[] keptPieces,
                   String missingHtmlEnd) {
        this.uri = uri;
        this.text = text;
        this.lines = lines;
        this.frontMatter = frontMatter;
        this.root = root;
        List<Section> all = root.selfAndDescendants();
        this.sections = Collections.unmodifiableList(all.subList(1, all.size()));
        this.units = Collections.unmodifiableList(units);
        this.code = Collections.unmodifiableList(code);
        this.comments = Collections.unmodifiableList(comments);
        this.prose = new ProseText(this.units, chunkStarts, keptPieces, sections);
        this.missingHtmlEnd = missingHtmlEnd;
    }

    /** All the prose and heading titles, lower-cased, for phrase searches across the whole document. */
    public ProseText prose() {
        return prose;
    }

    public URI uri() {
        return uri;
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        return lines;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The level-0 section holding the preamble and the top-level headings. */
    public Section root() {
        return root;
    }

    /** Every heading section in document order (the root excluded). */
    public List<Section> sections() {
        return sections;
    }

    public List<ProseUnit> units() {
        return units;
    }

    public List<CodeUnit> code() {
        return code;
    }

    public List<HtmlComment> comments() {
        return comments;
    }

    /**
     * The marker ("?>", "-->", "</pre>"...) that an HTML block open at the end of the document
     * lacks, else null. CommonMark ends such a block only at its marker, so it runs on past blank
     * lines and swallows anything appended after it (see {@link HtmlBlockEnds}).
     */
    public String missingHtmlEnd() {
        return missingHtmlEnd;
    }

    /**
     * The document's title heading: a level-1 heading that opens the document and is the only
     * level-1 heading, or null when headings are used for sections from level 1 on.
     */
    public Section titleSection() {
        List<Section> top = root.children();
        if (top.isEmpty()) return null;
        Section first = top.get(0);
        if (first.level() != 1) return null;
        long h1 = sections.stream().filter(s -> s.level() == 1).count();
        return h1 == 1 || !first.children().isEmpty() && top.size() == 1 ? first : null;
    }

    /** Title from front matter, else the title heading, else the file name. */
    public String title() {
        return frontMatter.string("title").orElseGet(() -> {
            Section t = titleSection();
            if (t != null) return t.title();
            String path = uri == null ? "" : uri.getPath();
            return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        });
    }

    /**
     * Where a finding about the whole document points: the title heading, else the first line
     * with text after the front matter (else the first line). Without a title it is a place, not
     * a heading: a fix that inserts sections above the first heading does not move it, so a
     * line directive that silenced a document's finding keeps silencing it.
     */
    public Range anchorRange() {
        Section t = titleSection();
        if (t != null) return t.headingRange();
        int first = frontMatter.range() == null ? 0 : Math.min(lines.lineCount() - 1, frontMatter.range().end().line() + 1);
        for (int line = first; line < lines.lineCount(); line++) {
            if (!lines.lineText(line).isBlank()) return lines.range(lines.lineStart(line), lines.lineEnd(line));
        }
        return lines.range(0, lines.lineEnd(0));
    }

    /**
     * Sections that structure the document: the children of the title heading when there is
     * one, otherwise the top-level headings.
     */
    public List<Section> topSections() {
        Section t = titleSection();
        List<Section> result = new ArrayList<>();
        for (Section s : root.children()) {
            if (s == t) result.addAll(s.children());
            else result.add(s);
        }
        return result;
    }

    public Section sectionAt(int offset) {
        Section best = root;
        for (Section s : sections) {
            if (s.range().startOffset() <= offset && offset < Math.max(s.range().endOffset(), s.range().startOffset() + 1)) {
                best = s;
            }
        }
        return best;
    }

    public Range range(int start, int end) {
        return lines.range(start, end);
    }
}
