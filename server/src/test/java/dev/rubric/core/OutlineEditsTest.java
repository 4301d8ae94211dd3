package dev.rubric.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.SectionMapping;
import dev.rubric.core.template.Template;
import dev.rubric.core.text.SplicedText;
import dev.rubric.core.text.Whitespace;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An edit said to keep the outline must keep it: for every such edit the outline read from the
 * new text (headings, levels, positions, the block each fills, the template) equals the old one,
 * and so does everything the outline is computed from — the prose the model reads (as masked,
 * whitespace folded: the edit is its only change), each template's topic words found or not, each
 * top-level section's evidence phrases found or not.
 */
class OutlineEditsTest {
    private static final URI URI_ = URI.create("file:///outline-edits.md");
    private static final LintOptions OPTIONS = LintOptions.defaults();
    private static final StructureReader READER = new StructureReader();
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

    private static final String DOC = """
            # Feed ranking

            ## Problem

            Users scroll past stale posts and leave sooner than we would like.
            We want fresh posts ranked within five minutes of upload.

            ## Notes

            - The `ranker_v2` service reads [the spec](https://example.com/spec) daily.
            - Plain item text that is typed into here.

            Another paragraph with *emphasis* and text.
            It has a second line too.

            ## Rollout

            Behind a flag, off by default.
            """;

    @Test
    void typingInAPlainParagraphKeepsTheOutline() {
        assertKept(DOC, insertAfter(DOC, "stale po", "x"));
        assertKept(DOC, insertAfter(DOC, "sooner than we would like.", " More"));
        assertKept(DOC, insertAfter(DOC, "Plain item", " long"));
        assertKept(DOC, insertAfter(DOC, "with *emphasis* and", " more"));
        assertKept(DOC, DOC.replace("leave sooner", "leave"));
    }

    @Test
    void editsThatCanChangeBlocksAreNotKept() {
        assertNotKept(DOC, insertAfter(DOC, "## Probl", "x"), "a heading's text");
        assertNotKept(DOC, insertAfter(DOC, "stale posts", "\n"), "a line break");
        assertNotKept(DOC, insertAfter(DOC, "\nUsers", "\n## New\n"), "a new heading");
        assertNotKept(DOC, DOC.replace("\nUsers scroll", "\n# Users scroll"), "the line's lead");
        assertNotKept(DOC, DOC.replace("\nWe want", "\n=== want"), "a setext underline in the making");
        String unterminated = DOC.strip();
        assertNotKept(unterminated, unterminated + " Later", "the last line, where the text's end moves");
        assertNotKept(DOC, insertAfter(DOC, "Plain item text", " |"), "a pipe");
    }

    @Test
    void editsThatCanChangeMaskingAreNotKept() {
        assertNotKept(DOC, insertAfter(DOC, "ranker", "x"), "inside a code span");
        assertNotKept(DOC, insertAfter(DOC, "the sp", "x"), "inside a link's text");
        assertNotKept(DOC, insertAfter(DOC, "/spec)", "x"), "next to a link: a word holding a URL");
        assertKept(DOC, insertAfter(DOC, "daily", "x"));
        assertNotKept(DOC, insertAfter(DOC, "Plain item text", " `x"), "a backtick");
        assertKept(DOC, insertAfter(DOC, "Plain item text", " www.example.com")); // masked as the model masks it
        assertNotKept(DOC, insertAfter(DOC, "Plain item text", " https://example.com"), "a bare URL");
        String mail = DOC.replace("Plain item text", "Plain item text, mail ops@example.co");
        assertNotKept(mail, insertAfter(mail, "ops@example.co", "*"), "markup beside a mail address");
        assertKept(mail, insertAfter(mail, "ops@example.co", "m"));
        String score = DOC.replace("Plain item text", "Plain item text at NDCG@10.");
        assertKept(score, insertAfter(score, "NDCG@10.", "x")); // "NDCG@10.x" becomes an address, masked: no phrase in it
        assertKept(mail, insertAfter(mail, "Plain item", "s"));
        String titled = DOC.replace("(https://example.com/spec)", "(https://example.com/spec \"a (draft\")");
        assertNotKept(titled, insertAfter(titled, "a (dra", "x"), "inside a link's title");
        String tagged = DOC.replace("Plain item text", "Plain <b>item</b> text");
        assertNotKept(tagged, insertAfter(tagged, "typed into", "x"), "a paragraph with inline HTML");
    }

