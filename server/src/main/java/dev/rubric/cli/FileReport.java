package dev.rubric.cli;

import dev.rubric.core.LintResult;

/** One document's outcome for the reporters: its display path and result, or why it could not be read. */
record FileReport(String path, LintResult result, String error, int fixesApplied) {
    static FileReport failed(String path, String error) {
        return new FileReport(path, null, error, 0);
    }
}
