package dev.rubric.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Answers textDocument/diagnostic and workspace/diagnostic. A result id names the content of
 * a report, so a client asking again with the id it holds gets "unchanged" whenever the
 * findings are the same, even across edits. When findings change without an edit (a config
 * or a file on disk changed) the client is asked to pull again, if it supports that.
 */
final class PullDiagnostics implements DiagnosticsDelivery {
    private final Documents documents;
    private final Analyzer analyzer;
    private final Supplier<LanguageClient> client;
    private final Supplier<PositionEncoding> encoding;
    private final boolean refreshSupported;
    private final AtomicBoolean refreshRequested = new AtomicBoolean();

    PullDiagnostics(Documents documents, Analyzer analyzer, Supplier<LanguageClient> client,
                    Supplier<PositionEncoding> encoding, boolean refreshSupported) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.client = client;
        this.encoding = encoding;
        this.refreshSupported = refreshSupported;
    }

    DocumentDiagnosticReport document(DocumentDiagnosticParams params, CancelChecker cancel) {
        String uri = params.getTextDocument().getUri();
        Analysis analysis = analyzer.current(uri, cancel);
        List<Diagnostic> items = analysis == null ? List.of() : DiagnosticConverter.convert(analysis, encoding.get());
        String resultId = resultId(items);
        if (resultId.equals(params.getPreviousResultId())) {
            return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId));
        }
        RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(items);
        full.setResultId(resultId);
        return new DocumentDiagnosticReport(full);
    }

    /** Reports for workspace files no editor has open; open ones are pulled per document. */
    WorkspaceDiagnosticReport workspace(WorkspaceDiagnosticParams params, CancelChecker cancel) {
        Map<String, String> previous = new HashMap<>();
        if (params.getPreviousResultIds() != null) {
            for (PreviousResultId p : params.getPreviousResultIds()) previous.put(p.getUri(), p.getValue());
        }
        List<WorkspaceDocumentDiagnosticReport> reports = new ArrayList<>();
        for (Snapshot snapshot : documents.unopenedFiles()) {
            cancel.checkCanceled();
            Analysis analysis = analyzer.analyse(snapshot, cancel);
            List<Diagnostic> items = DiagnosticConverter.convert(analysis, encoding.get());
            String resultId = resultId(items);
            if (resultId.equals(previous.get(snapshot.uri()))) {
                reports.add(new WorkspaceDocumentDiagnosticReport(
                        new WorkspaceUnchangedDocumentDiagnosticReport(resultId, snapshot.uri(), null)));
            } else {
                WorkspaceFullDocumentDiagnosticReport full = new WorkspaceFullDocumentDiagnosticReport(items, snapshot.uri(), null);
                full.setResultId(resultId);
                reports.add(new WorkspaceDocumentDiagnosticReport(full));
            }
        }
        return new WorkspaceDiagnosticReport(reports);
    }

    @Override
    public void changed(String uri, boolean typing) {
        if (!typing) requestRefresh(); // after an edit the client pulls by itself
    }

    @Override
    public void removed(String uri) {
        requestRefresh();
    }

    @Override
    public void shutdown() {
    }

    /** One workspace/diagnostic/refresh for a burst of changes (a rescan touches many files at once). */
    private void requestRefresh() {
        LanguageClient c = client.get();
        if (!refreshSupported || c == null || !refreshRequested.compareAndSet(false, true)) return;
        c.refreshDiagnostics().whenComplete((ok, error) -> refreshRequested.set(false));
    }

    private static String resultId(List<Diagnostic> items) {
        return Integer.toHexString(items.hashCode()) + "-" + items.size();
    }
}
