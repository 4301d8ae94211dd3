package dev.rubric.core.config;

import dev.rubric.core.config.ConfigNode.Location;
import java.util.List;
import java.util.Map;

/**
 * What one config file says, checked for shape but not yet resolved: template ids are still
 * unchecked (custom templates are loaded later) and paths are still as written.
 *
 * @param template      null when the file does not set one
 * @param extendsPath   null when the file does not extend another
 */
record DeclaredConfig(
        Located<String> template,
        Map<String, RuleSetting> rules,
        List<AnchoredGlob> ignore,
        List<OverrideEntry> overrides,
        List<Located<String>> templatePaths,
        Located<String> extendsPath) {

    /** An entry of 'overrides'; {@code template} is null when the entry does not set one. */
    record OverrideEntry(List<AnchoredGlob> files, Located<String> template, Map<String, RuleSetting> rules) {
    }

    /** A value with the place it was written, for problems found after reading (unknown template ids, missing files). */
    record Located<T>(T value, Location location) {
    }
}
