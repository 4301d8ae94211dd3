package dev.rubric.core.model;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's inline parser with link labels read by {@link LinkLabels}: the same labels, without
 * the backtracking that makes a label which never closes take exponential time. Flexmark reads
 * labels when a paragraph may open with reference definitions and after a link's text
 * ({@code [text][label]}).
 */
class LinearLabelInlineParser extends InlineParserImpl {
    LinearLabelInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /**
     * The builder with this inline parser. Flexmark reads reference definitions
     * ({@code [label]: url}) only with its own inline parser, so their reader is added as well.
     */
    static Parser.Builder installIn(Parser.Builder builder) {
        return installIn(builder, LinearLabelInlineParser::new);
    }

    /** The builder with the given inline parser (this one or a subclass) and the reference-definition reader. */
    static Parser.Builder installIn(Parser.Builder builder, InlineParserFactory inlineParser) {
        return builder.customInlineParserFactory(inlineParser).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    @Override
    public int parseLinkLabel() {
        int length = LinkLabels.length(input, index);
        index += length;
        return length;
    }
}
