package dev.rubric.core.config;

import dev.rubric.core.config.ConfigNode.Entry;
import dev.rubric.core.config.ConfigNode.Mapping;
import dev.rubric.core.config.ConfigNode.Scalar;
import dev.rubric.core.config.ConfigNode.Sequence;
import dev.rubric.core.config.DeclaredConfig.Located;
import dev.rubric.core.config.DeclaredConfig.OverrideEntry;
import dev.rubric.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the tree of one config file into a {@link DeclaredConfig}, reporting every key or value
 * of the wrong kind and every unknown key or rule id. A bad entry is reported and left out; the
 * rest of the file is still read, so one pass finds all the problems.
 *
 * <p>A top-level key with no value ({@code rules:} with its entries commented out) means the
 * same as leaving the key out.
 */
final class ConfigInterpreter {
    static final String TEMPLATE = "template";
    static final String RULES = "rules";
    static final String IGNORE = "ignore";
    static final String OVERRIDES = "overrides";
    static final String TEMPLATES = "templates";
    static final String EXTENDS = "extends";
    /** Lets a JSON config name its schema for editors; read and otherwise ignored. */
    static final String SCHEMA = "$schema";
    static final List<String> TOP_LEVEL_KEYS = List.of(TEMPLATE, RULES, IGNORE, OVERRIDES, TEMPLATES, EXTENDS, SCHEMA);

    static final String FILES = "files";
    static final List<String> OVERRIDE_KEYS = List.of(FILES, TEMPLATE, RULES);

    static final String SEVERITY = "severity";
    static final String OPTIONS = "options";
    static final List<String> RULE_KEYS = List.of(SEVERITY, OPTIONS);

    /** The spellings a config may use; aliases as in {@link Severity#parse}, but lowercase only, as the schema says. */
    static final List<String> SEVERITY_WORDS = List.of("off", "hint", "info", "warning", "error");
    private static final Set<String> SEVERITY_ALIASES = Set.of("warn", "information");

    private static final String SEVERITY_HINT = "use one of: " + String.join(", ", SEVERITY_WORDS);
    private static final String GLOB_HINT = "globs are relative to the config file's folder: ** for any folders,"
            + " * and ? within a name, {a,b} for alternatives";

    private final List<String> knownRuleIds;
    private final Path file;
    private final Path folder;
    private final ProblemCollector problems;

    ConfigInterpreter(Set<String> knownRuleIds, Path file, ProblemCollector problems) {
        this.knownRuleIds = List.copyOf(new TreeSet<>(knownRuleIds)); // sorted: stable hints
        this.file = file;
        this.folder = file.getParent();
        this.problems = problems;
    }

    DeclaredConfig interpret(Mapping root) {
        Located<String> template = null;
        Map<String, RuleSetting> rules = Map.of();
        List<AnchoredGlob> ignore = List.of();
        List<OverrideEntry> overrides = List.of();
        List<Located<String>> templatePaths = List.of();
        Located<String> extendsPath = null;

        for (Entry entry : root.entries().values()) {
            ConfigNode value = entry.value();
            if (isNull(value)) {
                if (!TOP_LEVEL_KEYS.contains(entry.key())) unknownKey(entry, TOP_LEVEL_KEYS, "");
                continue;
            }
            switch (entry.key()) {
                case TEMPLATE -> template = templateId(value);
                case RULES -> rules = rules(value);
                case IGNORE -> ignore = globs(IGNORE, value, false);
                case OVERRIDES -> overrides = overrides(value);
                case TEMPLATES -> templatePaths = strings(TEMPLATES, value, "file paths",
                        "e.g. templates: [templates/my-team.yaml]");
                case EXTENDS -> extendsPath = string(EXTENDS, value, "a path to another config file",
                        "e.g. extends: ../.rubric.yaml");
                case SCHEMA -> string(SCHEMA, value, "a string", "e.g. \"$schema\": \"rubric.schema.json\"");
                default -> unknownKey(entry, TOP_LEVEL_KEYS, "");
            }
        }
        return new DeclaredConfig(template, rules, ignore, overrides, templatePaths, extendsPath);
    }

    // ---- template ----------------------------------------------------------------------

