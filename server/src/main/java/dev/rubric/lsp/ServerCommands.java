package dev.rubric.lsp;

import dev.rubric.core.template.Block;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Commands the server executes itself (workspace/executeCommand). The only one inserts the
 * missing template blocks: computed against the document as it is when the command runs, then
 * sent to the client as a standard workspace/applyEdit.
 */
final class ServerCommands {
    static final String INSERT_MISSING_BLOCKS = "rubric.insertMissingBlocks";
    static final List<String> ALL = List.of(INSERT_MISSING_BLOCKS);

    private final Analyzer analyzer;
    private final Supplier<LanguageClient> client;
    private final ServerLog log;

    ServerCommands(Analyzer analyzer, Supplier<LanguageClient> client, ServerLog log) {
        this.analyzer = analyzer;
        this.client = client;
        this.log = log;
    }

    /** Runs on a worker; the returned future completes when the client answered the edit. */
    CompletableFuture<Object> execute(ExecuteCommandParams params, ClientFeatures features, PositionEncoding encoding,
                                      CancelChecker cancel) {
        if (!INSERT_MISSING_BLOCKS.equals(params.getCommand())) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "unknown command '" + params.getCommand() + "'; Rubric offers " + ALL, null));
        }
        String uri = argument(params);
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return CompletableFuture.completedFuture(null);
        List<Block> missing = analysis.result().mapping().missingRequiredBlocks();
        if (missing.isEmpty()) return CompletableFuture.completedFuture(null);
        if (!features.applyEdit()) {
            log.show(MessageType.Info, "Rubric: this editor cannot apply server edits; use the code action '"
                    + CodeActionProvider.INSERT_MISSING_BLOCKS + "' instead.");
            return CompletableFuture.completedFuture(null);
        }
        WorkspaceEdit edit = WorkspaceEdits.of(analysis.snapshot(),
                analysis.result().analysis().fixes().insertBlocks(missing).edits(), encoding, features.documentChanges());
        cancel.checkCanceled();
        return client.get().applyEdit(new ApplyWorkspaceEditParams(edit, CodeActionProvider.INSERT_MISSING_BLOCKS))
                .thenApply((ApplyWorkspaceEditResponse response) -> {
                    if (!response.isApplied()) {
                        log.warning("Rubric: the editor did not insert the missing blocks"
                                + (response.getFailureReason() == null ? "" : ": " + response.getFailureReason()));
                    }
                    return null;
                });
    }

    private static String argument(ExecuteCommandParams params) {
        List<Object> args = params.getArguments();
        if (args == null || args.isEmpty()) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    INSERT_MISSING_BLOCKS + " needs the document URI as its argument", null));
        }
        Object first = args.get(0);
        if (first instanceof com.google.gson.JsonPrimitive p && p.isString()) return p.getAsString();
        return String.valueOf(first);
    }
}
