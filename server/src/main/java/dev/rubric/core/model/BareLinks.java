package dev.rubric.core.model;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flexmark's autolink pass (a bare URL, a "www." address or an e-mail address in text becomes a
 * link node), run only on the text nodes that can hold one. The extension's post-processor is
 * run by Flexmark over every text node of the tree, after a classifying walk of every node;
 * per text it makes an unescaped copy, runs the link extractor and tries a {@code \b…://}
 * expression at every position. On a design doc that was about 40% of Flexmark's parse (JFR,
 * 2,000-line generated document), for a handful of links.
 *
 * <p>The extractor finds a link only from one of its triggers ({@code "://"} for a URL,
 * {@code '@'} for an e-mail address, {@code "www."} for a www address), and the expression
 * needs {@code "://"}, both in the text after backslash escapes and character references are
 * resolved. A text node holding none of "://", '@', "ww.", '\\' or '&' is therefore left as it is
 * by the post-processor, and is skipped here, unless a character reference follows it (the
 * post-processor reads such a text on with what follows); the rest goes to the same
 * post-processor, in document order, so the tree is the one Flexmark's extension builds.
 * Where those strings occur is found once per parse, with {@code String.indexOf}.
 */
final class BareLinks {
    /** The post-processor reports the nodes it adds and removes; nothing here needs to know. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    /**
     * Flexmark's autolink post-processor, one for all trees: it keeps only a link extractor
     * (immutable) and two options read from the tree it is made for, which Rubric's parsers
     * leave at their defaults. Made per tree it was 0.8 % of a 200-line lint's JFR samples.
     */
    private static final PostProcessor AUTOLINKS = new AutolinkNodePostProcessor(new Document(new MutableDataSet(), BasedSequence.NULL));

    private BareLinks() {
    }

    /** What can start a link, after escapes are resolved; see the class comment. */
    private static final String[] TRIGGERS = {"://", "@", "ww.", "\\", "&"};

    /**
     * Links the bare links of the tree's text, in place; returns the tree.
     *
     * @param text     the string the tree was parsed from (its nodes' offsets count in it)
     * @param from, to the part of it that was parsed
     */
    static Document link(Document tree, String text, int from, int to) {
        Triggers triggers = Triggers.in(text, from, to);
        if (triggers.none()) return tree; // no '&' either: no character reference for a text to be read on with
        // the base of the parsed sequence's stretches (the string, or the options sequence wrapping it)
        Object base = tree.getChars().getBase();
        List<Text> candidates = new ArrayList<>();
        // a walk without recursion (inline markup can nest deeper than the stack) that enters only
        // the nodes whose text holds a trigger: a node's descendants lie within its text
        Node node = tree.getFirstChild();
        while (node != null) {
            if (node.getClass() == Text.class) {
                // exactly Text, as the extension registers it: Flexmark files nodes by their class
                if (mayHoldLink((Text) node, base, triggers)) candidates.add((Text) node);
                node = nextAfter(node, tree);
            } else if (node.getFirstChild() != null && mayHoldTrigger(node, base, triggers)) {
                node = node.getFirstChild();
            } else {
                node = nextAfter(node, tree);
            }
        }
        if (candidates.isEmpty()) return tree;
        for (Text candidate : candidates) {
            // the processor replaces the node it links: one already replaced is skipped, as Flexmark does
            if (candidate.getParent() != null) AUTOLINKS.process(UNTRACKED, candidate);
        }
        return tree;
    }

    /** Whether a trigger starts within the node's text; true when its text is not a stretch of the parsed sequence ({@code base}). */
    private static boolean mayHoldTrigger(Node node, Object base, Triggers triggers) {
        BasedSequence chars = node.getChars();
        return chars.getBase() != base || triggers.startsWithin(chars.getStartOffset(), chars.getEndOffset());
    }

    /** The node after this one and its descendants, in document order; null at the end. */
    private static Node nextAfter(Node node, Node root) {
        while (node != null && node != root) {
            if (node.getNext() != null) return node.getNext();
            node = node.getParent();
        }
        return null;
    }

    /**
     * Whether the post-processor can find a link from this text node: one followed by a character
     * reference (or typographic text) is read together with what follows it, so it goes to the
     * post-processor in any case; otherwise only if its text holds a trigger.
     */
    private static boolean mayHoldLink(Text node, Object base, Triggers triggers) {
        Node next = node.getNext();
        if (next instanceof HtmlEntity || next instanceof TypographicText) return true;
        BasedSequence chars = node.getChars();
        // a text node is a stretch of the parsed string: its triggers are known by offset; anything else is read
        if (chars instanceof SubSequence && chars.getBase() == base && chars.getEndOffset() - chars.getStartOffset() == chars.length()) {
            return triggers.within(chars.getStartOffset(), chars.getEndOffset());
        }
        String own = chars.toString();
        return Triggers.in(own, 0, own.length()).within(0, own.length());
    }

    /** Where triggers occur in a string: their spans, in order of start. */
    static final class Triggers {
        /** Each span as start << 32 | end, sorted. */
        private final long[] spans;

        private Triggers(long[] spans) {
            this.spans = spans;
        }

        static Triggers in(String s, int from, int to) {
            long[] spans = new long[8];
            int n = 0;
            for (String trigger : TRIGGERS) {
                for (int i = s.indexOf(trigger, from); i >= 0 && i + trigger.length() <= to; i = s.indexOf(trigger, i + 1)) {
                    if (n == spans.length) spans = Arrays.copyOf(spans, n * 2);
                    spans[n++] = (long) i << 32 | (i + trigger.length());
                }
            }
            spans = Arrays.copyOf(spans, n);
            Arrays.sort(spans);
            return new Triggers(spans);
        }

        boolean none() {
            return spans.length == 0;
        }

        /** Whether a trigger starts inside {@code [start, end)}. */
        boolean startsWithin(int start, int end) {
            int i = Arrays.binarySearch(spans, (long) start << 32);
            if (i < 0) i = -i - 1;
            return i < spans.length && (int) (spans[i] >>> 32) < end;
        }

        /** Whether a trigger lies wholly inside {@code [start, end)}. */
        boolean within(int start, int end) {
            // the first span starting at or after start, then on while spans start early enough
            int i = Arrays.binarySearch(spans, (long) start << 32);
            if (i < 0) i = -i - 1;
            for (; i < spans.length && (int) (spans[i] >>> 32) < end; i++) {
                if ((int) spans[i] <= end) return true;
            }
            return false;
        }
    }
}