    private Located<String> templateId(ConfigNode value) {
        return string(TEMPLATE, value, "a string", "use 'auto' or a template id such as 'ml-system-design'");
    }

    // ---- rules -------------------------------------------------------------------------

    private Map<String, RuleSetting> rules(ConfigNode value) {
        if (!(value instanceof Mapping mapping)) {
            add(value, "'rules' must be a mapping of rule ids to settings, found " + value.kind(),
                    "one rule per line, e.g. 'latency-budget: error'");
            return Map.of();
        }
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        for (Entry entry : mapping.entries().values()) {
            if (!knownRuleIds.contains(entry.key())) {
                problems.add(file, entry.keyLocation(), "unknown rule '" + entry.key() + "'",
                        Suggestions.closest(entry.key(), knownRuleIds).map(Suggestions::didYouMean)
                                .orElse("known rules: " + String.join(", ", knownRuleIds)));
                continue;
            }
            RuleSetting setting = ruleSetting(entry.key(), entry.value());
            if (setting != null) rules.put(entry.key(), setting);
        }
        return rules;
    }

    /** A severity word, or a mapping with severity and/or options; null (reported) otherwise. */
    private RuleSetting ruleSetting(String ruleId, ConfigNode value) {
        if (value instanceof Scalar scalar && scalar.isString()) {
            Severity severity = severity(ruleId, scalar);
            return severity == null ? null : RuleSetting.of(severity);
        }
        if (!(value instanceof Mapping mapping)) {
            add(value, "the setting of rule '" + ruleId + "' must be a severity or a mapping, found " + value.kind(),
                    SEVERITY_HINT + ", or a mapping with 'severity' and 'options'");
            return null;
        }
        Severity severity = null;
        Map<String, Object> options = Map.of();
        boolean valid = true;
        for (Entry entry : mapping.entries().values()) {
            switch (entry.key()) {
                case SEVERITY -> {
                    if (entry.value() instanceof Scalar scalar && scalar.isString()) {
                        severity = severity(ruleId, scalar);
                        valid &= severity != null;
                    } else {
                        add(entry.value(), "the severity of rule '" + ruleId + "' must be a string, found "
                                + entry.value().kind(), SEVERITY_HINT);
                        valid = false;
                    }
                }
                case OPTIONS -> {
                    if (entry.value() instanceof Mapping optionMap) {
                        options = plainMap(optionMap);
                    } else if (!isNull(entry.value())) {
                        add(entry.value(), "the options of rule '" + ruleId + "' must be a mapping, found "
                                + entry.value().kind(), "e.g. 'options: { maxShare: 0.6 }'");
                        valid = false;
                    }
                }
                default -> {
                    unknownKey(entry, RULE_KEYS, " in rule '" + ruleId + "'");
                    valid = false;
                }
            }
        }
        return valid ? new RuleSetting(severity, options) : null;
    }

    private Severity severity(String ruleId, Scalar word) {
        String text = word.text();
        if (SEVERITY_WORDS.contains(text) || SEVERITY_ALIASES.contains(text)) {
            return Severity.parse(text).orElseThrow();
        }
        add(word, "invalid severity '" + text + "' for rule '" + ruleId + "'",
                Suggestions.hint(text, SEVERITY_WORDS, "use one of"));
        return null;
    }

    // ---- ignore, files: globs ------------------------------------------------------------

    private List<AnchoredGlob> globs(String key, ConfigNode value, boolean requireOne) {
        List<AnchoredGlob> globs = new ArrayList<>();
        String example = key.equals(FILES) ? "e.g. files: [\"interviews/**/*.md\"]" : "e.g. ignore: [\"drafts/**\"]";
        for (Located<String> pattern : strings(key, value, "globs", example)) {
            try {
                globs.add(new AnchoredGlob(folder, Glob.compile(pattern.value())));
            } catch (IllegalArgumentException e) {
                problems.add(file, pattern.location(), "invalid glob '" + pattern.value() + "': " + e.getMessage(), GLOB_HINT);
            }
        }
        if (requireOne && value instanceof Sequence seq && seq.items().isEmpty()) {
            add(value, "'" + key + "' must list at least one glob", example);
        }
        return globs;
    }

    // ---- overrides -----------------------------------------------------------------------

