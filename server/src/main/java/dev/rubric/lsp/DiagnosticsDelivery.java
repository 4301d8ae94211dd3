package dev.rubric.lsp;

/**
 * How findings reach the client: pushed with publishDiagnostics, or pulled by the client with
 * textDocument/diagnostic. The rest of the server only says which document may have changed.
 */
interface DiagnosticsDelivery {
    /** The document's findings may differ; {@code typing} when it is an edit worth debouncing. */
    void changed(String uri, boolean typing);

    /** The document is gone (deleted, closed with no file behind it, or now ignored). */
    void removed(String uri);

    void shutdown();
}
