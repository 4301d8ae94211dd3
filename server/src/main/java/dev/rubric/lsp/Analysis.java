package dev.rubric.lsp;

import dev.rubric.core.LintResult;

/**
 * A document state linted with a configuration. {@code result} is null when the config
 * ignores the document: it has no findings, and no outline or actions are offered for it.
 */
record Analysis(Snapshot snapshot, ConfigurationManager.Effective config, LintResult result) {
    boolean ignored() {
        return result == null;
    }
}
