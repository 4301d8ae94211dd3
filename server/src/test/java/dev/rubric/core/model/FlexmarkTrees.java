package dev.rubric.core.model;

import com.vladsch.flexmark.util.ast.Node;

/** Flexmark trees read for comparison in tests. */
final class FlexmarkTrees {
    private FlexmarkTrees() {
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
