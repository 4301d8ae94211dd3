package dev.rubric.core.config;

import java.nio.file.Path;

/**
 * One thing wrong with a config file, located at the offending key or value.
 *
 * @param file    the config file the problem is in (for an {@code extends} chain, the file that
 *                holds the mistake, not the one that was asked for)
 * @param line    1-based line
 * @param column  1-based column
 * @param message what is wrong, e.g. {@code unknown key 'rulez'}
 * @param hint    how to fix it, e.g. {@code did you mean 'rules'?}; may be null
 */
public record ConfigProblem(Path file, int line, int column, String message, String hint) {

    /** {@code file:line:col: message (hint: ...)}, the shape compilers and editors recognise. */
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": " + message;
        return hint == null || hint.isBlank() ? where : where + " (hint: " + hint + ")";
    }
}
