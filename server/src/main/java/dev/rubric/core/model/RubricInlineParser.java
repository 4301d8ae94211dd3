package dev.rubric.core.model;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline parser Rubric's own trees are read with: {@link LinearLabelInlineParser}, and
 * Flexmark's "match an expression here" step without its copy of the paragraph. Flexmark's
 * {@code match} (its {@code matchWithGroups} is not used by the parser) takes the match's bounds from
 * {@code Matcher.toMatchResult()}, which on this JDK copies the whole input first: a
 * paragraph's every character, through a segmented sequence (a paragraph of several lines) at a
 * thread-local lookup each, for every blank skipped around a link's destination. On a 200-line
 * design doc with 15 links that was 7% of the lint (JFR). The bounds are read from the matcher
 * itself instead; the same matches, so the same tree.
 *
 * <p>Likewise a run of text between two inline elements: Flexmark joins its pieces through a
 * sequence builder ({@code SegmentedSequence.create}) even when they are one stretch of the
 * document, as they nearly always are, and the builder then gives back that stretch. Such pieces
 * are joined here directly (2.8 % of a 200-line lint's samples went to the builder).
 */
final class RubricInlineParser extends LinearLabelInlineParser {
    RubricInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /** The builder with this inline parser (and the reference-definition reader, as {@link LinearLabelInlineParser#installIn}). */
    static Parser.Builder installIn(Parser.Builder builder) {
        return LinearLabelInlineParser.installIn(builder, RubricInlineParser::new);
    }

    @Override
    public boolean flushTextNode() {
        BasedSequence text = currentText == null ? null : oneStretch(currentText, input.getBase());
        if (text == null) return super.flushTextNode();
        block.appendChild(new Text(text));
        currentText = null;
        return true;
    }

    /**
     * The pieces as the stretch of the document they make, as Flexmark's builder would give it
     * ({@code SubSequence}s of the text being parsed, each ending where the next starts); null
     * when they are anything else, which the builder then joins.
     */
    private static BasedSequence oneStretch(List<BasedSequence> pieces, Object base) {
        if (pieces.isEmpty()) return null;
        BasedSequence first = pieces.get(0);
        int end = first.getEndOffset();
        for (int i = 0; i < pieces.size(); i++) {
            BasedSequence piece = pieces.get(i);
            if (piece.getClass() != SubSequence.class || piece.getBase() != base) return null;
            if (i > 0 && piece.getStartOffset() != end) return null;
            end = piece.getEndOffset();
        }
        return first.baseSubSequence(first.getStartOffset(), end);
    }

    /** The expression's first match from the current index on, the index moved past it; null (the index unmoved) when there is none. */
    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }
}
