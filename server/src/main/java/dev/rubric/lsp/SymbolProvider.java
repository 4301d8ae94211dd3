package dev.rubric.lsp;

import dev.rubric.core.OutlineEdits;
import dev.rubric.core.StructureReader;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import dev.rubric.core.template.TemplateMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>The outline never waits for a full lint: it comes from the finished analysis of the
 * current state when there is one, else from the last one read when the edits since cannot
 * have changed it (typing in a paragraph: {@link OutlineEdits}), else from the structure that
 * the lint under way for that state hands over before its rules run, else from a structure
 * read of that state (model and template mapping, the same ones the lint will report). The last answer is kept, so asking again before
 * the next edit costs nothing.
 */
final class SymbolProvider {
    /** Enough for any picker; a workspace of design docs rarely has more headings. */
    static final int MAX_WORKSPACE_SYMBOLS = 1000;

    private final Documents documents;
    private final Analyzer analyzer;
    private final ConfigurationManager configs;
    private final OutlineStructures structures = new OutlineStructures();
    private volatile Answer lastAnswer;
    /** How many outlines were answered from one kept across edits (for tests and the log). */
    private final AtomicInteger keptAnswers = new AtomicInteger();

    /** What an outline is computed from: a lint result or a structure read (its identity names the state). */
    private record Source(Object origin, DesignDocument document, TemplateMapping mapping) {
    }

    private record Answer(String uri, Object origin, boolean hierarchical, PositionEncoding encoding,
                          List<Either<SymbolInformation, DocumentSymbol>> symbols) {
    }

    SymbolProvider(Documents documents, Analyzer analyzer, ConfigurationManager configs) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.configs = configs;
    }

    List<Either<SymbolInformation, DocumentSymbol>> documentSymbols(String uri, boolean hierarchical,
                                                                   PositionEncoding encoding, CancelChecker cancel) {
        Source source = outlineSource(uri, cancel);
        if (source == null) return List.of();
        Answer last = lastAnswer;
        if (last != null && last.origin() == source.origin() && last.uri().equals(uri) && last.hierarchical() == hierarchical
                && last.encoding() == encoding) {
            return last.symbols();
        }
        List<Either<SymbolInformation, DocumentSymbol>> symbols = List.copyOf(symbols(uri, source, hierarchical, encoding));
        lastAnswer = new Answer(uri, source.origin(), hierarchical, encoding, symbols);
        return symbols;
    }

    /**
     * The finished analysis of the current state, else the structure its lint under way has
     * mapped, else a structure read of it; null when there is no outline.
     */
    private Source outlineSource(String uri, CancelChecker cancel) {
        Analysis ready = analyzer.ready(uri);
        if (ready != null) {
            return ready.ignored() ? null : new Source(ready.result(), ready.result().document(), ready.result().mapping());
        }
        Snapshot snapshot = documents.current(uri);
        if (snapshot == null) return null;
        cancel.checkCanceled();
        ConfigurationManager.Effective config = configs.forDocument(snapshot.path());
        Source kept = keptOutline(snapshot, config);
        if (kept != null) return kept;
        StructureReader.Structure underWay = analyzer.structureUnderWay(snapshot, config, cancel);
        if (underWay != null) return new Source(underWay, underWay.document(), underWay.mapping());
        StructureReader.Structure structure = structures.of(snapshot, config);
        return structure == null ? null : new Source(structure, structure.document(), structure.mapping());
    }

    /**
     * The newest outline source read of this document under this config (a finished analysis or
     * a structure read), when the edits since it cannot have changed its outline
     * ({@link OutlineEdits}): typing in a paragraph is answered without reading the new text.
     * Its symbols' positions hold for the new text too, as no heading and no line moved.
     */
    private Source keptOutline(Snapshot snapshot, ConfigurationManager.Effective config) {
        if (config.ignored() || snapshot.length() > Documents.MAX_ANALYSED_CHARS) return null;
        Source base = null;
        long baseGeneration = Long.MIN_VALUE;
        Analysis analysed = analyzer.latest(snapshot.uri());
        if (analysed != null && !analysed.ignored() && analysed.config().sameAs(config)) {
            base = new Source(analysed.result(), analysed.result().document(), analysed.result().mapping());
            baseGeneration = analysed.snapshot().generation();
        }
        OutlineStructures.Read read = structures.last();
        if (read != null && read.snapshot().uri().equals(snapshot.uri()) && read.config().sameAs(config)
                && read.snapshot().generation() > baseGeneration) {
            base = new Source(read.structure(), read.structure().document(), read.structure().mapping());
        }
        if (base == null || !OutlineEdits.keepsOutline(base.document(), base.mapping(), snapshot.content(), config.options().templates())) {
            return null;
        }
        keptAnswers.incrementAndGet();
        return base;
    }

    /** Outlines answered from one kept across edits, since the server started. */
    int keptAnswers() {
        return keptAnswers.get();
    }

    @SuppressWarnings("deprecation") // SymbolInformation: the flat form for clients without hierarchy support
    private List<Either<SymbolInformation, DocumentSymbol>> symbols(String uri, Source source, boolean hierarchical,
                                                                    PositionEncoding encoding) {
        DesignDocument doc = source.document();
        TemplateMapping mapping = source.mapping();
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
