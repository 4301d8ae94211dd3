package dev.rubric.core.model;

/** Test access to the parser's package-private input guards. */
public final class DocumentParserAccess {
    private DocumentParserAccess() {
    }

    public static String flatten(String text) {
        return DocumentParser.flattenDeepNesting(text);
    }
}
