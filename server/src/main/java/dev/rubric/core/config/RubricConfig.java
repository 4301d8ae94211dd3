package dev.rubric.core.config;

import dev.rubric.core.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded configuration: immutable, and already merged with whatever it extends.
 *
 * <p>Internally a config is a list of {@link ConfigLayer layers} in precedence order (extended
 * file, then this file, then this file's overrides, then overlays such as CLI flags), each
 * later layer winning. The accessors {@link #template()} and {@link #rules()} show the layers
 * that apply to every document; {@link #forDocument} folds in the overrides that match one.
 */
public final class RubricConfig {
    /** The template id that means "detect the template from the document". */
    public static final String AUTO = "auto";

    private static final RubricConfig DEFAULTS =
            new RubricConfig(null, List.of(ConfigLayer.everywhere(AUTO, Map.of())), List.of(), List.of());

    private final Path file;
    private final List<ConfigLayer> layers;
    private final List<AnchoredGlob> ignore;
    private final List<Template> templates;

    RubricConfig(Path file, List<ConfigLayer> layers, List<AnchoredGlob> ignore, List<Template> templates) {
        this.file = file;
        this.layers = List.copyOf(layers);
        this.ignore = List.copyOf(ignore);
        this.templates = List.copyOf(templates);
    }

    /** What applies when no config file is found: template auto, every rule at its default. */
    public static RubricConfig defaults() {
        return DEFAULTS;
    }

    /** The config file this was loaded from (not the files it extends); null for {@link #defaults()}. */
    public Path file() {
        return file;
    }

    /** The template id set for every document; empty when no layer sets one, which means auto. */
    public Optional<String> template() {
        return Optional.ofNullable(everywhere().template());
    }

    /** Rule settings for every document, by rule id; rules not listed keep their defaults. */
    public Map<String, RuleSetting> rules() {
        return everywhere().rules();
    }

    /** The ignore globs as written, extended files' first. Each is relative to the folder of the file that wrote it. */
    public List<String> ignore() {
        return ignore.stream().map(g -> g.glob().pattern()).toList();
    }

    /** Custom templates, loaded; when two have the same id the later (closer to this file) wins. */
    public List<Template> templates() {
        return templates;
    }

    /**
     * Whether an ignore glob matches the document, taken relative to the folder of the config
     * that wrote the glob. A document outside that folder is never ignored by it.
     */
    public boolean isIgnored(Path document) {
        Path normalized = document.toAbsolutePath().normalize();
        return ignore.stream().anyMatch(g -> g.matches(normalized));
    }

    /**
     * The effective config for one document: every layer whose globs match it, folded in order.
     * The result has no overrides left, so applying it again changes nothing.
     */
    public RubricConfig forDocument(Path document) {
        Path normalized = document.toAbsolutePath().normalize();
        List<ConfigLayer> applying = layers.stream().filter(l -> l.appliesTo(normalized)).toList();
        return new RubricConfig(file, List.of(ConfigLayer.fold(applying)), ignore, templates);
    }

    /**
     * This config with {@code higher} laid over it: its template and rule severities win over
     * everything here, overrides included (a CLI flag beats a file's override); rule options
     * are merged key by key; ignore globs and custom templates are added.
     */
    public RubricConfig withOverlay(RubricConfig higher) {
        List<ConfigLayer> merged = new ArrayList<>(layers);
        merged.addAll(higher.layers);
        List<AnchoredGlob> mergedIgnore = new ArrayList<>(ignore);
        higher.ignore.stream().filter(g -> !ignore.contains(g)).forEach(mergedIgnore::add);
        return new RubricConfig(file != null ? file : higher.file, merged, mergedIgnore,
                mergeTemplates(templates, higher.templates));
    }

    /** Templates of both lists; on the same id the one from {@code higher} replaces the other in place. */
    static List<Template> mergeTemplates(List<Template> lower, List<Template> higher) {
        Map<String, Template> byId = new LinkedHashMap<>();
        for (Template t : lower) byId.put(t.id(), t);
        for (Template t : higher) byId.put(t.id(), t);
        return List.copyOf(byId.values());
    }

    List<ConfigLayer> layers() {
        return layers;
    }

    List<AnchoredGlob> ignoreGlobs() {
        return ignore;
    }

    private ConfigLayer everywhere() {
        return ConfigLayer.fold(layers.stream().filter(ConfigLayer::appliesEverywhere).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RubricConfig other
                && Objects.equals(file, other.file)
                && layers.equals(other.layers)
                && ignore.equals(other.ignore)
                && templates.equals(other.templates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, layers, ignore, templates);
    }

    @Override
    public String toString() {
        return "RubricConfig[file=" + file + ", template=" + template().orElse("(not set)")
                + ", rules=" + rules() + ", ignore=" + ignore()
                + ", templates=" + templates.stream().map(Template::id).toList()
                + ", overrides=" + layers.stream().filter(l -> !l.appliesEverywhere()).count() + "]";
    }
}
