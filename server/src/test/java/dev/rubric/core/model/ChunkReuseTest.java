package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import dev.rubric.core.text.PhraseAutomaton;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A parser that keeps the trees of a document's chunks ({@link ChunkTrees}) builds, for every
 * version of the document, the model a fresh parse of that version builds — whatever the edit,
 * wherever it falls — and re-parses only the chunks an edit changed.
 */
class ChunkReuseTest {
    private static final URI DOC = URI.create("file:///edited.md");
    private final DocumentParser fresh = new DocumentParser();

    @Test
    void everyRepositoryDocumentCutAtEverySafePlaceIsTheWholeParse() throws IOException {
        DocumentParser cutEverywhere = new DocumentParser(null, 1, 1);
        int documents = 0;
        for (Path f : SplitParseTest.repositoryDocuments()) {
            String text = Files.readString(f);
            assertEquals(SplitParseTest.dump(fresh.parse(DOC, text)), SplitParseTest.dump(cutEverywhere.parse(URI.create("file:///" + documents++), text)),
                    f.toString());
        }
        assertTrue(documents > 100, "documents: " + documents);
    }

    @Test
    void randomEditsOfALongDocumentBuildTheModelOfAFreshParse() {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            // small chunks so that edits land in, across and between many of them
            checkEdits(new DocumentParser(null, 2, 64), new Random(41), 400);
            checkEdits(new DocumentParser(workers, 2, 64), new Random(42), 200);
            checkEdits(new DocumentParser(workers, 2, ChunkTrees.MIN_CHUNK), new Random(43), 100);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void anEditReparsesOnlyTheChunkItFallsIn() {
        DocumentParser parser = new DocumentParser(null, 1, 200);
        String before = sections(12);
        parser.parse(DOC, before);
        Map<String, Document> first = parser.treesKept(DOC);
        assertTrue(first.size() >= 6, "chunks: " + first.size());
        String edited = before.replace("Section 6 holds", "Section six holds");
        parser.parse(DOC, edited);
        Map<String, Document> second = parser.treesKept(DOC);
        int reused = 0;
        int parsed = 0;
        for (Map.Entry<String, Document> e : second.entrySet()) {
            if (first.containsKey(e.getKey())) {
                assertSame(first.get(e.getKey()), e.getValue(), "an unchanged chunk keeps its tree");
                reused++;
            } else {
                assertTrue(e.getKey().contains("Section six holds"), "only the edited chunk is new: " + e.getKey());
                parsed++;
            }
        }
        assertEquals(1, parsed);
        assertEquals(first.size() - 1, reused);
    }

    @Test
    void whatWasReadFromAnUnchangedChunkIsReusedNotReadAgain() {
        DocumentParser parser = new DocumentParser(null, 1, 200);
        String before = sections(12);
        DesignDocument first = parser.parse(DOC, before);
        DesignDocument second = parser.parse(DOC, before.replace("Section 6 holds", "Section six holds"));
        assertEquals(first.units().size(), second.units().size());
        int same = 0;
        for (int i = 0; i < first.units().size(); i++) {
            ProseUnit a = first.units().get(i);
            ProseUnit b = second.units().get(i);
            if (a.text() == b.text()) {
                // one reading of a block serves every version: its text and lower-cased text are shared
                assertSame(a.lower(), b.lower());
                same++;
            } else {
                // read again: the edited chunk's units (its sentences are equal but for the edit)
                assertEquals(a.text().replace("Section 6 holds", "Section six holds"), b.text());
                assertTrue(b.range().startOffset() > before.indexOf("## Section 5") - 300 && b.range().startOffset() < before.indexOf("## Section 8"),
                        "outside the edited chunk: " + b.text());
            }
        }
        assertTrue(same > first.units().size() * 3 / 4, same + " of " + first.units().size());
        // a parser that keeps no trees keeps nothing read either
        DocumentParser plain = new DocumentParser();
        assertNotSame(plain.parse(DOC, before).units().get(3).text(), plain.parse(DOC, before).units().get(3).text());
    }

    @Test
    void parsesOnSeveralThreadsShareTreesAndStillBuildTheFreshModel() throws Exception {
        // the language server's lint and outline may parse the same version at once: the trees
        // they share are only read
        DocumentParser shared = new DocumentParser(null, 1, 64);
        String text = sections(30);
        String expected = SplitParseTest.dump(fresh.parse(DOC, text));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> dumps = new ArrayList<>();
            for (int n = 0; n < 200; n++) dumps.add(threads.submit(() -> SplitParseTest.dump(shared.parse(DOC, text))));
            for (java.util.concurrent.Future<String> dump : dumps) assertEquals(expected, dump.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void keepsTreesForTheLastDocumentsParsedOnly() {
        DocumentParser parser = new DocumentParser(null, 2, 200);
        String text = sections(4);
        for (int n = 0; n < 3; n++) parser.parse(URI.create("file:///" + n + ".md"), text);
        assertTrue(parser.treesKept(URI.create("file:///0.md")).isEmpty(), "the first document is forgotten");
        assertTrue(!parser.treesKept(URI.create("file:///2.md")).isEmpty());
        // the same text under another document is parsed again, not shared across documents
        assertNotSame(parser.treesKept(URI.create("file:///1.md")).values().iterator().next(),
                parser.treesKept(URI.create("file:///2.md")).values().iterator().next());
    }

    @Test
    void keepsNoMoreTextThanItsCap() {
        DocumentParser parser = new DocumentParser(null, 100);
        // a document past the cap on its own is not kept at all
        String huge = sections(8) + "Filler text for a long document.\n\n".repeat((int) (ChunkTrees.MAX_CHARS_KEPT / 30));
        parser.parse(URI.create("file:///huge.md"), huge);
        assertTrue(parser.treesKept(URI.create("file:///huge.md")).isEmpty());
        assertEquals(0, parser.charsKept());
        // documents that fit are kept until their text together passes the cap; then the oldest go
        String third = "# Doc\n\n" + "Some prose about the design.\n\n".repeat((int) (ChunkTrees.MAX_CHARS_KEPT / 3 / 30));
        for (int n = 0; n < 5; n++) parser.parse(URI.create("file:///" + n + ".md"), third);
        assertTrue(parser.charsKept() <= ChunkTrees.MAX_CHARS_KEPT, "kept " + parser.charsKept());
        assertTrue(parser.treesKept(URI.create("file:///0.md")).isEmpty(), "the oldest is forgotten");
        assertTrue(!parser.treesKept(URI.create("file:///4.md")).isEmpty(), "the latest is kept");
        // parsing a document again replaces its trees rather than counting it twice
        long before = parser.charsKept();
        parser.parse(URI.create("file:///4.md"), third);
        assertEquals(before, parser.charsKept());
    }

    @Test
    void aChunkFlexmarkCannotReadFallsBackToTheWholeParse() {
        DocumentParser parser = new DocumentParser(null, 1, 16);
        // inline markup nested thousands deep in one chunk: the whole text takes the guarded path
        String deep = "# A\n\ntext\n\n# B\n\n" + "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n\n# C\n\nmore\n";
        assertEquals(SplitParseTest.dump(fresh.parse(DOC, deep)), SplitParseTest.dump(parser.parse(DOC, deep)));
    }

    /** Applies random edits one after another, comparing each version's model with a fresh parse of it. */
    /**
     * The document's prose search ({@link ProseText}, kept in pieces per chunk with the answers
     * each piece gave) answers as a search of the one lower-cased string of all units and titles
     * would, version after version: for phrases inside a chunk, running across chunk joints
     * (chunks of 64 characters and more, phrases up to 30), and absent ones.
     */
    @Test
    void theProseSearchAnswersAsASearchOfAllTheProseAfterEveryEdit() {
        DocumentParser reusing = new DocumentParser(null, 1, 64);
        Random random = new Random(44);
        StringBuilder text = new StringBuilder(sections(8));
        int checked = 0;
        for (int n = 0; n < 300; n++) {
            edit(text, random);
            String version = text.toString();
            DesignDocument doc = reusing.parse(DOC, version);
            StringBuilder all = new StringBuilder();
            for (ProseUnit u : fresh.parse(DOC, version).units()) all.append(u.text().toLowerCase(java.util.Locale.ROOT)).append(' ');
            for (Section s : doc.sections()) all.append(s.title().toLowerCase(java.util.Locale.ROOT)).append(' ');
            String expected = all.toString();
            ProseText.Search search = doc.prose().search();
            assertEquals(expected, search.whole(), "after edit #" + n);
            List<String> phrases = new ArrayList<>(List.of("qps and p99", "design.", "zzz", "more prose about", "x ", " x"));
            for (int k = 0; k < 30 && !expected.isEmpty(); k++) {
                int from = random.nextInt(expected.length());
                String phrase = expected.substring(from, Math.min(expected.length(), from + 1 + random.nextInt(30)));
                phrases.add(phrase);
                phrases.add(phrase + "#"); // almost there: mostly absent
            }
            // all at once, as detection looks for the templates' topic words, and one by one
            PhraseAutomaton allAtOnce = PhraseAutomaton.of(phrases);
            BitSet found = search.find(allAtOnce);
            for (String phrase : phrases) {
                assertEquals(expected.contains(phrase), found.get(allAtOnce.id(phrase)), () -> "'" + phrase + "' in\n" + version);
                assertEquals(expected.contains(phrase), search.contains(phrase), () -> "'" + phrase + "' in\n" + version);
                checked++;
            }
        }
        assertTrue(checked > 10_000, "phrases checked: " + checked);
    }

    private void checkEdits(DocumentParser reusing, Random random, int edits) {
        StringBuilder text = new StringBuilder(sections(8));
        for (int n = 0; n < edits; n++) {
            edit(text, random);
            String version = text.toString();
            String expected = SplitParseTest.dump(fresh.parse(DOC, version));
            int editNumber = n;
            assertEquals(expected, SplitParseTest.dump(reusing.parse(DOC, version)), () -> "after edit #" + editNumber + ":\n" + version);
        }
    }

    private static final String[] INSERTS = {
        "x", " ", "\n", "\n\n", "\r\n", "# New heading\n\n", "\n## Sub\n", "```\n", "~~~", "<!--", "-->", "<div>\n", "[ref]: https://x.io\n",
        "- item\n", "> quote ", "| a | b |\n|---|---|\n", "---\n", "    indented\n", "`", "*", "\n===\n", "12k QPS and p99 < 80 ms. ",
    };

    private static void edit(StringBuilder text, Random random) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(4)) {
            case 0, 1 -> text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
            case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
            default -> {
                // keep the document long: a section appended or a paragraph retyped
                if (text.length() < 6_000) text.append("\n\n## Appended ").append(at).append("\n\nMore prose about the design.\n");
                else text.insert(at, "A sentence typed here. ");
            }
        }
    }

    /** A document of {@code n} sections, each a few hundred characters with a list, a table and a fence. */
    static String sections(int n) {
        StringBuilder b = new StringBuilder("# Design\n\nWhy this design exists.\n\n");
        for (int i = 1; i <= n; i++) {
            b.append("## Section ").append(i).append("\n\nSection ").append(i).append(" holds prose with 2k QPS and p99 < 50 ms, ")
                    .append("and a [link](https://example.com/").append(i).append(").\n\n- a point\n- another point\n\n")
                    .append("| metric | value |\n|---|---|\n| latency | ").append(i).append(" ms |\n\n```\ncode ").append(i).append("\n```\n\n");
        }
        return b.toString();
    }
}