    private List<OverrideEntry> overrides(ConfigNode value) {
        if (!(value instanceof Sequence sequence)) {
            add(value, "'overrides' must be a list, found " + value.kind(), "start each entry with '- files: [...]'");
            return List.of();
        }
        List<OverrideEntry> overrides = new ArrayList<>();
        for (ConfigNode item : sequence.items()) {
            OverrideEntry entry = override(item);
            if (entry != null) overrides.add(entry);
        }
        return overrides;
    }

    private OverrideEntry override(ConfigNode item) {
        if (!(item instanceof Mapping mapping)) {
            add(item, "an override must be a mapping, found " + item.kind(),
                    "e.g. '- files: [\"interviews/**\"]' followed by 'template' or 'rules'");
            return null;
        }
        List<AnchoredGlob> files = null;
        Located<String> template = null;
        Map<String, RuleSetting> rules = Map.of();
        for (Entry entry : mapping.entries().values()) {
            switch (entry.key()) {
                case FILES -> files = isNull(entry.value())
                        ? nothingGiven(entry)
                        : globs(FILES, entry.value(), true);
                case TEMPLATE -> template = isNull(entry.value()) ? null : templateId(entry.value());
                case RULES -> rules = isNull(entry.value()) ? Map.of() : rules(entry.value());
                default -> unknownKey(entry, OVERRIDE_KEYS, " in override");
            }
        }
        if (files == null) {
            if (!mapping.entries().containsKey(FILES)) {
                add(item, "override has no 'files'", "add 'files: [\"glob/**\"]' to say which documents it applies to");
            }
            return null;
        }
        // an override whose globs were all invalid applies nowhere, not everywhere
        return files.isEmpty() ? null : new OverrideEntry(files, template, rules);
    }

    private List<AnchoredGlob> nothingGiven(Entry files) {
        add(files.value(), "'files' must be a list of globs, found nothing", "e.g. files: [\"interviews/**/*.md\"]");
        return null;
    }

    // ---- shared shapes -------------------------------------------------------------------

    /** A list of strings; each entry of another kind is reported and skipped. */
    private List<Located<String>> strings(String key, ConfigNode value, String what, String example) {
        if (!(value instanceof Sequence sequence)) {
            add(value, "'" + key + "' must be a list of " + what + ", found " + value.kind(), example);
            return List.of();
        }
        List<Located<String>> strings = new ArrayList<>();
        for (ConfigNode item : sequence.items()) {
            if (item instanceof Scalar scalar && scalar.isString()) {
                strings.add(new Located<>(scalar.text(), item.location()));
            } else {
                add(item, "'" + key + "' entries must be " + what + " (strings), found " + item.kind(), example);
            }
        }
        return strings;
    }

    private Located<String> string(String key, ConfigNode value, String what, String hint) {
        if (value instanceof Scalar scalar && scalar.isString()) return new Located<>(scalar.text(), value.location());
        add(value, "'" + key + "' must be " + what + ", found " + value.kind(), hint);
        return null;
    }

    private void unknownKey(Entry entry, List<String> validKeys, String where) {
        problems.add(file, entry.keyLocation(), "unknown key '" + entry.key() + "'" + where,
                Suggestions.hint(entry.key(), validKeys, "valid keys"));
    }

    private void add(ConfigNode at, String message, String hint) {
        problems.add(file, at.location(), message, hint);
    }

    private static boolean isNull(ConfigNode node) {
        return node instanceof Scalar scalar && scalar.isNull();
    }

    /** Options as plain Java values: String, Number, Boolean, null, List and Map. */
    private static Map<String, Object> plainMap(Mapping mapping) {
        Map<String, Object> map = new LinkedHashMap<>();
        mapping.entries().forEach((key, entry) -> map.put(key, plain(entry.value())));
        return Collections.unmodifiableMap(map);
    }

    private static Object plain(ConfigNode node) {
        if (node instanceof Mapping mapping) return plainMap(mapping);
        if (node instanceof Sequence sequence) {
            List<Object> list = new ArrayList<>();
            for (ConfigNode item : sequence.items()) list.add(plain(item));
            return Collections.unmodifiableList(list);
        }
        return ((Scalar) node).value();
    }
}
