package dev.rubric.core.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.rubric.core.parallel.SideBySide;
import dev.rubric.core.text.HeadingNormalizer;
import dev.rubric.core.text.LineIndex;
import dev.rubric.core.text.Range;
import dev.rubric.core.text.Whitespace;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link DesignDocument} from Markdown text with Flexmark. One pass over the AST:
 * headings open sections, paragraphs become sentences, list items and table cells become
 * units, code and comments are kept apart from prose.
 */
public final class DocumentParser {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A code span that holds only a figure: a number or a range with a short unit ("20-50%",
     * "5 ms", "10k", "2x", "~3 GB"). Bare numbers (ports, status codes), versions ("1.2.3"),
     * identifiers, flags and settings ("timeout: 30s", "--max=5") stay code.
     */
    private static final Pattern FIGURE_ONLY = Pattern.compile(
            "\\s*[~≈<>≤≥]?\\s*\\d[\\d,]*(?:\\.\\d+)?(?:\\s*[-–]\\s*\\d[\\d,]*(?:\\.\\d+)?)?\\s*(?:%|[a-zA-Zµ]{1,6}(?:/[a-z]{1,3})?)\\s*");
    private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)\\]>]+");
    /**
     * Container markers (block quote '>' and list markers) one line may open. Flexmark recurses
     * once per nesting level (10,000 nested quotes overflow the stack) and re-checks every open
     * list on every line (10,000 nested list items take minutes), so deeper markers are read as
     * text. No document nests this deep on purpose.
     */
    static final int MAX_NESTING = 32;
    /** A list or quote marker indented further than this many columns is read as text, for the same reason. */
    static final int MAX_MARKER_INDENT = 128;
    /**
     * Flexmark's thematic-break pattern backtracks quadratically on a line such as
     * {@code "- - -"} followed by thousands of spaces and then text (20,000 spaces: 4 s). In the
     * marker prefix of a line, a longer run of blanks than this is broken with a no-break space.
     */
    static final int MAX_PREFIX_BLANKS = 128;

    private final Parser parser;
    /** Parses the second half of a long document while the caller parses the first; null: one thread. */
    private final Executor partWorkers;
    /** The trees of the chunks of the documents parsed last, reused by their next versions; null: none kept. */
    private final ChunkTrees chunkTrees;
    /**
     * For text that trips Flexmark's table pre-processor (it can index before the text start):
     * tables read as paragraphs. Built on first need: building a Flexmark parser is a noticeable
     * part of a one-file check's start-up, and almost no text needs this one.
     */
    private volatile Parser parserWithoutTables;

    public DocumentParser() {
        this(null);
    }

    /**
     * @param partWorkers where the second half of a long document is parsed while the calling
     *                    thread parses the first, when a safe cut exists ({@link ChunkSplitter});
     *                    the document built is the same. Null: every document on the calling thread.
     */
    public DocumentParser(Executor partWorkers) {
        this(partWorkers, 0);
    }

    /**
     * @param documentsKept how many documents (by URI, the most recently parsed) keep Flexmark's
     *                      trees of their chunks, so that parsing a new version of one re-parses
     *                      only the chunks an edit changed (an editor's document being typed in);
     *                      0: nothing kept. The document built is the same either way.
     */
    public DocumentParser(Executor partWorkers, int documentsKept) {
        this(partWorkers, documentsKept, ChunkTrees.MIN_CHUNK);
    }

    /** With chunks of at least {@code minChunk} characters (tests use tiny ones to cut at every safe place). */
    DocumentParser(Executor partWorkers, int documentsKept, int minChunk) {
        this.partWorkers = partWorkers;
        this.chunkTrees = documentsKept > 0 ? new ChunkTrees(documentsKept, minChunk) : null;
        this.parser = RubricInlineParser.installIn(Parser.builder(flexmarkOptions(true, false))).build();
    }

    /**
     * Flexmark's options for the tree the model reads: the extensions (tables only when
     * {@code tables}) and GitHub's reading of tables. Rubric's own parsers leave the autolink
     * extension out and link bare links themselves ({@link BareLinks}: the same tree, for a
     * fraction of the cost).
     */
    static MutableDataSet flexmarkOptions(boolean tables) {
        return flexmarkOptions(tables, true);
    }

    private static MutableDataSet flexmarkOptions(boolean tables, boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>();
        if (tables) extensions.add(TablesExtension.create());
        extensions.add(YamlFrontMatterExtension.create());
        if (autolinks) extensions.add(AutolinkExtension.create());
        extensions.add(StrikethroughExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        if (tables) {
            // GitHub tables: a header row is enough, body rows may have missing cells
            options.set(TablesExtension.COLUMN_SPANS, false);
            options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
            options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
            options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        }
        return options;
    }

    private Parser parserWithoutTables() {
        Parser p = parserWithoutTables;
        if (p == null) {
            // a race builds two equal parsers: harmless
            p = RubricInlineParser.installIn(Parser.builder(flexmarkOptions(false, false))).build();
            parserWithoutTables = p;
        }
        return p;
    }

    /**
     * Flexmark's tree of the text as the model reads it, without the model: Flexmark's own tree
     * with {@link #flexmarkOptions} (link labels read by {@link LinkLabels}, bare links by
     * {@link BareLinks}).
     */
    public Document parseAst(String text) {
        return tree(parser, text);
    }

    /**
     * Flexmark as it is configured out of the box for the tree the model reads: the same
     * extensions, its autolink extension among them, and the same link-label reader; the rest of
     * its inline parser is Flexmark's own (Rubric's trees read matches without Flexmark's copy of
     * the paragraph, {@link RubricInlineParser}), and it reads Flexmark's default sequences
     * ({@link #based}). The tree is the one {@link #parseAst} gives but for the few a sequence's
     * kind changes; benchmarks measure Rubric's lint against this parse.
     */
    public static Parser flexmarkReference() {
        return LinearLabelInlineParser.installIn(Parser.builder(flexmarkOptions(true))).build();
    }

    /**
     * The text as the sequence Rubric's parsers read. A paragraph of several lines, a list item's
     * or a table's, is read by the inline parser as a segmented sequence of its lines; Flexmark's
     * default kind finds each character through a segment tree with a cache behind a
     * {@code ThreadLocal} of its own (one per sequence, so the thread's map fills with stale
     * entries to sweep): 4.8 % of a 200-line lint's JFR samples went to that lookup. This option
     * makes them the "full" kind, an array of base offsets indexed directly; the lint was 2.5–3 %
     * faster side by side, its output on generated docs, the samples, the fixtures and the corpus
     * byte-identical. Flexmark's own tree of random texts differs between the two kinds in a few
     * (5 of 10,000 random inline texts; 224 of 5,000 link-heavy ones): with the default kind its
     * autolink extension gives an address followed by a character reference ("www.x.com&amp;amp;")
     * an empty link and loses the address, with this kind it links the address.
     */
    static BasedSequence based(String text) {
        return BasedSequence.of(BasedOptionsSequence.of(text, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES));
    }

    /** The parser's tree of the text, bare links linked. */
    private static Document tree(Parser parser, String text) {
        return BareLinks.link(parser.parse(based(text)), text, 0, text.length());
    }

    /** The parser's tree of {@code text[from, to)}, read in place in {@code whole} (the text as a sequence), bare links linked. */
    private static Document tree(Parser parser, String text, BasedSequence whole, int from, int to) {
        return BareLinks.link(parser.parse(whole.subSequence(from, to)), text, from, to);
    }

    public DesignDocument parse(URI uri, String text) {
        String guarded = withoutUnclosedFrontMatter(flattenDeepNesting(text));
        try {
            return new Builder(uri, text).build(chunkTrees != null && uri != null ? partsReusing(uri, guarded) : flexmarkParts(guarded));
        } catch (StackOverflowError e) {
            // inline markup nested thousands deep (images in images, emphasis in emphasis):
            // Flexmark's tree is too deep to walk, so read the inline markup as plain text
            return new Builder(uri, text).build(flexmark(withoutInlineMarkup(guarded)));
        }
    }

    /**
     * Flexmark reads a document that opens with "---" (after blank lines, too) and never closes
     * it as front matter to the end, so nothing in it (not even a section a fix appends) is
     * Markdown. Such an opener is a thematic break, as GitHub renders it: it is handed to
     * Flexmark as "***" (same length).
     */
    static String withoutUnclosedFrontMatter(String text) {
        int opener = FrontMatterLines.opener(text);
        if (opener < 0 || FrontMatterLines.afterClosing(text, opener) >= 0) return text;
        return text.substring(0, opener) + "***" + text.substring(opener + 3);
    }

    /**
     * Flexmark's trees for the text: two, parsed side by side, when the text is long and has a
     * safe cut; otherwise one. Any trouble in a part (a table the extension cannot read, a tree
     * too deep) and the whole text is parsed as one, as it always was.
     */
    private List<Part> flexmarkParts(String text) {
        int cut = partWorkers == null ? -1 : ChunkSplitter.split(text);
        if (cut < 0) return List.of(new Part(flexmark(text), 0, null));
        return flexmarkParts(text, cut, partWorkers);
    }

    /**
     * Flexmark's trees of the text's chunks ({@link ChunkSplitter#chunkStarts}), each parsed on its
     * own: a chunk whose text the document had when it was last parsed reuses that tree, the
     * others are parsed (in two groups side by side when there are workers and enough to parse).
     * Any trouble in a chunk and the whole text is parsed as one, keeping nothing.
     */
    private List<Part> partsReusing(URI uri, String text) {
        int[] starts = ChunkSplitter.chunkStarts(text, chunkTrees.minChunk());
        Map<String, ChunkTree> known = chunkTrees.of(uri);
        Map<String, ChunkTree> kept = new HashMap<>();
        String[] chunks = new String[starts.length];
        ChunkTree[] trees = new ChunkTree[starts.length];
        List<Integer> missing = new ArrayList<>();
        int missingLength = 0;
        // a chunk the last version had is found by comparing it in place with the kept chunks of
        // its length: copying each chunk out to look it up copied the whole document per keystroke
        Map<Integer, List<String>> knownByLength = new HashMap<>();
        for (String chunk : known.keySet()) knownByLength.computeIfAbsent(chunk.length(), n -> new ArrayList<>(1)).add(chunk);
        for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] : text.length();
            chunks[i] = sameText(text, starts[i], end, knownByLength.get(end - starts[i]));
            if (chunks[i] == null) chunks[i] = text.substring(starts[i], end);
            ChunkTree tree = known.get(chunks[i]);
            if (tree == null) tree = kept.get(chunks[i]);
            if (tree == null) {
                missing.add(i);
                missingLength += chunks[i].length();
            } else {
                trees[i] = tree;
                kept.put(chunks[i], tree);
            }
        }
        try {
            if (partWorkers == null || missing.size() < 2 || missingLength < ChunkSplitter.MIN_LENGTH) {
                parseChunks(missing, chunks, trees);
            } else {
                // the first chunks up to half of what is missing on this thread, the rest on a worker
                int half = 0;
                for (int length = 0; half < missing.size() && length < missingLength / 2; half++) length += chunks[missing.get(half)].length();
                List<Integer> mine = missing.subList(0, half);
                List<Integer> theirs = missing.subList(half, missing.size());
                SideBySide.whileRunning(partWorkers, () -> parseChunks(theirs, chunks, trees),
                        () -> parseChunks(mine, chunks, trees));
            }
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Part(flexmark(text), 0, null));
        }
        for (int i : missing) kept.put(chunks[i], trees[i]);
        chunkTrees.keep(uri, kept);
        List<Part> parts = new ArrayList<>(trees.length);
        for (int i = 0; i < trees.length; i++) parts.add(new Part(trees[i].tree(), starts[i], trees[i]));
        return parts;
    }

    /** The one of {@code candidates} (all {@code end - start} long, or null) equal to {@code text[start, end)}; null if none is. */
    private static String sameText(String text, int start, int end, List<String> candidates) {
        if (candidates == null) return null;
        for (String candidate : candidates) {
            if (text.regionMatches(start, candidate, 0, end - start)) return candidate;
        }
        return null;
    }

    private Void parseChunks(List<Integer> which, String[] chunks, ChunkTree[] trees) {
        for (int i : which) trees[i] = new ChunkTree(tree(parser, chunks[i]));
        return null;
    }

    /** The document built from Flexmark's trees of the text's two parts at {@code cut}, on this thread (for tests). */
    DesignDocument parseInParts(URI uri, String text, int cut) {
        return new Builder(uri, text).build(flexmarkParts(withoutUnclosedFrontMatter(flattenDeepNesting(text)), cut, Runnable::run));
    }

    private List<Part> flexmarkParts(String text, int cut, Executor partWorkers) {
        BasedSequence whole = based(text);
        Document[] first = new Document[1];
        try {
            // parsed as parts of the whole text, so their offsets are already the text's
            Document second = SideBySide.whileRunning(partWorkers, () -> tree(parser, text, whole, cut, text.length()),
                    () -> first[0] = tree(parser, text, whole, 0, cut));
            return List.of(new Part(first[0], 0, null), new Part(second, 0, null));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Part(flexmark(text), 0, null));
        }
    }

    /** The trees kept for a document, by chunk text (for tests). */
    Map<String, Document> treesKept(URI uri) {
        Map<String, Document> trees = new HashMap<>();
        if (chunkTrees != null) chunkTrees.of(uri).forEach((chunk, kept) -> trees.put(chunk, kept.tree()));
        return trees;
    }

    /** Characters of text whose trees are kept, all documents together (for tests). */
    long charsKept() {
        return chunkTrees == null ? 0 : chunkTrees.charsKept();
    }

    /**
     * Flexmark's tree of a part of the text, whose node offsets count from {@code base} in the
     * text, and the kept chunk it comes from, with what was read from its blocks (else null).
     */
    private record Part(Document tree, int base, ChunkTree kept) {
    }

    private Document flexmark(String text) {
        try {
            return tree(parser, text);
        } catch (IndexOutOfBoundsException e) {
            // Flexmark's table extension fails on some malformed rows: read the document without tables
            return tree(parserWithoutTables(), text);
        }
    }

    /**
     * The text with inline markup characters (emphasis, links, images, code spans, inline HTML)
     * blanked after each line's block prefix (indentation, quote and list markers, heading
     * marks, table pipes stay). Offsets are unchanged.
     */
    static String withoutInlineMarkup(String text) {
        char[] out = text.toCharArray();
        boolean prefix = true;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\n' || c == '\r') {
                prefix = true;
            } else if (prefix && (c == ' ' || c == '\t' || "#>|.)".indexOf(c) >= 0 || (c >= '0' && c <= '9')
                    || "-+*".indexOf(c) >= 0 && (i + 1 == out.length || out[i + 1] == ' ' || out[i + 1] == '\t'))) {
                // still in the block prefix (a bullet is one when a blank follows it)
            } else {
                prefix = false;
                if ("*_~[]!`<>".indexOf(c) >= 0) out[i] = ' ';
            }
        }
        return new String(out);
    }

    /**
     * The text with the first container marker beyond {@link #MAX_NESTING} on a line, or indented
     * beyond {@link #MAX_MARKER_INDENT} columns, escaped with a backslash. Offsets and length are unchanged,
     * so the model built from Flexmark's tree of this text still points into the original.
     * Returns the text itself when nothing needs flattening (every real document).
     */
    static String flattenDeepNesting(String text) {
        char[] out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int markers = 0;
            int column = 0;
            int lineStart = i;
            scan:
            while (i < n) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    column = Whitespace.columnAfter(column, c);
                    i++;
                } else {
                    int end = markerEnd(text, i);
                    if (end < 0) break scan;
                    markers++;
                    if (markers > MAX_NESTING || column > MAX_MARKER_INDENT) {
                        // escape the first marker too deep: the rest of the line is paragraph
                        // text (still prose), where blanking it would make an indented code block
                        if (out == null) out = text.toCharArray();
                        out[i] = '\\';
                        break scan;
                    }
                    column += end - i;
                    i = end;
                }
            }
            out = breakLongBlankRuns(text, lineStart, out);
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++; // the rest of the line
            while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) i++;
        }
        return out == null ? text : new String(out);
    }

    /**
     * Breaks runs of more than {@link #MAX_PREFIX_BLANKS} spaces or tabs in the part of the line
     * at {@code start} that holds only marker characters (quote, list and thematic-break marks,
     * digits) and blanks; copies the text into {@code out} when it changes something first.
     */
    private static char[] breakLongBlankRuns(String text, int start, char[] out) {
        int run = 0;
        for (int i = start; i < text.length(); i++) {
            char c = (out != null ? out[i] : text.charAt(i));
            if (c == ' ' || c == '\t') {
                if (++run > MAX_PREFIX_BLANKS) {
                    if (out == null) out = text.toCharArray();
                    out[i] = '\u00a0';
                    run = 0;
                }
            } else if ("-*_+>.)".indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
                run = 0;
            } else {
                break;
            }
        }
        return out;
    }

    /** The end of a container marker at {@code i} ('>', '-', '*', '+' or up to 9 digits and '.' or ')', then a space or the line end), or -1. */
    private static int markerEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '>') return i + 1;
        int end;
        if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
        } else {
            end = i;
            while (end < text.length() && end - i < 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
            if (end == i || end >= text.length() || (text.charAt(end) != '.' && text.charAt(end) != ')')) return -1;
            end++;
        }
        if (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\t'
                && text.charAt(end) != '\n' && text.charAt(end) != '\r') return -1;
        return end;
    }

    /** What the builder read from a paragraph: its sentences' text and spans (from its start). */
    private record ParagraphReading(ProseKind kind, boolean media, int[] starts, int[] ends, String[] contents, String[] lowers, TextMemo[] memos) {
    }

    /** What the builder read from a heading: its title, and the title normalised when the tree is kept (else null). */
    private record HeadingReading(String title, String normalized) {
    }

    /** What the builder read from a code block: its info string and content. */
    private record CodeReading(String info, String content) {
    }

    /** What the builder read from a table: how many rows it has and its cells that hold text. */
    private record TableReading(int rows, List<CellReading> cells) {
    }

    /** A table cell's text with markup blanked, where it is in the tree's offsets, and its place. */
    private record CellReading(int row, int column, boolean header, String columnHeader, String content, String lower, TextMemo memo, int start, int end) {
    }

    private static final class Builder {
        private final URI uri;
        private final String text;
        private final LineIndex lines;
        private final List<Section> sectionsInOrder = new ArrayList<>();
        private final Deque<Section> open = new ArrayDeque<>();
        private final List<ProseUnit> units = new ArrayList<>();
        private final List<CodeUnit> code = new ArrayList<>();
        private final List<HtmlComment> comments = new ArrayList<>();
        private final Section root;
        private FrontMatter frontMatter = FrontMatter.NONE;
        private int blockCounter;
        private int tableCounter;
        /** Where the tree being read starts in the text: its nodes' offsets are relative to that. */
        private int base;
        /** The line of the last unit added: units come in text order, so the next one is near it. */
        private int lastLine;
        /** The readings of the blocks of the tree being read, kept from an earlier build of it (else null). */
        private Object[] keptReadings;
        /** Where the next block's reading is in {@link #keptReadings}. */
        private int nextReading;
        /** The readings this build makes, when the tree is kept and has none yet (else null). */
        private List<Object> newReadings;
        /** Whether the tree being read is kept for later versions: its readings then hold what later builds ask for. */
        private boolean keeping;
        /** Where "<!--" occurs in the text, in order: most blocks hold none and skip the comment search. */
        private final int[] commentOpens;

        Builder(URI uri, String text) {
            this.uri = uri;
            this.text = text;
            this.lines = new LineIndex(text);
            this.commentOpens = occurrences(text, "<!--");
            this.root = new Section(0, 0, "", null, null, null);
            open.push(root);
        }

        DesignDocument build(Document document) {
            return build(List.of(new Part(document, 0, null)));
        }

        /** The document from Flexmark's trees of consecutive parts of its text, in order. */
        DesignDocument build(List<Part> parts) {
            int[] unitStarts = new int[parts.size() + 1];
            ProseText.Piece[] keptPieces = new ProseText.Piece[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                unitStarts[p] = units.size();
                base = part.base();
                keeping = part.kept() != null;
                keptReadings = keeping ? part.kept().readings() : null;
                nextReading = 0;
                newReadings = keeping && keptReadings == null ? new ArrayList<>() : null;
                for (Node node = part.tree().getFirstChild(); node != null; node = node.getNext()) {
                    if (node instanceof Heading heading) {
                        openSection(heading);
                    } else {
                        visit(node, 0);
                    }
                }
                if (newReadings != null) part.kept().keepReadings(newReadings.toArray());
                if (keeping) keptPieces[p] = keptPiece(part.kept(), units.subList(unitStarts[p], units.size()));
            }
            unitStarts[parts.size()] = units.size();
            closeSections();
            return new DesignDocument(uri, text, lines, frontMatter, root, units, code, comments, unitStarts, keptPieces,
                    missingHtmlEnd(parts.get(parts.size() - 1).tree()));
        }

        /**
         * The end marker of an HTML block left open at the end of the document, else null. Only a
         * block of the document itself counts: one in a list item or quote ends with its container.
         */
        private String missingHtmlEnd(Document lastTree) {
            Node last = lastTree.getLastChild();
            if (!(last instanceof HtmlBlockBase)) return null;
            return HtmlBlockEnds.missingEnd(text.substring(base + last.getStartOffset(), base + last.getEndOffset()));
        }

        private void openSection(Heading heading) {
            while (open.peek().level() >= heading.getLevel()) open.pop();
            Section parent = open.peek();
            int start = base + heading.getStartOffset();
            int end = lines.lineEnd(lines.lineOf(Math.max(start, base + heading.getEndOffset() - 1)));
            if (heading.isSetextHeading()) end = lines.lineEnd(lines.lineOf(start));
            HeadingReading title = headingTitle(heading);
            Section section = new Section(sectionsInOrder.size() + 1, heading.getLevel(), title.title(), title.normalized(),
                    lines.range(start, Math.max(start, end)), parent);
            parent.addChild(section);
            sectionsInOrder.add(section);
            open.push(section);
            collectComments(heading);
        }

        private HeadingReading headingTitle(Heading heading) {
            HeadingReading kept = (HeadingReading) keptReading();
            if (kept != null) return kept;
            String title = Whitespace.collapse(plainText(heading)).trim();
            // a kept heading's normalised title is asked for by every later version's template mapping
            HeadingReading reading = new HeadingReading(title, keeping ? HeadingNormalizer.normalize(title) : null);
            keepReading(reading);
            return reading;
        }

        /**
         * What Flexmark's TextCollectingVisitor collects from a heading. Most headings are one
         * text node with nothing to unescape ('\\' escapes, '&' entities): their text is the
         * node's own, without a visitor and its sequence builder.
         */
        private static String plainText(Heading heading) {
            Node only = heading.getFirstChild();
            if (only instanceof Text && only.getNext() == null) {
                String text = only.getChars().toString();
                if (text.indexOf('\\') < 0 && text.indexOf('&') < 0) return text;
            }
            return new TextCollectingVisitor().collectAndGetText(heading);
        }

        /** The chunk's piece of the document's prose search ({@link ProseText}), made and kept with its tree the first time. */
        private static ProseText.Piece keptPiece(ChunkTree kept, List<ProseUnit> chunkUnits) {
            ProseText.Piece piece = kept.prose();
            if (piece == null) {
                piece = ProseText.Piece.of(chunkUnits);
                kept.keepProse(piece);
            }
            return piece;
        }

        /** The kept reading of the block read next, or null when this build reads it itself. */
        private Object keptReading() {
            return keptReadings == null ? null : keptReadings[nextReading++];
        }

        /** Keeps the reading of the block just read, for later builds of the same tree. */
        private void keepReading(Object reading) {
            if (newReadings != null) newReadings.add(reading);
        }

        private void closeSections() {
            int n = sectionsInOrder.size();
            for (int i = 0; i < n; i++) {
                Section s = sectionsInOrder.get(i);
                int ownEnd = i + 1 < n ? sectionsInOrder.get(i + 1).headingRange().startOffset() : text.length();
                int end = text.length();
                for (int j = i + 1; j < n; j++) {
                    if (sectionsInOrder.get(j).level() <= s.level()) {
                        end = sectionsInOrder.get(j).headingRange().startOffset();
                        break;
                    }
                }
                s.close(lines.range(s.headingRange().startOffset(), end), ownEnd);
            }
            int rootOwnEnd = n > 0 ? sectionsInOrder.get(0).headingRange().startOffset() : text.length();
            root.close(lines.range(0, text.length()), rootOwnEnd);
        }

        private Section current() {
            return open.peek();
        }

        private void visit(Node node, int listDepth) {
            if (node instanceof YamlFrontMatterBlock fm) {
                frontMatter = parseFrontMatter(fm);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                addCode((Block) node);
            } else if (node instanceof HtmlBlockBase) {
                collectComments(node);
                if (!node.getChars().toString().trim().startsWith("<!--")) current().addMedia();
            } else if (node instanceof Reference) {
                // link reference definitions are targets, not prose
            } else if (node instanceof TableBlock table) {
                visitTable(table);
            } else if (node instanceof Paragraph paragraph) {
                addParagraph(paragraph, listDepth);
            } else {
                int depth = node instanceof ListBlock ? listDepth + 1 : listDepth;
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    visit(child, depth);
                }
            }
        }

        private void addCode(Block node) {
            CodeReading reading = (CodeReading) keptReading();
            if (reading == null) {
                // a code block's content is a segmented sequence: reading it as a string is not free
                reading = node instanceof FencedCodeBlock fenced
                        ? new CodeReading(fenced.getInfo().toString().trim(), fenced.getContentChars().toString())
                        : new CodeReading("", ((IndentedCodeBlock) node).getContentChars().toString());
                keepReading(reading);
            }
            CodeUnit unit = new CodeUnit(reading.info(), reading.content(), lines.range(base + node.getStartOffset(), base + node.getEndOffset()), current(),
                    node instanceof FencedCodeBlock);
            code.add(unit);
            current().addCode(unit);
        }

        private void addParagraph(Paragraph paragraph, int listDepth) {
            int start = base + paragraph.getStartOffset();
            ParagraphReading reading = (ParagraphReading) keptReading();
            if (reading == null) {
                reading = read(paragraph, start);
                keepReading(reading);
            }
            if (reading.media()) current().addMedia();
            int block = ++blockCounter;
            for (int i = 0; i < reading.contents().length; i++) {
                addUnit(reading.kind(), reading.contents()[i], start + reading.starts()[i], start + reading.ends()[i], block, listDepth, null,
                        reading.lowers() == null ? null : reading.lowers()[i], reading.memos() == null ? null : reading.memos()[i]);
            }
            collectComments(paragraph);
        }

        /** A paragraph's sentences, with everything that is not prose blanked; offsets from its start. */
        private ParagraphReading read(Paragraph paragraph, int start) {
            int end = trimEnd(base + paragraph.getEndOffset(), start);
            Masked prose = maskedProse(paragraph, start, end);
            char[] masked = prose.chars();
            boolean media = prose.media();
            ProseKind kind = paragraph.getAncestorOfType(ListItem.class) != null ? ProseKind.LIST_ITEM : ProseKind.SENTENCE;
            List<int[]> spans = SentenceSplitter.split(new String(masked), text.substring(start, end));
            int[] starts = new int[spans.size()];
            int[] ends = new int[spans.size()];
            String[] contents = new String[spans.size()];
            // kept for later versions: the lower-cased text every lint and template choice asks for, once
            String[] lowers = keeping ? new String[spans.size()] : null;
            TextMemo[] memos = keeping ? new TextMemo[spans.size()] : null;
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                starts[i] = span[0];
                ends[i] = span[1];
                contents[i] = new String(masked, span[0], span[1] - span[0]);
                if (lowers != null) {
                    lowers[i] = contents[i].toLowerCase(Locale.ROOT);
                    memos[i] = new TextMemo();
                }
            }
            return new ParagraphReading(kind, media, starts, ends, contents, lowers, memos);
        }

        private void visitTable(TableBlock table) {
            int tableIndex = ++tableCounter;
            TableReading reading = (TableReading) keptReading();
            if (reading == null) {
                reading = read(table);
                keepReading(reading);
            }
            int firstBlock = blockCounter + 1;
            blockCounter += reading.rows();
            for (CellReading cell : reading.cells()) {
                addUnit(ProseKind.TABLE_CELL, cell.content(), base + cell.start(), base + cell.end(), firstBlock + cell.row(), 0,
                        new TableCellRef(tableIndex, cell.row(), cell.column(), cell.header(), cell.columnHeader()), cell.lower(), cell.memo());
            }
            collectComments(table);
        }

        /** A table's cells that hold text, with everything that is not prose blanked; offsets in the tree's. */
        private TableReading read(TableBlock table) {
            List<String> headers = new ArrayList<>();
            List<CellReading> cells = new ArrayList<>();
            int rowIndex = 0;
            for (Node row : rowsOf(table)) {
                boolean header = row.getParent() instanceof TableHead;
                int column = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell tableCell)) continue;
                    int start = tableCell.getText().getStartOffset();
                    int end = tableCell.getText().getEndOffset();
                    String content = end > start ? new String(maskedProse(tableCell, base + start, base + end).chars()) : "";
                    if (header) headers.add(content.trim());
                    String columnHeader = column < headers.size() ? headers.get(column) : "";
                    if (!content.isBlank()) {
                        String lower = keeping ? content.toLowerCase(Locale.ROOT) : null;
                        cells.add(new CellReading(rowIndex, column, header, columnHeader, content, lower, keeping ? new TextMemo() : null, start, end));
                    }
                    column++;
                }
                rowIndex++;
            }
            return new TableReading(rowIndex, cells);
        }

        /**
         * The table's rows in order, but the |---|---| line (a TableRow under TableSeparator:
         * syntax, not a row of the table). Rows sit under the table's head, separator and body:
         * two levels are read, not every cell's text as a walk of all descendants would.
         */
        private static List<Node> rowsOf(TableBlock table) {
            List<Node> rows = new ArrayList<>();
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableRow) rows.add(part);
                if (part instanceof TableSeparator) continue;
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) rows.add(row);
                }
            }
            return rows;
        }

        private void addUnit(ProseKind kind, String content, int start, int end, int block, int listDepth, TableCellRef cell, String lower,
                             TextMemo memo) {
            Range range = lines.range(start, end, lastLine);
            lastLine = range.start().line();
            ProseUnit unit = new ProseUnit(units.size(), kind, content, range, current(), block, listDepth, cell, lower, memo);
            units.add(unit);
            current().addUnit(unit);
        }

        private int trimEnd(int end, int start) {
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            return end;
        }

        /** A span of the text with everything that is not prose blanked, and whether it shows an image. */
        private record Masked(char[] chars, boolean media) {
        }

        /** The source span [start, end) of the text with everything that is not prose blanked, offsets preserved. */
        private Masked maskedProse(Node container, int textStart, int end) {
            char[] chars = text.substring(textStart, end).toCharArray();
            int start = textStart - base; // where the span starts in the tree's offsets
            boolean media = false;
            // walked by hand: Flexmark's descendant iterator keeps a stack of child iterators, and the
            // builder walks every paragraph and cell
            for (Node n = container.getFirstChild(); n != null; n = nextInPreOrder(n, container)) {
                if (n instanceof Image || n instanceof ImageRef) media = true;
                if (n instanceof Code code && FIGURE_ONLY.matcher(code.getText()).matches()) {
                    // a figure set as code ("`20-50%`", "`5 ms`") is still a figure: only the backticks go
                    blank(chars, start, code.getStartOffset(), code.getText().getStartOffset());
                    blank(chars, start, code.getText().getEndOffset(), code.getEndOffset());
                } else if (n instanceof Code || n instanceof HtmlInline || n instanceof HtmlInlineComment || n instanceof Image
                        || n instanceof ImageRef || n instanceof AutoLink || n instanceof MailLink) {
                    blank(chars, start, n.getStartOffset(), n.getEndOffset());
                } else if (n instanceof Link link) {
                    blank(chars, start, link.getStartOffset(), link.getStartOffset() + 1);
                    blank(chars, start, link.getTextClosingMarker().getStartOffset(), link.getEndOffset());
                } else if (n instanceof LinkRef ref && ref.isDefined()) {
                    // "[text][ref]" keeps text; "[ref]" and "[ref][]" keep ref (their text marker is empty)
                    BasedSequence visible = ref.isReferenceTextCombined() ? ref.getReference() : ref.getText();
                    blank(chars, start, ref.getStartOffset(), visible.getStartOffset());
                    blank(chars, start, visible.getEndOffset(), ref.getEndOffset());
                }
            }
            if (!holdsSchemeSeparator(chars)) return new Masked(chars, media); // every bare URL has one: most paragraphs are spared the search
            Matcher url = BARE_URL.matcher(new String(chars));
            while (url.find()) blank(chars, 0, url.start(), url.end());
            return new Masked(chars, media);
        }

        /** The node after {@code n} in a pre-order walk of {@code root}'s descendants; null after the last. */
        private static Node nextInPreOrder(Node n, Node root) {
            Node child = n.getFirstChild();
            if (child != null) return child;
            for (Node up = n; up != root; up = up.getParent()) {
                if (up.getNext() != null) return up.getNext();
            }
            return null;
        }

        private static boolean holdsSchemeSeparator(char[] chars) {
            for (int i = 0; i + 2 < chars.length; i++) {
                if (chars[i] == ':' && chars[i + 1] == '/' && chars[i + 2] == '/') return true;
            }
            return false;
        }

        private static void blank(char[] chars, int base, int from, int to) {
            for (int i = Math.max(0, from - base); i < Math.min(chars.length, to - base); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
            }
        }

        /**
         * HTML comments of a block: found in its source text, except inside code spans, so a
         * directive shown as `<!-- rubric-disable -->` in prose is not taken for one. (Not
         * read from HtmlInlineComment nodes: a comment after a table row's last pipe sits in
         * an extra cell the table discards, and it is still a directive.)
         */
        private void collectComments(Node node) {
            int start = base + node.getStartOffset();
            int end = base + node.getEndOffset();
            if (end <= start || !commentOpensWithin(start, end)) return;
            Matcher m = COMMENT.matcher(text).region(start, end);
            List<Node> codeSpans = null;
            while (m.find()) {
                if (!(node instanceof HtmlBlockBase)) {
                    if (codeSpans == null) {
                        codeSpans = new ArrayList<>();
                        for (Node n : node.getDescendants()) if (n instanceof Code) codeSpans.add(n);
                    }
                    int at = m.start() - base; // in the tree's offsets
                    if (codeSpans.stream().anyMatch(c -> c.getStartOffset() <= at && at < c.getEndOffset())) continue;
                }
                HtmlComment comment = new HtmlComment(m.group(1), lines.range(m.start(), m.end()));
                if (comments.isEmpty() || comments.get(comments.size() - 1).range().startOffset() < m.start()) {
                    comments.add(comment);
                }
            }
        }

        /** Whether a "<!--" starts in [start, end): every comment the search could find there does. */
        private boolean commentOpensWithin(int start, int end) {
            int i = Arrays.binarySearch(commentOpens, start);
            int next = i >= 0 ? i : -i - 1;
            return next < commentOpens.length && commentOpens[next] < end;
        }

        private static int[] occurrences(String text, String what) {
            int count = 0;
            for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) count++;
            int[] at = new int[count];
            count = 0;
            for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) at[count++] = i;
            return at;
        }

        private FrontMatter parseFrontMatter(YamlFrontMatterBlock block) {
            int start = base + block.getStartOffset();
            int end = base + block.getEndOffset();
            // the body lies between the opening fence line and the closing one ("---" or "...")
            int bodyStart = lines.lineStart(lines.lineOf(start) + 1);
            int closingStart = lines.lineStart(lines.lineOf(end));
            String body = closingStart > bodyStart ? text.substring(bodyStart, closingStart) : "";
            int bodyLine = lines.lineOf(start) + 1; // zero-based line of the body's first line
            try {
                Object parsed = body.isBlank() ? Map.of() : FrontMatterYaml.read(body);
                if (parsed instanceof Map<?, ?> map) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    map.forEach((k, v) -> values.put(String.valueOf(k), v));
                    return new FrontMatter(values, lines.range(start, end), null);
                }
                return new FrontMatter(Map.of(), lines.range(start, end), "front matter is not a mapping of keys to values");
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage().lines().findFirst().orElse("");
                JsonLocation loc = e.getLocation();
                String where = loc == null || loc.getLineNr() < 1 ? "" : " (line " + (bodyLine + loc.getLineNr()) + ")";
                return new FrontMatter(Map.of(), lines.range(start, end), "front matter is not valid YAML: " + message + where);
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                return new FrontMatter(Map.of(), lines.range(start, end), "front matter is not valid YAML: " + message);
            }
        }
    }
}
