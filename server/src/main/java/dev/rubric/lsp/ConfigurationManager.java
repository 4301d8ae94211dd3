package dev.rubric.lsp;

import dev.rubric.core.LintOptions;
import dev.rubric.core.config.ConfigException;
import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.config.ConfigProblem;
import dev.rubric.core.config.RubricConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.MessageType;

/**
 * The configuration each document is linted with. Precedence, lowest first: built-in
 * defaults; the nearest {@code .rubric.yaml} (what it extends, then the file, then its
 * overrides that match the document); the editor's {@code rubric.*} settings; and for the
 * template, the document's own front matter above all.
 *
 * <p>A config that stops parsing does not stop linting: the user is told once what is wrong
 * and where, and the last good version of that file stays in force until it is fixed.
 */
final class ConfigurationManager {
    static final int DEFAULT_DEBOUNCE_MS = 200;

    /** What a document is linted with; two are the same when their config and ignore status are. */
    record Effective(RubricConfig config, LintOptions options, boolean ignored) {
        boolean sameAs(Effective other) {
            return other != null && ignored == other.ignored && config.equals(other.config);
        }
    }

    /** One config file: its last good contents, the stamp they were read at, and the problems last reported. */
    private record Loaded(RubricConfig lastGood, Stamp stamp, String reportedProblems) {
    }

    private record Stamp(long modifiedMillis, long size) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.lastModifiedTime().toMillis(), a.size());
            } catch (IOException e) {
                return new Stamp(-1, -1);
            }
        }
    }

    private final ConfigLoader loader;
    private final ServerLog log;
    private final Map<Path, Loaded> files = new ConcurrentHashMap<>();
    private volatile RubricConfig editorOverlay;
    private volatile int debounceMs;

    ConfigurationManager(ConfigLoader loader, ServerLog log, int defaultDebounceMs) {
        this.loader = loader;
        this.log = log;
        this.debounceMs = defaultDebounceMs;
    }

    int debounceMs() {
        return debounceMs;
    }

    /** The effective configuration for a document; {@code path} is null for untitled buffers. */
    Effective forDocument(Path path) {
        RubricConfig base = RubricConfig.defaults();
        if (path != null) {
            Optional<Path> nearest = loader.findNearest(path.getParent());
            if (nearest.isPresent()) base = fileConfig(nearest.get());
        }
        RubricConfig overlay = editorOverlay;
        RubricConfig merged = overlay == null ? base : base.withOverlay(overlay);
        RubricConfig resolved = path == null ? merged : merged.forDocument(path);
        boolean ignored = path != null && merged.isIgnored(path);
        return new Effective(resolved, LintOptions.from(resolved, null), ignored);
    }

    boolean isIgnored(Path path) {
        return forDocument(path).ignored();
    }

    /**
     * Re-reads every config file seen so far, because one of them (or a file one extends, or a
     * template one loads) changed on disk. Problems are reported now, not at the next keystroke.
     */
    void configFilesChanged() {
        for (Path file : List.copyOf(files.keySet())) {
            if (!Files.isRegularFile(file)) {
                files.remove(file); // deleted: the next nearest file (or the defaults) applies
                continue;
            }
            files.compute(file, (f, old) -> load(f, old));
        }
    }

    /**
     * Applies new editor settings. Settings the core rejects (an unknown rule, a bad severity)
     * are reported and the previous settings stay; returns whether linting may now differ.
     */
    boolean applySettings(EditorSettings settings) {
        if (settings.debounceMs() != null) debounceMs = settings.debounceMs();
        if (!settings.problems().isEmpty()) {
            // a half-read settings object would silently drop what the user meant: keep the previous one whole
            log.show(MessageType.Error, "Rubric: " + String.join("; ", settings.problems()) + ". Keeping the previous settings.");
            return false;
        }
        RubricConfig overlay = null;
        if (settings.affectsLinting()) {
            try {
                overlay = loader.parse(settings.asConfigJson(), settingsPretendFile());
            } catch (ConfigException e) {
                String problems = e.problems().stream().map(ConfigurationManager::describeWithoutPlace)
                        .collect(Collectors.joining("; "));
                log.show(MessageType.Error, "Rubric: editor settings (rubric.template / rubric.rules): " + problems
                        + ". Keeping the previous settings.");
                return false;
            }
        }
        boolean changed = !Objects.equals(overlay, editorOverlay);
        editorOverlay = overlay;
        return changed;
    }

    private RubricConfig fileConfig(Path configFile) {
        Loaded loaded = files.compute(configFile, (f, old) ->
                old != null && old.stamp().equals(Stamp.of(f)) ? old : load(f, old));
        return loaded.lastGood() == null ? RubricConfig.defaults() : loaded.lastGood();
    }

    private Loaded load(Path file, Loaded old) {
        Stamp stamp = Stamp.of(file);
        try {
            RubricConfig config = loader.load(file);
            if (old != null && old.reportedProblems() != null) log.info("Rubric: " + file + " is valid again; using it.");
            return new Loaded(config, stamp, null);
        } catch (ConfigException e) {
            String problems = e.problems().stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
            RubricConfig lastGood = old == null ? null : old.lastGood();
            if (old == null || !problems.equals(old.reportedProblems())) report(file, e.problems(), lastGood != null);
            return new Loaded(lastGood, stamp, problems);
        }
    }

    private void report(Path file, List<ConfigProblem> problems, boolean hasLastGood) {
        ConfigProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems, listed in the output log)" : "";
        String fallback = hasLastGood ? "Keeping the last good configuration until it is fixed."
                : "Using the built-in defaults until it is fixed.";
        log.show(MessageType.Error, "Rubric config error: " + first + more + ". " + fallback);
        for (ConfigProblem p : problems.subList(1, problems.size())) log.error("Rubric config error: " + p);
    }

    /** Config text from settings is read as if it were this file; its place means nothing to the user. */
    private static Path settingsPretendFile() {
        return Paths.get("").toAbsolutePath().resolve("editor-settings.rubric.json");
    }

    private static String describeWithoutPlace(ConfigProblem p) {
        return p.hint() == null || p.hint().isBlank() ? p.message() : p.message() + " (" + p.hint() + ")";
    }
}
