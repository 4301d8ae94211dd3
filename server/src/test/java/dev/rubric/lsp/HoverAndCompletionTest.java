package dev.rubric.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Hover on headings and findings; completion after # and in front matter. */
class HoverAndCompletionTest {
    private static final String URI = "file:///tmp/rubric-lsp/hover/ranking.md";

    @Test
    void hoverOnAHeadingShowsTheBlockChecklistAndWhatTheSectionShows() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            Hover hover = hover(session, 7, 5); // "## Problem framing"
            assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
            String text = hover.getContents().getRight().getValue();
            assertTrue(text.contains("→ block **Problem framing** of `ml-system-design`"), text);
            assertTrue(text.contains("What reviewers expect here"), text);
            assertTrue(text.contains("✓ The business objective and the ML objective it maps to"), "the section names both objectives: " + text);
            assertTrue(text.contains("✗ Who has the problem and why it exists — not found in this section"), text);
            assertEquals(new Range(new Position(7, 0), new Position(7, 18)), hover.getRange());

            String unmapped = hover(session, 43, 4).getContents().getRight().getValue(); // "## Team"
            assertTrue(unmapped.contains("fills no block of `ml-system-design`"), unmapped);
            assertTrue(unmapped.contains("Blocks still missing: Trade-offs, Monitoring, Rollout and rollback"), unmapped);
        }
    }

    @Test
    void hoverOnAFindingExplainsTheRuleAndTheEvidenceItConsidered() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            String text = hover(session, 5, 3).getContents().getRight().getValue(); // the title, where document findings sit
            assertTrue(text.contains("template `ml-system-design` (front matter)"), text);
            assertTrue(text.contains("✗ Monitoring") && text.contains("✓ Problem framing"), text);
            assertTrue(text.contains("**monitoring** (warning): No monitoring"), text);
            assertTrue(text.contains("**Why:** not satisfied"), text);
            assertTrue(text.contains("Considered and rejected:"), text);
            assertTrue(text.contains("line 23, Success metrics: 'alert' on offline model evaluation"), text);
            assertTrue(text.contains("[Rule documentation](https://"), text);
            assertTrue(text.contains("**missing-block** (warning): Missing block 'Monitoring'"), text);
        }
    }

    @Test
    void hoverOnAFigureShowsItsValueInBaseUnits() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, LspSession.resource("ranking.md"));
            // line 15 (0-based): "- Peak load: 12k QPS, 4k QPS on average."; column 15 is inside "12k QPS"
            Hover hover = hover(session, 15, 15);
            String text = hover.getContents().getRight().getValue();
            assertTrue(text.contains("12k QPS → 12k/s (rate; 12,000 per second)"), text);
            assertEquals(new Position(15, 13), hover.getRange().getStart());
        }
    }

    @Test
    void hoverElsewhereIsEmptyAndPlainTextClientsGetPlainText() {
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> caps.getTextDocument().getHover().setContentFormat(List.of(MarkupKind.PLAINTEXT)));
            session.open(URI, LspSession.resource("ranking.md"));
            assertNull(hover(session, 9, 10), "prose with no finding has no hover");
            var plain = hover(session, 7, 5).getContents().getRight();
            assertEquals(MarkupKind.PLAINTEXT, plain.getKind());
            assertTrue(plain.getValue().startsWith("Problem framing → block Problem framing of ml-system-design"), plain.getValue());
        }
    }

    @Test
    void afterAHashTheMissingBlocksAreOfferedWithTheirSkeleton() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            String text = LspSession.resource("ranking.md") + "\n## Mon";
            session.open(URI, text);
            List<CompletionItem> items = complete(session, 47, 6);
            List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
            assertEquals(List.of("Deep dives and scaling", "Trade-offs", "Monitoring", "Rollout and rollback", "References"), labels,
                    "blocks not yet present, in template order");
            CompletionItem monitoring = items.get(2);
            assertEquals(InsertTextFormat.Snippet, monitoring.getInsertTextFormat());
            var edit = monitoring.getTextEdit().getLeft();
            assertEquals(new Range(new Position(47, 2), new Position(47, 6)), edit.getRange(), "replaces what was typed after the hashes");
            assertTrue(edit.getNewText().startsWith(" Monitoring\n\n- Service health: QPS, p99 latency and error rate on a dashboard; alert when ${1:___}"),
                    edit.getNewText());
            assertTrue(edit.getNewText().endsWith("$0"));
            assertEquals("missing block of ml-system-design", monitoring.getDetail());
            assertTrue(monitoring.getDocumentation().getRight().getValue().contains("Model and data drift detection"));
        }
    }

    @Test
    void clientsWithoutSnippetsGetPlainSkeletons() {
        try (LspSession session = new LspSession()) {
            session.initialize(caps -> caps.getTextDocument().getCompletion().getCompletionItem().setSnippetSupport(false));
            session.open(URI, LspSession.resource("ranking.md") + "\n#");
            CompletionItem tradeoffs = complete(session, 47, 1).stream().filter(i -> i.getLabel().equals("Trade-offs")).findFirst().orElseThrow();
            assertEquals(InsertTextFormat.PlainText, tradeoffs.getInsertTextFormat());
            assertEquals(" Trade-offs\n\n- We chose ___ over ___: it cuts ___ from ___ to ___ at the cost of ___.\n",
                    tradeoffs.getTextEdit().getLeft().getNewText());
        }
    }

    @Test
    void inFrontMatterTemplateIdsAreOffered() {
        try (LspSession session = new LspSession()) {
            session.initialize();
            String uri = "file:///tmp/rubric-lsp/hover/new.md";
            session.open(uri, "---\ntemplate: ml\n\n---\n# New design\n\nSome prose.\n");
            List<CompletionItem> values = complete(session, uri, 1, 12);
            assertEquals(List.of("ml-system-design", "mle-five-block", "ml-infra", "design-doc"),
                    values.stream().map(CompletionItem::getLabel).toList());
            assertEquals(new Range(new Position(1, 10), new Position(1, 12)), values.get(0).getTextEdit().getLeft().getRange());
            assertEquals("ML system design", values.get(0).getDetail());

            List<CompletionItem> keys = complete(session, uri, 2, 0);
            assertTrue(keys.stream().anyMatch(i -> i.getTextEdit().getLeft().getNewText().equals("template: mle-five-block")));
            assertTrue(complete(session, uri, 6, 4).isEmpty(), "nothing to offer in prose");

            session.replace(uri, "# New design\n\n```yaml\n# a comment\n```\n");
            assertTrue(complete(session, uri, 3, 1).isEmpty(), "a # in a code block does not start a heading");
        }
    }

    private static Hover hover(LspSession session, int line, int character) {
        return LspSession.get(session.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(line, character))));
    }

    private static List<CompletionItem> complete(LspSession session, int line, int character) {
        return complete(session, URI, line, character);
    }

    private static List<CompletionItem> complete(LspSession session, String uri, int line, int character) {
        var result = LspSession.get(session.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character))));
        assertFalse(result.isLeft());
        return result.getRight().getItems();
    }
}
