package dev.rubric.core.model;

import dev.rubric.core.text.HeadingNormalizer;
import dev.rubric.core.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A heading and everything under it up to the next heading of the same or a higher level.
 * The root section (level 0, no heading) holds what precedes the first heading and has the
 * top-level sections as children.
 */
public final class Section {
    private final int index;
    private final int level;
    private final String title;
    private final Range headingRange;
    private final Section parent;
    private final List<Section> children = new ArrayList<>();
    private final List<ProseUnit> ownUnits = new ArrayList<>();
    private final List<CodeUnit> ownCode = new ArrayList<>();
    private Range range;
    private String normalizedTitle;
    /** {@link #headingPath()}, computed on first need. */
    private String headingPath;
    private int ownEndOffset;
    private int ownMedia;

    /** @param normalizedTitle the title's {@link #normalizedTitle()} when already known, else null */
    Section(int index, int level, String title, String normalizedTitle, Range headingRange, Section parent) {
        this.normalizedTitle = normalizedTitle;
        this.index = index;
        this.level = level;
        this.title = title;
        this.headingRange = headingRange;
        this.parent = parent;
    }

    /** Position in document order; the root is 0. */
    public int index() {
        return index;
    }

    public int level() {
        return level;
    }

    public boolean isRoot() {
        return level == 0;
    }

    /** Heading text with markup removed; empty for the root. */
    public String title() {
        return title;
    }

    /**
     * The title reduced to its meaningful words ({@link HeadingNormalizer}), computed once: the
     * template mapping and several rules compare headings, some once per prose unit.
     */
    public String normalizedTitle() {
        String n = normalizedTitle;
        if (n == null) {
            // a race only computes the same immutable string twice
            n = HeadingNormalizer.normalize(title);
            normalizedTitle = n;
        }
        return n;
    }

    /**
     * The titles of this section and the sections it is in, innermost first, each followed by
     * " | ", lower-cased; empty for the root. Computed once: rules read it for every prose unit
     * of the section, and one string for all of them is read once by the expressions run over it.
     */
    public String headingPath() {
        String p = headingPath;
        if (p == null) {
            StringBuilder sb = new StringBuilder();
            for (Section s = this; s != null && !s.isRoot(); s = s.parent()) sb.append(s.title()).append(" | ");
            // a race only computes the same immutable string twice
            p = sb.toString().toLowerCase(Locale.ROOT);
            headingPath = p;
        }
        return p;
    }

    /** The heading line; null for the root. */
    public Range headingRange() {
        return headingRange;
    }

    /** From the heading to the end of the last subsection. */
    public Range range() {
        return range;
    }

    /** End of the text that belongs to this heading alone, before its first subsection. */
    public int ownEndOffset() {
        return ownEndOffset;
    }

    public Section parent() {
        return parent;
    }

    public List<Section> children() {
        return Collections.unmodifiableList(children);
    }

    /** Prose directly under this heading, not in subsections. */
    public List<ProseUnit> ownUnits() {
        return Collections.unmodifiableList(ownUnits);
    }

    /** Images, diagrams and HTML blocks directly under this heading: content that is not prose. */
    public int ownMedia() {
        return ownMedia;
    }

    public List<CodeUnit> ownCode() {
        return Collections.unmodifiableList(ownCode);
    }

    /** Prose of this section and all its subsections, in document order. */
    public List<ProseUnit> allUnits() {
        List<ProseUnit> all = new ArrayList<>(ownUnits);
        for (Section child : children) all.addAll(child.allUnits());
        return all;
    }

    /** This section and all its descendants, in document order. */
    public List<Section> selfAndDescendants() {
        List<Section> all = new ArrayList<>();
        all.add(this);
        for (Section child : children) all.addAll(child.selfAndDescendants());
        return all;
    }

    public int depthBelow(Section ancestor) {
        int depth = 0;
        for (Section s = this; s != null; s = s.parent) {
            if (s == ancestor) return depth;
            depth++;
        }
        return -1;
    }

    public boolean isWithin(Section ancestor) {
        return depthBelow(ancestor) >= 0;
    }

    /** Word count of this section's own prose (subsections excluded). */
    public int ownWords() {
        int words = 0;
        for (ProseUnit u : ownUnits) words += Words.count(u.text());
        return words;
    }

    public int totalWords() {
        int words = ownWords();
        for (Section child : children) words += child.totalWords();
        return words;
    }

    void addChild(Section child) {
        children.add(child);
    }

    void addUnit(ProseUnit unit) {
        ownUnits.add(unit);
    }

    void addMedia() {
        ownMedia++;
    }

    void addCode(CodeUnit code) {
        ownCode.add(code);
    }

    void close(Range range, int ownEndOffset) {
        this.range = range;
        this.ownEndOffset = ownEndOffset;
    }

    @Override
    public String toString() {
        return isRoot() ? "(document)" : "#".repeat(level) + " " + title;
    }
}
