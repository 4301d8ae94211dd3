package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bare links are linked as Flexmark's autolink extension links them, visiting only the text that can hold one. */
class BareLinksTest {
    private static final DocumentParser OURS = new DocumentParser();

    @Test
    void urlsWwwAddressesAndEmailAddressesBecomeLinks() {
        Node tree = OURS.parseAst("See https://example.com/a, www.example.org and ops@example.com today.\n");
        assertEquals(2, FlexmarkTrees.count(tree, AutoLink.class));
        assertEquals(1, FlexmarkTrees.count(tree, MailLink.class));
    }

    @Test
    void textInCodeAndInLinksIsLeftAlone() {
        Node tree = OURS.parseAst("`https://example.com` and [https://example.com](https://example.org)\n");
        assertEquals(0, FlexmarkTrees.count(tree, AutoLink.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a://b", "a@b", "a\\b", "a&b", "www.x", "xww.y"})
    void textWithATriggerOrAnEscapeMayHoldALink(String text) {
        assertTrue(mayHoldLink(text, 0, text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain prose, 40 ms p99.", "Goal: a:b, c:/d", "w.w.w.", "WWW.EXAMPLE.COM", "ww"})
    void textWithoutOneCannot(String text) {
        assertFalse(mayHoldLink(text, 0, text.length()));
    }

    @Test
    void aTriggerCountsOnlyWhollyInsideTheText() {
        String text = "see www.example.com or ops@example.com";
        assertFalse(mayHoldLink(text, 6, 23), "\"ww.\" starts before the text");
        assertFalse(mayHoldLink(text, 0, 6), "\"ww.\" ends after it");
        assertTrue(mayHoldLink(text, 4, 8));
        assertTrue(mayHoldLink(text, 26, 27));
        assertFalse(mayHoldLink(text, 27, 38));
    }

    private static boolean mayHoldLink(String text, int from, int to) {
        return BareLinks.Triggers.in(text, 0, text.length()).within(from, to);
    }

    @Test
    void textFollowedByACharacterReferenceIsReadWithIt() {
        // "_" holds no trigger, but the extension reads it on with the reference and the text after
        Node tree = OURS.parseAst("_&amp;a@b.co<\n");
        assertEquals(FlexmarkTrees.dump(FlexmarkTrees.stockTree("_&amp;a@b.co<\n")), FlexmarkTrees.dump(tree));
        assertEquals(1, FlexmarkTrees.count(tree, MailLink.class));
    }

    /**
     * Rubric parses full segmented sequences ({@link DocumentParser#based}): with Flexmark's
     * default ones the extension gives a link followed by a character reference an empty span
     * before the address, and the address is in no node of the tree.
     */
    @ParameterizedTest
    @ValueSource(strings = {"See www.example.com&amp; now\n", "Docs: https://example.com/a&#46;\n"})
    void anAddressBeforeACharacterReferenceIsLinkedWhole(String text) {
        Node link = first(OURS.parseAst(text), AutoLink.class);
        String address = text.substring(text.indexOf(' ') + 1, text.indexOf('&'));
        assertEquals(address, link.getChars().toString());
        assertEquals(text.indexOf(address), link.getStartOffset());
    }

    private static Node first(Node node, Class<? extends Node> type) {
        if (type.isInstance(node)) return node;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Node found = first(child, type);
            if (found != null) return found;
        }
        return null;
    }

    @Test
    void linkHeavyTextGetsTheExtensionsTree() {
        String[] pieces = {"http://", "https://ex.com/a?b=1", "ftp:", "foo://", "mailto:", "www.", "ww.", "w", "W", "WWW.",
                "a@b.co", "@", ":", ".", "/", "\\:", "\\@", "\\.", "\\w", "&#58;", "&#64;", "&#46;", "&amp;", "&",
                "`", "<", ">", "<https://x.y>", "[t](http://u)", "[", "]", "(", ")", "*", "_", "~~", "x", "1",
                " ", " ", "\n", "\n\n", "- ", "> ", "| a |\n|---|\n| ", " | ", "# ", "<!-- ", " -->", "    "};
        FlexmarkTrees.assertStockTreesOfRandomTexts(pieces, 17, 5_000, 30);
    }
}