    @Test
    void prosePhrasesTouchingTheEditAreNotKeptUnlessFoundElsewhere() {
        // "Notes" names no block: its prose can map it by content, so evidence phrases count
        String notes = "# T\n\n## Notes\n\nWe log every request and keep a dashboard.\nNothing else here.\n\n## Other\n\nText.\n";
        Block monitoring = mlTemplate().blocks().stream().filter(b -> b.id().equals("monitoring")).findFirst().orElseThrow();
        String phrase = monitoring.evidence().get(0);
        assertNotKept(notes, insertAfter(notes, "Nothing else", " " + phrase), "an evidence phrase typed in a section mapped by content");
        // the phrase opens the document's prose: the haystack's leading blank is part of the match
        String first = "# Untitled plan\n\n## Part 1\n\nFeature flag motivation recall\n\nCanary and rollback, with a kill switch.\n\n## Part 2\n\nText.\n";
        assertEquals(List.of("template design-doc", "1 Untitled plan 1:1-1:16 1:1-12:1 title", "2 Part 1 3:1-3:10 3:1-9:1 rollout/CONTENT",
                "2 Part 2 9:1-9:10 9:1-12:1 none"), outline(READER.read(URI_, first, OPTIONS)));
        assertNotKept(first, insertAfter(first, "Feature fl", " on call"), "an evidence phrase broken where the prose begins");
        // topic words: a detected template's are searched in all the prose
        String topic = "# T\n\n## Plan\n\nWe describe the plan.\nAnd more words here.\n\n## Next\n\nText.\n";
        assertNotKept(topic, insertAfter(topic, "And more", " recommendation"), "a topic word found nowhere else");
        String elsewhere = topic.replace("Text.", "A recommendation system.");
        assertKept(elsewhere, insertAfter(elsewhere, "And more", " recommendation"));
    }

    @Test
    void linksAreZonedByTheirBracketsAndParentheses() {
        String text = "a [b [c]](d (e)) f [g][h] i [j] k ![l](m \"n)\" o) p [q";
        List<String> zones = new ArrayList<>();
        for (int[] z : OutlineEdits.linkZones(text, 0, text.length())) zones.add(text.substring(z[0], z[1] + 1));
        assertEquals(List.of("[b [c]](d (e))", "[g][h]", "[j]", "[l](m \"n)\" o)", "[q"), zones);
        String two = "# T\n\n## Notes\n\nSee [one](https://a.example) and then [two](https://b.example) today.\n\nEnd.\n";
        assertKept(two, insertAfter(two, "and th", "x"));
        assertNotKept(two, insertAfter(two, "[tw", "x"), "inside the second link's text");
    }

