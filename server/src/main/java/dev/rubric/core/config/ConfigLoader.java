package dev.rubric.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Finds, reads and validates {@code .rubric.yaml} / {@code .rubric.yml} / {@code .rubric.json}
 * files, following {@code extends} and loading custom templates. Every problem in a file and in
 * what it pulls in is reported in one {@link ConfigException}.
 *
 * <p>Thread-safe: the per-file cache used by {@link #forDocument(Path)} is concurrent.
 */
public final class ConfigLoader {
    /** Looked for in this order within one folder: the first that exists is used. */
    public static final List<String> FILE_NAMES = List.of(".rubric.yaml", ".rubric.yml", ".rubric.json");

    private final Set<String> knownRuleIds;
    private final Set<String> builtInTemplateIds;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final Predicate<Path> readable;

    /**
     * @param knownRuleIds       every rule id a config may configure; others are reported
     * @param builtInTemplateIds template ids usable without a custom template file
     */
    public ConfigLoader(Set<String> knownRuleIds, Set<String> builtInTemplateIds) {
        this(knownRuleIds, builtInTemplateIds, path -> true);
    }

    /**
     * @param readable which files may be read at all: config files found by lookup, files
     *                 named by {@code extends} and custom templates outside it are not read (the
     *                 language server confines reading to the workspace folders this way)
     */
    public ConfigLoader(Set<String> knownRuleIds, Set<String> builtInTemplateIds, Predicate<Path> readable) {
        this.knownRuleIds = Set.copyOf(knownRuleIds);
        this.builtInTemplateIds = Set.copyOf(builtInTemplateIds);
        this.readable = readable;
    }

    /** Reads one config file and everything it extends. */
    public RubricConfig load(Path file) throws ConfigException {
        return load(file, new ArrayList<>());
    }

    /**
     * Reads config text as if it were the file {@code pretendFile}: relative paths (extends,
     * templates, globs) resolve against its folder and its extension picks JSON or YAML. The
     * language server passes editor buffers and settings this way.
     */
    public RubricConfig parse(String text, Path pretendFile) throws ConfigException {
        ProblemCollector problems = new ProblemCollector();
        Path file = pretendFile.toAbsolutePath().normalize();
        RubricConfig config = new ConfigReader(knownRuleIds, builtInTemplateIds, problems, new ArrayList<>(), readable).fromText(text, file, List.of());
        problems.throwIfAny(file);
        return config;
    }

    /** The nearest config file in {@code directory} or a folder above it, up to the filesystem root. */
    public Optional<Path> findNearest(Path directory) {
        Path folder = directory.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder)) folder = folder.getParent();
        for (; folder != null; folder = folder.getParent()) {
            for (String name : FILE_NAMES) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate) && readable.test(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The effective config for a document: the nearest config file above it, with the
     * overrides that match the document applied; {@link RubricConfig#defaults()} when there is
     * none. Loaded configs are cached per file until it, or a file it extends or a template it
     * loads, changes modification time or size.
     */
    public RubricConfig forDocument(Path document) throws ConfigException {
        Path normalized = document.toAbsolutePath().normalize();
        Path folder = normalized.getParent() != null ? normalized.getParent() : normalized;
        Optional<Path> nearest = findNearest(folder);
        if (nearest.isEmpty()) return RubricConfig.defaults();
        return cached(nearest.get()).forDocument(normalized);
    }

    private RubricConfig cached(Path file) throws ConfigException {
        Cached entry = cache.get(file);
        if (entry == null || !entry.isCurrent()) {
            List<FileStamp> stamps = new ArrayList<>();
            try {
                entry = new Cached(stamps, load(file, stamps), null);
            } catch (ConfigException e) {
                entry = new Cached(stamps, null, e.problems()); // a broken file is not re-read until it changes either
            }
            cache.put(file, entry);
        }
        if (entry.problems() != null) throw new ConfigException(entry.problems());
        return entry.config();
    }

    private record Cached(List<FileStamp> stamps, RubricConfig config, List<ConfigProblem> problems) {
        boolean isCurrent() {
            return stamps.stream().allMatch(FileStamp::isCurrent);
        }
    }

    private RubricConfig load(Path file, List<FileStamp> stamps) throws ConfigException {
        ProblemCollector problems = new ProblemCollector();
        Path normalized = file.toAbsolutePath().normalize();
        RubricConfig config = new ConfigReader(knownRuleIds, builtInTemplateIds, problems, stamps, readable).fromFile(normalized, List.of());
        problems.throwIfAny(normalized);
        return config;
    }
}
