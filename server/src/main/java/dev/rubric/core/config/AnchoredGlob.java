package dev.rubric.core.config;

import java.nio.file.Path;

/**
 * A glob together with the folder it is relative to: the folder of the config file that wrote
 * it. Keeping the folder per glob lets a config inherit (via extends) globs written in another
 * folder without them changing meaning.
 */
record AnchoredGlob(Path base, Glob glob) {

    boolean matches(Path document) {
        return glob.matches(base, document);
    }
}
