package dev.rubric.lsp;

import dev.rubric.core.LintResult;
import dev.rubric.core.fix.Fix;
import dev.rubric.core.fix.FixFactory;
import dev.rubric.core.fix.FixPlanner;
import dev.rubric.core.fix.TextEdit;
import dev.rubric.core.template.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions, each a plain WorkspaceEdit so every client can apply it without knowing any
 * Rubric command: the core's fixes for the findings under the cursor (plus suppressing the
 * rule for the line or the file), "Insert all missing template blocks" as a refactoring, and
 * the safe fixes of the whole document as {@code source.fixAll.rubric}.
 */
final class CodeActionProvider {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".rubric";
    static final String INSERT_MISSING_BLOCKS = "Insert all missing template blocks";
    static final List<String> KINDS = List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL);

    private final Analyzer analyzer;

    CodeActionProvider(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Either<Command, CodeAction>> actions(CodeActionParams params, PositionEncoding encoding, boolean documentChanges,
                                              CancelChecker cancel) {
        Analysis analysis = analyzer.current(params.getTextDocument().getUri(), cancel);
        if (analysis == null || analysis.ignored()) return List.of();
        LintResult result = analysis.result();
        Coordinates coordinates = new Coordinates(result.document().lines(), encoding);
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        List<Diagnostic> fromClient = params.getContext() == null || params.getContext().getDiagnostics() == null
                ? List.of() : params.getContext().getDiagnostics();
        int from = coordinates.offset(params.getRange().getStart());
        int to = coordinates.offset(params.getRange().getEnd());
        FixFactory factory = result.analysis().fixes();

        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            for (dev.rubric.core.rule.Diagnostic finding : result.diagnostics()) {
                Diagnostic shown = DiagnosticConverter.convert(finding, coordinates);
                Diagnostic clientCopy = fromClient.stream().filter(d -> sameFinding(d, shown)).findFirst().orElse(null);
                boolean underCursor = finding.range().startOffset() <= to && from <= finding.range().endOffset();
                if (clientCopy == null && !underCursor) continue;
                boolean preferredGiven = false;
                for (Fix fix : fixesFor(finding, factory)) {
                    CodeAction action = action(fix.title(), CodeActionKind.QuickFix, fix.edits(), analysis, encoding, documentChanges);
                    action.setDiagnostics(List.of(clientCopy != null ? clientCopy : shown));
                    if (fix.safe() && !preferredGiven) {
                        action.setIsPreferred(true);
                        preferredGiven = true;
                    }
                    actions.add(Either.forRight(action));
                }
            }
        }
        List<Block> missing = result.mapping().missingRequiredBlocks();
        if (wants(only, CodeActionKind.RefactorRewrite) && !missing.isEmpty()) {
            Fix insertAll = factory.insertBlocks(missing);
            actions.add(Either.forRight(action(INSERT_MISSING_BLOCKS, CodeActionKind.RefactorRewrite, insertAll.edits(),
                    analysis, encoding, documentChanges)));
        }
        if (wants(only, FIX_ALL)) {
            List<TextEdit> safe = FixPlanner.safeEdits(result.diagnostics());
            if (!safe.isEmpty()) {
                actions.add(Either.forRight(action("Apply all safe Rubric fixes", FIX_ALL, safe, analysis, encoding, documentChanges)));
            }
        }
        return actions;
    }

    /** The finding's own fixes, then suppressing its rule for the line and for the file (once each). */
    private static List<Fix> fixesFor(dev.rubric.core.rule.Diagnostic finding, FixFactory factory) {
        Map<String, Fix> byTitle = new LinkedHashMap<>();
        for (Fix f : finding.fixes()) byTitle.putIfAbsent(f.title(), f);
        for (Fix line : factory.suppressLine(finding.rule(), finding.range())) byTitle.putIfAbsent(line.title(), line);
        Fix file = factory.suppressFile(finding.rule());
        byTitle.putIfAbsent(file.title(), file);
        return List.copyOf(byTitle.values());
    }

    private static CodeAction action(String title, String kind, List<TextEdit> edits, Analysis analysis,
                                     PositionEncoding encoding, boolean documentChanges) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setEdit(WorkspaceEdits.of(analysis.snapshot(), edits, encoding, documentChanges));
        return action;
    }

    /**
     * Whether the client asked for this kind: no filter means every kind; kinds are
     * hierarchical, so asking for "source.fixAll" or "source" includes "source.fixAll.rubric".
     */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) return true;
        return only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }

    private static boolean sameFinding(Diagnostic fromClient, Diagnostic ours) {
        return Objects.equals(DiagnosticConverter.ruleOf(fromClient), DiagnosticConverter.ruleOf(ours))
                && Objects.equals(fromClient.getRange(), ours.getRange())
                && Objects.equals(fromClient.getMessage(), ours.getMessage());
    }
}