    @Test
    void codeSpansArePairedAsCommonMarkPairsBacktickRuns() {
        String text = "a `b` c ``d ` e`` f ``` g";
        List<int[]> spans = OutlineEdits.codeSpans(text, 0, text.length());
        assertEquals(2, spans.size());
        assertEquals("`b`", text.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals("``d ` e``", text.substring(spans.get(1)[0], spans.get(1)[1]));
    }

    @Test
    void foldingForEvidenceMatchesTheMappersExpression() {
        Random random = new Random(5);
        String alphabet = "ab Z9/_-.,\t\n²Ⅻ日本é\u00a0'\"()";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(NOT_A_WORD.matcher(s).replaceAll(" "), OutlineEdits.fold(s, 0, 0, true).text(), s);
            assertEquals(s.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "), OutlineEdits.fold(s, 0, 0, false).text(), s);
        }
    }

    /**
     * Random edits of every repository document and of documents built to hinge on prose (no
     * heading names a block, so topic words choose the template and evidence maps sections):
     * whenever an edit is said to keep the outline, the outline and its inputs are unchanged.
     */
    @Test
    void everyEditSaidToKeepTheOutlineKeepsIt() throws Exception {
        List<String> docs = new ArrayList<>();
        for (String dir : new String[] {"samples", "docs", "server/src/test/resources/fixtures"}) {
            for (Path f : Fixtures.markdownFiles(Fixtures.repoRoot().resolve(dir))) docs.add(Fixtures.read(f));
        }
        Random random = new Random(20261205);
        for (int n = 0; n < 40; n++) docs.add(proseHingedDocument(random));
        List<String> fragments = fragments();
        int kept = 0;
        int edits = 0;
        for (String doc : docs) {
            StructureReader.Structure before = READER.read(URI_, doc, OPTIONS);
            // the model's own text, so that an edit of it is read in place as the server's are
            String base = before.document().text().equals(doc) ? before.document().text() : doc;
            for (int e = 0; e < 60; e++) {
                SplicedText spliced = randomEdit(base, random, fragments);
                String after = spliced.toString();
                edits++;
                boolean keeps = OutlineEdits.keepsOutline(before.document(), before.mapping(), after, OPTIONS.templates());
                // the edit read in place gives the same answer as the text built
                assertEquals(OutlineEdits.Edit.between(base, after), OutlineEdits.Edit.between(base, spliced), after);
                assertEquals(keeps, OutlineEdits.keepsOutline(before.document(), before.mapping(), spliced, OPTIONS.templates()), after);
                if (!keeps) continue;
                kept++;
                StructureReader.Structure now = READER.read(URI_, after, OPTIONS);
                OutlineEdits.Edit edit = OutlineEdits.Edit.between(doc, after);
                String where = "at " + edit.start() + ": " + show(doc.substring(Math.max(0, edit.start() - 60), edit.start())) + " [-"
                        + show(doc.substring(edit.start(), edit.oldEnd())) + "-] [+" + show(after.substring(edit.start(), edit.newEnd())) + "+] "
                        + show(doc.substring(edit.oldEnd(), Math.min(doc.length(), edit.oldEnd() + 60)));
                assertEquals(outline(before), outline(now), where);
                if (before.mapping().detection().startsWith("auto")) {
                    // topic words choose only a template that was detected
                    assertEquals(topicWords(before.document()), topicWords(now.document()), where);
                }
                assertEquals(evidence(before), evidence(now), where);
                assertEquals(Whitespace.collapse(maskedWithEdit(before.document(), after)), Whitespace.collapse(masked(now.document())), where);
            }
        }
        // not vacuous: a good share of random edits are kept (most land in prose)
        System.out.println("OutlineEditsTest: " + kept + " of " + edits + " random edits kept the outline");
        assertTrue(kept > edits / 10, "kept " + kept + " of " + edits);
    }

    private static String show(String s) {
        return s.replace("\n", "⏎");
    }

    private static void assertKept(String before, String after) {
        StructureReader.Structure s = READER.read(URI_, before, OPTIONS);
        assertTrue(OutlineEdits.keepsOutline(s.document(), s.mapping(), after, OPTIONS.templates()), after);
        assertEquals(outline(s), outline(READER.read(URI_, after, OPTIONS)));
    }

    private static void assertNotKept(String before, String after, String why) {
        StructureReader.Structure s = READER.read(URI_, before, OPTIONS);
        assertFalse(OutlineEdits.keepsOutline(s.document(), s.mapping(), after, OPTIONS.templates()), why);
    }

    private static String insertAfter(String text, String anchor, String inserted) {
        int at = text.indexOf(anchor);
        if (at < 0) throw new IllegalArgumentException(anchor);
        return text.substring(0, at + anchor.length()) + inserted + text.substring(at + anchor.length());
    }

    private static Template mlTemplate() {
        return OPTIONS.templates().get("ml-system-design").orElseThrow();
    }

    /** What an outline shows: the template, and per heading its level, title, ranges and block. */
    static List<String> outline(StructureReader.Structure s) {
        List<String> out = new ArrayList<>();
        out.add("template " + s.mapping().template().id());
        Section title = s.document().titleSection();
        for (Section sec : s.document().sections()) {
            SectionMapping m = s.mapping().of(sec);
            out.add(sec.level() + " " + sec.title() + " " + sec.headingRange().start() + "-" + sec.headingRange().end() + " "
                    + sec.range().start() + "-" + sec.range().end() + " " + (sec == title ? "title"
                    : m.mapped() ? m.block().id() + "/" + m.source() : "none"));
        }
        return out;
    }

    private static List<Boolean> topicWords(DesignDocument doc) {
        List<Boolean> found = new ArrayList<>();
        var search = doc.prose().search();
        for (Template t : OPTIONS.templates().all()) {
            for (String w : t.detect()) found.add(search.contains(w.toLowerCase(Locale.ROOT)));
        }
        return found;
    }

    /**
     * Per top-level section that no heading maps (the ones the mapper reads prose for), which
     * evidence phrases of the mapped template its prose holds.
     */
    private static List<String> evidence(StructureReader.Structure s) {
        List<String> out = new ArrayList<>();
        for (Section top : s.document().topSections()) {
            if (top == s.document().titleSection() || s.mapping().of(top).source() == SectionMapping.Source.HEADING) continue;
            StringBuilder text = new StringBuilder(" ");
            for (ProseUnit u : top.allUnits()) text.append(u.normalized().toLowerCase(Locale.ROOT)).append(' ');
            String haystack = NOT_A_WORD.matcher(text).replaceAll(" ");
            StringBuilder hits = new StringBuilder(top.title() + ":");
            for (Block b : s.mapping().template().blocks()) {
                for (String phrase : b.evidence()) {
                    String words = " " + NOT_A_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
                    hits.append(haystack.contains(words) ? '1' : '0');
                }
            }
            out.add(hits.toString());
        }
        return out;
    }

    /** The document's prose as the model reads it: every unit's text at its offsets, blanks elsewhere. */
    private static String masked(DesignDocument doc) {
        char[] chars = new char[doc.text().length()];
        Arrays.fill(chars, ' ');
        for (ProseUnit u : doc.units()) u.text().getChars(0, u.text().length(), chars, u.startOffset());
        return new String(chars);
    }

    /** The old prose with the edit applied where it changed the text. */
    private static String maskedWithEdit(DesignDocument doc, String after) {
        String before = doc.text();
        OutlineEdits.Edit edit = OutlineEdits.Edit.between(before, after);
        String m = masked(doc);
        // the edited word is masked as the model masks addresses: the extractor's links blanked
        OutlineEdits.Word word = OutlineEdits.Word.around(after, edit.start(), edit.newEnd());
        String edited = m.substring(0, edit.start()) + after.substring(edit.start(), edit.newEnd()) + m.substring(edit.oldEnd());
        OutlineEdits.Word oldWord = OutlineEdits.Word.around(before, edit.start(), edit.oldEnd());
        if (!OutlineEdits.Word.mayAutolink(word.text(after)) && !OutlineEdits.Word.mayAutolink(oldWord.text(before))) return edited;
        return edited.substring(0, word.start()) + new String(OutlineEdits.Word.masked(word.text(after))) + edited.substring(word.end());
    }

    /** Pieces an edit inserts: plain words, markup, and parts of topic words and evidence phrases. */
    private static List<String> fragments() {
        List<String> out = new ArrayList<>(List.of("x", " ", "word", " and ", ".", ". Next", "!", "?", "e.g.", ",", "-", "*", "_", "**",
                "~~", "#", "=", ">", ":", "://", "www.", "@", "&amp;", "1.", "- ", "`", "[", "]", "(", ")", "<b>", "<", "\\", "|", "\n",
                "\n\n", "'", "\"", "é", "Σ", "İ", "日本", "ß", "\t", "  "));
        for (Template t : OPTIONS.templates().all()) {
            for (String w : t.detect()) {
                out.add(w);
                out.add(" " + w + " ");
                if (w.length() > 3) out.add(w.substring(0, w.length() / 2));
                if (w.length() > 3) out.add(w.substring(w.length() / 2));
            }
            for (Block b : t.blocks()) {
                for (String e : b.evidence()) {
                    out.add(" " + e);
                    int space = e.indexOf(' ');
                    if (space > 0) {
                        out.add(e.substring(0, space));
                        out.add(e.substring(space));
                    }
                }
            }
        }
        return out;
    }

    /** Insert a fragment, delete a stretch, or replace one, biased towards the ends of words and lines. */
    private static SplicedText randomEdit(String doc, Random random, List<String> fragments) {
        int at = random.nextInt(doc.length() + 1);
        if (random.nextBoolean()) {
            // move to a word or line end, where typing usually happens
            while (at < doc.length() && !Character.isWhitespace(doc.charAt(at)) && random.nextInt(8) != 0) at++;
        }
        int delete = random.nextInt(3) == 0 ? Math.min(doc.length() - at, random.nextInt(12)) : 0;
        String inserted = delete > 0 && random.nextBoolean() ? "" : fragments.get(random.nextInt(fragments.size()));
        return new SplicedText(doc, at, at + delete, inserted);
    }

    /**
     * A document whose headings name no block, so template detection turns on topic words and
     * every top-level section's block on its evidence phrases: paragraphs and list items made of
     * filler words, topic words and evidence phrases, with a few code spans and links.
     */
    private static String proseHingedDocument(Random random) {
        List<String> words = new ArrayList<>(List.of("we", "the", "system", "keeps", "a", "record", "of", "each", "item", "and", "then"));
        List<Template> templates = new ArrayList<>(OPTIONS.templates().all());
        for (Template t : templates) {
            words.addAll(t.detect());
            for (Block b : t.blocks()) words.addAll(b.evidence());
        }
        StringBuilder sb = new StringBuilder("# Untitled plan\n\n[ref]: https://example.com/ref\n\n");
        for (int s = 0; s < 4; s++) {
            sb.append("## Part ").append(s + 1).append("\n\n");
            for (int p = 0; p < 3; p++) {
                boolean list = random.nextInt(3) == 0;
                int lines = 1 + random.nextInt(3);
                for (int l = 0; l < lines; l++) {
                    sb.append(list ? "- " : "");
                    int n = 3 + random.nextInt(8);
                    for (int w = 0; w < n; w++) {
                        String word = words.get(random.nextInt(words.size()));
                        if (random.nextInt(25) == 0) word = "`" + word + "`";
                        switch (random.nextInt(60)) {
                            case 0 -> word = "[" + word + "](https://example.com)";
                            case 1 -> word = "[" + word + "](/doc \"a (draft\")";
                            case 2 -> word = "[" + word + "][ref]";
                            case 3 -> word = "(" + word + ")";
                            case 4 -> word = word + "@example.co";
                            case 5 -> word = "**" + word + "**";
                            default -> { }
                        }
                        sb.append(w == 0 ? capitalise(word) : word).append(w + 1 == n && random.nextBoolean() ? ". " : " ");
                    }
                    sb.setLength(sb.length() - 1);
                    sb.append('\n');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
