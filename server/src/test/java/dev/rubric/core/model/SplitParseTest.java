package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A long document may be parsed in two halves on two threads ({@link ChunkSplitter}): the model
 * built from the halves must be the model built from the whole, at every cut the splitter
 * allows — on the repository's design documents (samples, rule fixtures, docs) and on random
 * documents made of the constructs that can reach across a heading: fences at and off column 0,
 * HTML blocks and comments, quotes, nested lists, tables, reference definitions, front matter.
 */
class SplitParseTest {
    private static final URI URI_OF_TEST = URI.create("file:///split.md");
    private final DocumentParser parser = new DocumentParser();

    @Test
    void repositoryDocumentsBuildTheSameModelAtEveryCut() throws IOException {
        List<Path> files = repositoryDocuments();
        assertTrue(files.size() > 100, "found the repository's documents: " + files.size());
        int cuts = 0;
        for (Path f : files) cuts += checkEveryCut(f.toString(), Files.readString(f));
        assertTrue(cuts > 100, "cuts checked: " + cuts);
    }

    @Test
    void randomDocumentsBuildTheSameModelAtEveryCut() {
        Random random = new Random(20261204);
        int cuts = 0;
        for (int n = 0; n < 5_000; n++) {
            String text = randomDocument(random);
            cuts += checkEveryCut("random #" + n, text);
        }
        assertTrue(cuts > 5_000, "cuts checked: " + cuts);
    }

