package dev.rubric.core.model;

import dev.rubric.core.text.Position;
import dev.rubric.core.text.Range;
import java.util.List;

/** Small helpers for model specifications. */
final class Docs {
    private static final DocumentParser PARSER = new DocumentParser();

    private Docs() {
    }

    static DesignDocument parse(String markdown) {
        return PARSER.parse(null, markdown);
    }

    /** Unit texts with white space folded, in document order. */
    static List<String> texts(DesignDocument doc) {
        return doc.units().stream().map(ProseUnit::normalized).toList();
    }

    static String source(DesignDocument doc, Range r) {
        return doc.text().substring(r.startOffset(), r.endOffset());
    }

    /** A zero-based position written 1-based, the way editors show it. */
    static Position at(int line1, int column1) {
        return new Position(line1 - 1, column1 - 1);
    }

    static Section section(DesignDocument doc, String title) {
        return doc.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section '" + title + "' in " + doc.sections()));
    }
}
