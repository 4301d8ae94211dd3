package dev.rubric.lsp;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import dev.rubric.core.template.TemplateMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The outline: one symbol per heading, nested as the headings nest, each saying which
 * template block it fills; and workspace/symbol over the headings of every known document.
 */
final class SymbolProvider {
    /** Enough for any picker; a workspace of design docs rarely has more headings. */
    static final int MAX_WORKSPACE_SYMBOLS = 1000;

    private final Documents documents;
    private final Analyzer analyzer;

    SymbolProvider(Documents documents, Analyzer analyzer) {
        this.documents = documents;
        this.analyzer = analyzer;
    }

    @SuppressWarnings("deprecation") // SymbolInformation: the flat form for clients without hierarchy support
    List<Either<SymbolInformation, DocumentSymbol>> documentSymbols(String uri, boolean hierarchical,
                                                                   PositionEncoding encoding, CancelChecker cancel) {
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return List.of();
        DesignDocument doc = analysis.result().document();
        TemplateMapping mapping = analysis.result().mapping();
        Coordinates coordinates = new Coordinates(doc.lines(), encoding);
        if (hierarchical) {
            List<Either<SymbolInformation, DocumentSymbol>> result = new ArrayList<>();
            for (Section top : doc.root().children()) {
                result.add(Either.forRight(symbol(top, mapping, doc.titleSection(), coordinates)));
            }
            return result;
        }
        List<Either<SymbolInformation, DocumentSymbol>> flat = new ArrayList<>();
        for (Section s : doc.sections()) {
            SymbolInformation info = new SymbolInformation(name(s), SymbolKind.String,
                    new Location(uri, coordinates.range(s.range())), container(s));
            flat.add(Either.forLeft(info));
        }
        return flat;
    }

    List<WorkspaceSymbol> workspaceSymbols(String query, PositionEncoding encoding, CancelChecker cancel) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<WorkspaceSymbol> result = new ArrayList<>();
        for (Snapshot snapshot : documents.all()) {
            cancel.checkCanceled();
            Analysis analysis = analyzer.analyse(snapshot, cancel);
            if (analysis.ignored()) continue;
            DesignDocument doc = analysis.result().document();
            Coordinates coordinates = new Coordinates(doc.lines(), encoding);
            for (Section s : doc.sections()) {
                if (!matches(s.title().toLowerCase(Locale.ROOT), q)) continue;
                WorkspaceSymbol symbol = new WorkspaceSymbol(name(s), SymbolKind.String,
                        Either.forLeft(new Location(snapshot.uri(), coordinates.range(s.headingRange()))), container(s, snapshot));
                result.add(symbol);
                if (result.size() >= MAX_WORKSPACE_SYMBOLS) return result;
            }
        }
        return result;
    }

    private DocumentSymbol symbol(Section s, TemplateMapping mapping, Section title, Coordinates coordinates) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Section child : s.children()) children.add(symbol(child, mapping, title, coordinates));
        DocumentSymbol symbol = new DocumentSymbol(name(s), SymbolKind.String, coordinates.range(s.range()),
                coordinates.range(s.headingRange()), BlockLabels.sectionDetail(mapping, s, title));
        symbol.setChildren(children);
        return symbol;
    }

    /** Symbol names must not be empty; an empty heading ("##") still deserves a place in the outline. */
    private static String name(Section s) {
        return s.title().isBlank() ? "(empty heading)" : s.title();
    }

    private static String container(Section s) {
        Section parent = s.parent();
        return parent == null || parent.isRoot() ? null : name(parent);
    }

    private static String container(Section s, Snapshot snapshot) {
        String parent = container(s);
        String file = snapshot.path() == null ? snapshot.uri() : String.valueOf(snapshot.path().getFileName());
        return parent == null ? file : file + " › " + parent;
    }

    /**
     * Every word of the query appears in the heading (both lower-cased). Stricter than the
     * fuzzy filtering editors apply on top, so a short query does not return half the workspace.
     */
    static boolean matches(String candidate, String query) {
        for (String word : query.trim().split("\\s+")) {
            if (!word.isEmpty() && !candidate.contains(word)) return false;
        }
        return true;
    }
}