    @Test
    void aLongDocumentParsedOnTwoThreadsIsTheWholeParse() throws Exception {
        Random random = new Random(9);
        StringBuilder text = new StringBuilder("# Design\n\n");
        while (text.length() < 4 * ChunkSplitter.MIN_LENGTH) text.append(randomDocument(random)).append("\n\n");
        String doc = text.toString();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            DesignDocument parallel = new DocumentParser(workers).parse(URI_OF_TEST, doc);
            assertEquals(dump(parser.parse(URI_OF_TEST, doc)), dump(parallel));
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void refusesWhatCanReachAcrossAHeading() {
        String body = "\n\n# B\n\nText.\n";
        assertEquals(List.of(), ChunkSplitter.cuts("[a]: https://example.com\n\nSee [a]." + body), "a reference definition");
        assertEquals(List.of(), ChunkSplitter.cuts("- item\n\n  ```\n  code\n  ```" + body), "a fence inside a list item");
        assertEquals(List.of(), ChunkSplitter.cuts("<div>\n\ntext\n\n</div>" + body), "an HTML block");
        assertEquals(List.of(), ChunkSplitter.cuts("```\ncode\n" + body), "an unclosed fence");
        assertEquals(List.of(), ChunkSplitter.cuts("<!--\nhidden\n" + body), "an unclosed comment");
        assertEquals(List.of(), ChunkSplitter.cuts("---\ntitle: x\n" + body), "unclosed front matter");
        assertEquals(List.of(5), ChunkSplitter.cuts("# A\n\n# B\n"), "a heading after a blank line");
        assertEquals(List.of(), ChunkSplitter.cuts("# A\nText\n# B\n"), "no blank line before the heading");
        assertEquals(1, ChunkSplitter.cuts("<!-- x -->\n```\n# no\n```" + body).size(), "a closed comment and a closed fence");
        assertEquals(1, ChunkSplitter.cuts("Budget:\n< 250 ms at p99" + body).size(), "a comparison is not HTML");
        assertEquals(List.of(), ChunkSplitter.cuts("</section>" + body), "a closing tag");
    }

    /** Checks the model from the parts at each cut against the model from the whole; returns how many cuts. */
    private int checkEveryCut(String name, String text) {
        String guarded = DocumentParser.withoutUnclosedFrontMatter(DocumentParser.flattenDeepNesting(text));
        List<Integer> cuts = ChunkSplitter.cuts(guarded);
        if (cuts.isEmpty()) return 0;
        String whole = dump(parser.parse(URI_OF_TEST, text));
        for (int cut : cuts) {
            assertEquals(whole, dump(parser.parseInParts(URI_OF_TEST, text, cut)), () -> name + ", cut at " + cut + ":\n" + text);
        }
        return cuts.size();
    }

    /** The repository's Markdown documents: samples, docs and rule fixtures. */
    static List<Path> repositoryDocuments() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"samples", "docs", "server/src/test/resources/fixtures"}) {
            Path root = Path.of(System.getProperty("rubric.repo", ".."), dir);
            if (!Files.isDirectory(root)) root = Path.of(dir);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Everything the model holds, as text. */
    static String dump(DesignDocument doc) {
        StringBuilder b = new StringBuilder();
        b.append("front matter ").append(doc.frontMatter()).append('\n');
        for (Section s : doc.sections()) {
            b.append("section ").append(s).append(' ').append(s.headingRange()).append(' ').append(s.range())
                    .append(" own-end ").append(s.ownEndOffset()).append(" media ").append(s.ownMedia())
                    .append(" parent ").append(s.parent() == null ? "-" : s.parent().index()).append('\n');
        }
        for (ProseUnit u : doc.units()) {
            b.append("unit ").append(u.index()).append(' ').append(u.kind()).append(' ').append(u.range()).append(" section ")
                    .append(u.section().index()).append(" block ").append(u.block()).append(" depth ").append(u.listDepth())
                    .append(" cell ").append(u.cell()).append(" \"").append(u.text()).append("\"\n");
        }
        for (CodeUnit c : doc.code()) {
            b.append("code ").append(c.info()).append(' ').append(c.range()).append(" fenced ").append(c.fenced())
                    .append(" section ").append(c.section().index()).append(" \"").append(c.text()).append("\"\n");
        }
        for (HtmlComment c : doc.comments()) b.append("comment ").append(c).append('\n');
        return b.toString();
    }

    private static final String[] BLOCKS = {
        "# Heading", "## Sub heading", "###### Deep", "####### not a heading", "#hashtag", "Plain text with 12k QPS and p99 < 80 ms.",
        "A paragraph\nthat goes on", "Setext\n===", "- item\n- item two", "- item\n\n  continued", "1. first\n2. second",
        "- outer\n  - inner\n    - innermost", "> quoted\n> more", "> quote\nlazy line", "> ```\n> code in quote", "```\ncode\n```",
        "```python\n# comment in code\n```", "````\n```\n# inside\n````", "~~~\n# tilde code\n~~~", "```", "~~~", "  ```\n  indented fence\n  ```",
        "- item\n  ```\n  fenced in item\n  ```", "    indented code\n    # not a heading", "<!-- comment -->", "<!--\nmulti\n\n# in comment\n-->",
        "<!--", "-->", "<div>\n\n# in div?\n\n</div>", "<pre>\n\n# in pre\n</pre>", "<details>\n<summary>x</summary>", "text <!-- inline --> text",
        "| a | b |\n|---|---|\n| 1 | 2 |", "[ref]: https://example.com", "See [ref] and [text][ref].", "***", "---", "Text with ``` inline ``` fence",
        "`code span` and **bold** and a https://example.com/x link", "\t# tab heading", "   # three spaces", "    # four spaces",
        "Budget\n< 264 ms, of which\n<5 ms more", "< 80 ms at p99", "<= 3 retries", "<3", "<", "  <br>", "</div>", "<?php\n\n# in php?\n?>",
        "<!DOCTYPE html>\n\n# after doctype",
    };

    /** Blocks that make the splitter refuse the whole document. */
    private static boolean refused(String block) {
        return block.contains("]:") || block.startsWith("<div") || block.startsWith("<pre") || block.startsWith("<details")
                || block.startsWith("  <br") || block.startsWith("</") || block.startsWith("<?") || block.startsWith("<!D")
                || block.contains("  ```") || block.contains("> ```") || block.contains(" ``` ");
    }

    private static String randomDocument(Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(8) == 0) b.append("---\ntitle: Random\n").append(random.nextBoolean() ? "---\n" : "...\n");
        int blocks = 1 + random.nextInt(14);
        // most documents hold only what the splitter accepts, so their cuts are many and tested;
        // the rest mix in what it must refuse
        boolean acceptedOnly = random.nextInt(10) < 7;
        for (int i = 0; i < blocks; i++) {
            String block;
            do {
                // headings often, so documents have cuts to try
                block = random.nextInt(3) == 0 ? "## Heading " + i : BLOCKS[random.nextInt(BLOCKS.length)];
            } while (acceptedOnly && refused(block));
            b.append(block);
            b.append(switch (random.nextInt(5)) {
                case 0 -> "\n";
                case 1 -> "\n\n\n";
                case 2 -> "\r\n\r\n";
                default -> "\n\n";
            });
        }
        return b.toString();
    }
}
