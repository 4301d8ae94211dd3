package dev.rubric.lsp;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.Range;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * One lens on the document's title: which template it follows, how many required blocks it
 * has, its readiness score, and which blocks are missing. Its command inserts the missing blocks; the server applies the
 * edit itself with workspace/applyEdit, so the client needs nothing Rubric-specific.
 */
final class TemplateLensProvider {
    private final Analyzer analyzer;

    TemplateLensProvider(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<CodeLens> lenses(String uri, PositionEncoding encoding, CancelChecker cancel) {
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return List.of();
        DesignDocument doc = analysis.result().document();
        Section title = doc.titleSection();
        Range where = title != null ? title.headingRange() : doc.anchorRange();
        Coordinates coordinates = new Coordinates(doc.lines(), encoding);
        Command command = new Command(BlockLabels.coverage(analysis.result()),
                ServerCommands.INSERT_MISSING_BLOCKS, List.of(uri));
        return List.of(new CodeLens(coordinates.range(where), command, null));
    }
}
