package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document outline, the template lens and its command, folding, and workspace symbols. */
class OutlineTest {
    private static final String URI = "file:///tmp/rubric-lsp/outline/ranking.md";

    @TempDir
    Path root;

    @Test
    void eachHeadingIsASymbolSayingWhichBlockItFills() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            List<Either<SymbolInformation, DocumentSymbol>> result = LspSession.get(session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))));
            assertEquals(1, result.size(), "the title holds every section");
            DocumentSymbol title = result.get(0).getRight();
            assertEquals("Feed ranking", title.getName());
            assertEquals("template: ml-system-design", title.getDetail());
            assertEquals(new Range(new Position(5, 0), new Position(5, 14)), title.getSelectionRange());

            List<String> outline = title.getChildren().stream().map(s -> s.getName() + " " + s.getDetail()).toList();
            assertEquals(List.of(
                    "Problem framing → Problem framing",
                    "Requirements and constraints → Requirements and constraints",
                    "Success metrics → Success metrics",
                    "High-level design → High-level design",
                    "Data and features → Data and features",
                    "Modelling → Modelling",
                    "Team no template block"), outline);
            DocumentSymbol design = title.getChildren().get(3);
            DocumentSymbol flow = design.getChildren().get(0);
            assertEquals("Request flow", flow.getName());
            assertEquals("→ High-level design (part of)", flow.getDetail());
            assertTrue(contains(design.getRange(), flow.getRange()), "a subsection lies within its section");
        }
    }

    @Test
    void clientsWithoutHierarchySupportGetFlatSymbols() {
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> caps.getTextDocument().getDocumentSymbol().setHierarchicalDocumentSymbolSupport(false));
            session.open(URI, LspSession.resource("ranking.md"));
            var result = LspSession.get(session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))));
            assertEquals(9, result.size());
            SymbolInformation flow = result.stream().map(Either::getLeft).filter(s -> s.getName().equals("Request flow")).findFirst().orElseThrow();
            assertEquals("High-level design", flow.getContainerName());
        }
    }

    @Test
    void theTitleLensCountsBlocksAndItsCommandInsertsTheMissingOnes() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            CodeLens lens = lens(session);
            assertEquals(new Range(new Position(5, 0), new Position(5, 14)), lens.getRange());
            assertEquals("ml-system-design · 6/9 blocks · readiness 68/100 · missing: Trade-offs, Monitoring, Rollout and rollback",
                    lens.getCommand().getTitle());
            assertEquals("rubric.insertMissingBlocks", lens.getCommand().getCommand());

            LspSession.get(session.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(lens.getCommand().getCommand(), lens.getCommand().getArguments())));
            var applied = session.client.awaitAppliedEdit();
            var documentEdit = applied.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(1, documentEdit.getTextDocument().getVersion(), "computed for the version the editor has");
            String fixed = ReferenceText.apply(session.text(URI), documentEdit.getEdits(), "utf-16");
            assertTrue(fixed.contains("## Trade-offs\n") && fixed.contains("## Monitoring\n") && fixed.contains("## Rollout and rollback\n"), fixed);
            assertTrue(fixed.indexOf("## Modelling") < fixed.indexOf("## Trade-offs"), "inserted where the template puts them");

            session.replace(URI, fixed);
            assertEquals("ml-system-design · 9/9 blocks · readiness 70/100 · complete", lens(session).getCommand().getTitle());
        }
    }

    @Test
    void eachSectionFoldsFromItsHeadingToItsLastLine() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            List<FoldingRange> ranges = LspSession.get(session.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(URI))));
            List<String> folds = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine()).toList();
            assertTrue(folds.contains("0-3"), "front matter: " + folds);
            assertTrue(folds.contains("5-45"), "the title section: " + folds);
            assertTrue(folds.contains("7-11"), "Problem framing: " + folds);
            assertTrue(folds.contains("24-31"), "High-level design with its subsection: " + folds);
            assertTrue(folds.contains("29-31"), "Request flow: " + folds);
            assertTrue(folds.contains("43-45"), "Team: " + folds);
            assertEquals(10, ranges.size(), folds.toString());
        }
    }

    @Test
    void workspaceSymbolsSearchTheHeadingsOfEveryDocument() throws IOException {
        Path a = Files.writeString(root.resolve("a.md"), LspSession.resource("ranking.md"));
        Path b = Files.writeString(root.resolve("b.md"), "# Search\n\n## Monitoring and alerting\n\nDashboards.\n");
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> { }, List.of(root), null);
            session.client.awaitDiagnostics(b.toUri().toString(), p -> true);
            session.client.awaitDiagnostics(a.toUri().toString(), p -> true);
            session.open(a.toUri().toString(), LspSession.resource("ranking.md").replace("## Team", "## Team and monitoring roster"));

            List<? extends WorkspaceSymbol> found = symbols(session, "monit");
            List<String> names = found.stream().map(s -> s.getName() + " @ " + s.getLocation().getLeft().getUri()).sorted().toList();
            assertEquals(List.of("Monitoring and alerting @ " + b.toUri(), "Team and monitoring roster @ " + a.toUri()), names,
                    "open documents are searched in their edited state");
            WorkspaceSymbol monitoring = found.stream().filter(s -> s.getName().startsWith("Monitoring")).findFirst().orElseThrow();
            assertEquals("b.md › Search", monitoring.getContainerName());
            assertEquals(new Range(new Position(2, 0), new Position(2, 26)), monitoring.getLocation().getLeft().getRange());
            assertEquals(9 + 2, symbols(session, "").size(), "an empty query lists every heading, the open document once");
        }
    }

    private static List<? extends WorkspaceSymbol> symbols(LspSession session, String query) {
        return LspSession.get(session.server.getWorkspaceService().symbol(new WorkspaceSymbolParams(query))).getRight();
    }

    private static CodeLens lens(LspSession session) {
        List<? extends CodeLens> lenses = LspSession.get(session.server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(URI))));
        assertEquals(1, lenses.size());
        return lenses.get(0);
    }

    private static boolean contains(Range outer, Range inner) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    /** Edits that move structure: headings appear, vanish or change level, fences and comments swallow them, prose names blocks. */
    private static final String[] STRUCTURAL_EDITS = {"## Monitoring\n", "# Another title\n", "### Rollout\n", "```\n", "\n",
            "===\n", "---\n", "<!-- a note\n", "-->\n", "- item\n", "> quoted\n", "x", "#",
            "Dashboards alert the on-call engineer on p99 latency and error rate; rollback is one click.\n"};

    @Test
    void theOutlineAnsweredWhileTheLintRunsIsTheOneThatLintGives() throws InterruptedException {
        // the lint has handed over its structure and its rules are held: the outline takes that structure
        outlinesWhileLintingMatchTheLint(false);
    }

    @Test
    void theOutlineReadBeforeTheLintStartsIsTheOneThatLintGives() throws InterruptedException {
        // the lint is held before it parses: the outline reads the structure itself
        outlinesWhileLintingMatchTheLint(true);
    }

    private void outlinesWhileLintingMatchTheLint(boolean holdBeforeStructure) throws InterruptedException {
        try (LspSession session = new LspSession(o -> o.debounce(0))) {
            session.initialize();
            String text = LspSession.resource("ranking.md");
            session.open(URI, text);
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            java.util.Random random = new java.util.Random(2024);
            for (int step = 0; step < 60; step++) {
                int at = ReferenceText.randomBoundary(text, random);
                if (random.nextBoolean()) at = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1; // a line start: where blocks begin
                int end = random.nextInt(4) == 0 ? Math.min(text.length(), at + random.nextInt(40)) : at;
                while (end < text.length() && end > at && Character.isLowSurrogate(text.charAt(end))) end++;
                String inserted = random.nextInt(4) == 0 ? "" : STRUCTURAL_EDITS[random.nextInt(STRUCTURAL_EDITS.length)];
                Range range = new Range(ReferenceText.position(text, at, "utf-16"), ReferenceText.position(text, end, "utf-16"));
                text = text.substring(0, at) + inserted + text.substring(end);

                java.util.concurrent.CountDownLatch linting = holdBeforeStructure ? session.engine.closeGateBeforeStructure() : session.engine.closeGate();
                int version = session.change(URI, text, List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(range, inserted)));
                assertTrue(linting.await(20, java.util.concurrent.TimeUnit.SECONDS), "the lint of version " + version + " is held");
                List<Either<SymbolInformation, DocumentSymbol>> whileLinting = symbols(session);
                session.engine.openGate();
                session.client.awaitDiagnostics(URI, p -> p.getVersion() == version);
                List<Either<SymbolInformation, DocumentSymbol>> fromTheLint = symbols(session);
                assertEquals(fromTheLint, whileLinting, "step " + step + ", text:\n" + text);
            }
            assertTrue(text.contains("\n## ") || text.contains("\n# "), "the edits left headings to compare: " + text);
        }
    }

    /**
     * Typing in prose: each outline asked for while the new version's lint is held before it
     * parses is answered from the outline kept from the version before (no structure read), and
     * equals the outline the lint of the new version gives.
     */
    @Test
    void typingInProseIsAnsweredFromTheKeptOutlineAndIsTheOneTheLintGives() throws InterruptedException {
        try (LspSession session = new LspSession(o -> o.debounce(0))) {
            session.initialize();
            String text = LspSession.resource("ranking.md");
            session.open(URI, text);
            session.client.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            java.util.Random random = new java.util.Random(1205);
            String[] typed = {"x", " more", "s", " latency", ",", " the model", " p99"};
            int steps = 40;
            for (int step = 0; step < steps; step++) {
                int line = proseLine(text, random);
                int lineStart = ReferenceText.lineStarts(text).get(line);
                int lineEnd = text.indexOf('\n', lineStart);
                int at = random.nextBoolean() ? lineEnd : lineStart + text.substring(lineStart, lineEnd).lastIndexOf(' ');
                String inserted = typed[random.nextInt(typed.length)];
                Position p = ReferenceText.position(text, at, "utf-16");
                text = text.substring(0, at) + inserted + text.substring(at);

                java.util.concurrent.CountDownLatch linting = session.engine.closeGateBeforeStructure();
                int version = session.change(URI, text, List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(new Range(p, p), inserted)));
                assertTrue(linting.await(20, java.util.concurrent.TimeUnit.SECONDS), "the lint of version " + version + " is held");
                List<Either<SymbolInformation, DocumentSymbol>> whileLinting = symbols(session);
                session.engine.openGate();
                session.client.awaitDiagnostics(URI, d -> d.getVersion() == version);
                assertEquals(symbols(session), whileLinting, "step " + step + ", text:\n" + text);
            }
            int kept = session.serverObject().symbols().keptAnswers();
            assertTrue(kept >= steps / 2, "answered from the kept outline: " + kept + " of " + steps);
        }
    }

    /** A line of running prose (not a heading, list, table, quote or fence, nor the last line), chosen at random. */
    private static int proseLine(String text, java.util.Random random) {
        String[] lines = text.split("\n", -1);
        List<Integer> prose = new java.util.ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i + 1 < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("```")) fenced = !fenced;
            if (!fenced && !l.isBlank() && Character.isLetter(l.charAt(0)) && l.indexOf(' ') > 0) prose.add(i);
        }
        return prose.get(random.nextInt(prose.size()));
    }

    private static List<Either<SymbolInformation, DocumentSymbol>> symbols(LspSession session) {
        return LspSession.get(session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))));
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
