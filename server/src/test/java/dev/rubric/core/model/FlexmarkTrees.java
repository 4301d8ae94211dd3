package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Random;

/** Flexmark trees read for comparison in tests. */
final class FlexmarkTrees {
    private FlexmarkTrees() {
    }

    private static final Parser STOCK = Parser.builder(DocumentParser.flexmarkOptions(true)).build();

    /**
     * Stock Flexmark's tree of the text (its own inline parser and autolink extension), read from
     * the sequence Rubric's parsers read ({@link DocumentParser#based}): the tree Rubric's must
     * equal. (With Flexmark's default sequences a few trees differ in the extension's links and a
     * code span's end, {@code BareLinksTest}.)
     */
    static Document stockTree(String text) {
        return STOCK.parse(DocumentParser.based(text));
    }

    /**
     * Asserts that Rubric's tree ({@link DocumentParser#parseAst}) is stock Flexmark's
     * ({@link #stockTree}), as {@link #dump} shows it, for {@code texts} random texts, each of
     * fewer than {@code maxPieces} pieces drawn from {@code pieces} with the given seed.
     */
    static void assertStockTreesOfRandomTexts(String[] pieces, long seed, int texts, int maxPieces) {
        DocumentParser ours = new DocumentParser();
        Random random = new Random(seed);
        for (int i = 0; i < texts; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(maxPieces); j > 0; j--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            assertEquals(dump(stockTree(text)), dump(ours.parseAst(text)), () -> text.replace("\\", "\\\\").replace("\n", "\\n"));
        }
    }

    /** How many nodes of the type the tree holds. */
    static int count(Node node, Class<? extends Node> type) {
        int n = type.isInstance(node) ? 1 : 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) n += count(child, type);
        return n;
    }

    /** Every node's type, span and (for a leaf) text, indented by depth: equal for equal trees. */
    static String dump(Node root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                .append(node.getStartOffset()).append('-').append(node.getEndOffset());
        if (node.getFirstChild() == null) sb.append(" \"").append(node.getChars()).append('"');
        sb.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) dump(child, depth + 1, sb);
    }
}
