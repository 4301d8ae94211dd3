package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Quick fixes, suppressions, fix-all and the refactoring, all as plain WorkspaceEdits. */
class CodeActionTest {
    private static final String URI = "file:///tmp/rubric-lsp/actions/ranking.md";
    private static final Range TITLE = new Range(new Position(5, 0), new Position(5, 14));

    @Test
    void findingsUnderTheCursorOfferTheCoreFixesAndSuppressions() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(URI, p -> true);
            Diagnostic missingMonitoring = DiagnosticsTest.missingBlock(published, "Monitoring");

            List<CodeAction> actions = actions(session, TITLE, List.of(missingMonitoring), List.of("quickfix"));
            List<CodeAction> forIt = actions.stream().filter(a -> a.getDiagnostics().contains(missingMonitoring)).toList();
            assertEquals(List.of("Insert 'Monitoring' section", "Disable missing-block for this line", "Disable missing-block for this file"),
                    forIt.stream().map(CodeAction::getTitle).toList());
            assertTrue(forIt.get(0).getIsPreferred(), "the safe fix is preferred");
            assertNull(forIt.get(1).getIsPreferred());
            assertTrue(actions.stream().allMatch(a -> a.getCommand() == null && a.getEdit() != null), "edits only, no client commands");
            assertTrue(actions.stream().allMatch(a -> a.getKind().equals("quickfix")));

            String inserted = apply(session, forIt.get(0).getEdit());
            assertTrue(inserted.contains("## Monitoring\n\n- Service health: QPS, p99 latency and error rate on a dashboard; alert when ___"), inserted);
            assertTrue(apply(session, forIt.get(1).getEdit()).contains("<!-- rubric-disable-next-line missing-block -->\n# Feed ranking"));
            assertTrue(apply(session, forIt.get(2).getEdit()).startsWith("---\ntitle: Feed ranking\ntemplate: ml-system-design\n---\n<!-- rubric-disable-file missing-block -->\n"));

            // the other document-level findings on the title get their fixes too, even without the client listing them
            assertTrue(actions.stream().anyMatch(a -> a.getTitle().equals("Disable rollback for this file")));
        }
    }

    @Test
    void aConcernWithAnEmptyHomeSectionGetsAPlaceholderLine() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            String text = LspSession.resource("ranking.md") + "\n## Monitoring\n\nWe will look into this later.\n";
            session.open(URI, text);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(URI, p -> true);
            Diagnostic monitoring = WorkspaceTest.rule(published, "monitoring");
            assertEquals(47, monitoring.getRange().getStart().getLine(), "reported at the Monitoring heading");
            List<CodeAction> actions = actions(session, monitoring.getRange(), List.of(monitoring), null);
            CodeAction placeholder = actions.stream().filter(a -> a.getTitle().equals("Add a Monitoring line to 'Monitoring'"))
                    .findFirst().orElseThrow();
            assertTrue(apply(session, placeholder.getEdit()).endsWith("We will look into this later.\n\n- Monitoring: ___ on a dashboard; alert when ___\n"));
        }
    }

    @Test
    void fixAllAppliesEverySafeFixOnce() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            session.client.awaitDiagnostics(URI, p -> true);
            List<CodeAction> actions = actions(session, new Range(new Position(0, 0), new Position(0, 0)), List.of(), List.of("source.fixAll"));
            assertEquals(1, actions.size());
            assertEquals("source.fixAll.rubric", actions.get(0).getKind());
            String fixed = apply(session, actions.get(0).getEdit());
            for (String heading : List.of("## Trade-offs\n", "## Monitoring\n", "## Rollout and rollback\n")) {
                assertEquals(fixed.indexOf(heading), fixed.lastIndexOf(heading), "inserted once: " + heading);
                assertTrue(fixed.contains(heading), heading);
            }
            assertFalse(fixed.contains("rubric-disable"), "suppressions are never applied unattended");
        }
    }

    @Test
    void theRefactoringInsertsAllMissingBlocks() {
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> caps.getWorkspace().getWorkspaceEdit().setDocumentChanges(false));
            session.open(URI, LspSession.resource("ranking.md"));
            List<CodeAction> actions = actions(session, new Range(new Position(9, 3), new Position(9, 3)), List.of(), List.of("refactor"));
            assertEquals(1, actions.size());
            CodeAction insertAll = actions.get(0);
            assertEquals("Insert all missing template blocks", insertAll.getTitle());
            assertEquals("refactor.rewrite", insertAll.getKind());
            assertNull(insertAll.getEdit().getDocumentChanges(), "a client without documentChanges gets a changes map");
            String fixed = apply(session, insertAll.getEdit());
            assertTrue(fixed.indexOf("## Trade-offs") < fixed.indexOf("## Monitoring")
                    && fixed.indexOf("## Monitoring") < fixed.indexOf("## Rollout and rollback"), fixed);

            session.replace(URI, fixed);
            assertTrue(actions(session, new Range(new Position(9, 3), new Position(9, 3)), List.of(), List.of("refactor")).isEmpty(),
                    "nothing left to insert");
        }
    }

    @Test
    void crlfDocumentsGetCrlfInsertions() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md").replace("\n", "\r\n"));
            List<CodeAction> actions = actions(session, TITLE, List.of(), List.of("refactor"));
            String fixed = apply(session, actions.get(0).getEdit());
            assertTrue(fixed.contains("## Monitoring\r\n\r\n"), "line breaks follow the document");
            assertFalse(fixed.replace("\r\n", "").contains("\n"), "no bare LF was introduced");
        }
    }

    private static List<CodeAction> actions(LspSession session, Range range, List<Diagnostic> diagnostics, List<String> only) {
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = LspSession.get(session.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), range, context)));
        assertTrue(result.stream().allMatch(Either::isRight), "code actions, not bare commands");
        return result.stream().map(Either::getRight).toList();
    }

    /** Applies a WorkspaceEdit to the client's copy, the way an editor does. */
    private static String apply(LspSession session, WorkspaceEdit edit) {
        List<TextEdit> edits;
        if (edit.getDocumentChanges() != null) {
            var documentEdit = edit.getDocumentChanges().get(0).getLeft();
            assertEquals(URI, documentEdit.getTextDocument().getUri());
            assertEquals(session.version(URI), documentEdit.getTextDocument().getVersion());
            edits = documentEdit.getEdits();
        } else {
            edits = edit.getChanges().get(URI);
        }
        return ReferenceText.apply(session.text(URI), edits, "utf-16");
    }
}
