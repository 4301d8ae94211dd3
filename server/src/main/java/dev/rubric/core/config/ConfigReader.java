package dev.rubric.core.config;

import dev.rubric.core.config.ConfigNode.Location;
import dev.rubric.core.config.DeclaredConfig.Located;
import dev.rubric.core.config.DeclaredConfig.OverrideEntry;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateException;
import dev.rubric.core.template.TemplateLoader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One load of a config: reads a file (or text), follows its {@code extends} chain, loads its
 * custom templates and checks the template ids it uses, then assembles the layers of the
 * {@link RubricConfig}. Problems go to a shared collector so the whole chain is reported at
 * once; a part too broken to use is left out rather than guessed at.
 */
final class ConfigReader {
    private final Set<String> knownRuleIds;
    private final Set<String> builtInTemplateIds;
    private final ProblemCollector problems;
    private final List<FileStamp> stamps;
    private final Predicate<Path> readable;

    /**
     * @param problems where every problem found is added
     * @param stamps   where the stamp of every file read (or looked for) is added, for the cache
     */
    ConfigReader(Set<String> knownRuleIds, Set<String> builtInTemplateIds, ProblemCollector problems,
                 List<FileStamp> stamps, Predicate<Path> readable) {
        this.readable = readable;
        this.knownRuleIds = knownRuleIds;
        this.builtInTemplateIds = builtInTemplateIds;
        this.problems = problems;
        this.stamps = stamps;
    }

    /** @param chain the files that (transitively) extend this one, outermost first */
    RubricConfig fromFile(Path file, List<Path> chain) {
        stamps.add(FileStamp.of(file)); // before reading: a change after this is noticed next time
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            problems.add(file, Location.START, "config file not found", "check the path: " + file);
            return null;
        } catch (CharacterCodingException e) {
            problems.add(file, Location.START, "cannot read config file: it is not UTF-8 text", "save it as UTF-8");
            return null;
        } catch (IOException e) {
            problems.add(file, Location.START, "cannot read config file: " + e, null);
            return null;
        }
        return fromText(text, file, chain);
    }

    /** The config in {@code text}, or null when it is too broken to say anything (problems are added). */
    RubricConfig fromText(String text, Path file, List<Path> chain) {
        ConfigTreeReader.Tree tree = ConfigTreeReader.read(text, file, problems);
        if (tree.malformed()) return null;
        if (tree.root() == null) return new RubricConfig(file, List.of(), List.of(), List.of()); // empty file
        if (!(tree.root() instanceof ConfigNode.Mapping root)) {
            problems.add(file, tree.root().location(),
                    "a config file must be a mapping of keys to values, found " + tree.root().kind(),
                    "start with a key, e.g. 'template: auto'");
            return null;
        }
        DeclaredConfig declared = new ConfigInterpreter(knownRuleIds, file, problems).interpret(root);

        List<Path> chainHere = new ArrayList<>(chain);
        chainHere.add(file);
        RubricConfig base = declared.extendsPath() == null ? null : extended(declared.extendsPath(), file, chainHere);
        List<Template> ownTemplates = customTemplates(declared.templatePaths(), file);
        List<Template> templates = RubricConfig.mergeTemplates(base == null ? List.of() : base.templates(), ownTemplates);
        checkTemplateIds(declared, file, templates);

        List<ConfigLayer> layers = new ArrayList<>(base == null ? List.of() : base.layers());
        String template = declared.template() == null ? null : declared.template().value();
        layers.add(ConfigLayer.everywhere(template, declared.rules()));
        for (OverrideEntry o : declared.overrides()) {
            layers.add(new ConfigLayer(o.files(), o.template() == null ? null : o.template().value(), o.rules()));
        }
        List<AnchoredGlob> ignore = new ArrayList<>(base == null ? List.of() : base.ignoreGlobs());
        ignore.addAll(declared.ignore());
        return new RubricConfig(file, layers, ignore, templates);
    }

    private RubricConfig extended(Located<String> path, Path file, List<Path> chain) {
        Path target = file.getParent().resolve(path.value()).normalize();
        if (chain.contains(target)) {
            List<Path> cycle = new ArrayList<>(chain.subList(chain.indexOf(target), chain.size()));
            cycle.add(target);
            List<String> shown = cycle.stream().map(p -> display(file, p)).toList();
            problems.add(file, path.location(), "'extends' forms a cycle: " + String.join(" -> ", shown),
                    "remove 'extends' from one of these files");
            return null;
        }
        if (!readable.test(target)) {
            problems.add(file, path.location(), "extended config '" + path.value() + "' is outside the workspace: not read",
                    "copy the settings into the workspace, or open the folder that holds both");
            return null;
        }
        if (!Files.isRegularFile(target)) {
            stamps.add(FileStamp.of(target));
            problems.add(file, path.location(), "extended config not found: '" + path.value() + "'",
                    "the path is relative to the folder of this config file");
            return null;
        }
        int mark = problems.count();
        RubricConfig base = fromFile(target, chain);
        long inTarget = problems.countSince(mark, target);
        if (inTarget > 0 || base == null) {
            // also flag the 'extends' line, so an editor showing only this file shows why it fails
            problems.add(file, path.location(), "extended config '" + path.value() + "' has "
                            + (inTarget == 1 ? "1 problem" : inTarget + " problems"),
                    "they are reported at their place in that file");
        }
        return base;
    }

    private List<Template> customTemplates(List<Located<String>> paths, Path file) {
        Map<String, Located<String>> definedBy = new LinkedHashMap<>();
        List<Template> templates = new ArrayList<>();
        for (Located<String> path : paths) {
            Path target = file.getParent().resolve(path.value()).normalize();
            stamps.add(FileStamp.of(target));
            if (!readable.test(target)) {
                problems.add(file, path.location(), "template file '" + path.value() + "' is outside the workspace: not read",
                        "keep custom templates inside the workspace");
                continue;
            }
            if (!Files.isRegularFile(target)) {
                problems.add(file, path.location(), "template file not found: '" + path.value() + "'",
                        "template paths are relative to the folder of this config file");
                continue;
            }
            Template template;
            try {
                template = TemplateLoader.load(target);
            } catch (TemplateException e) {
                problems.add(file, path.location(), "cannot use template '" + path.value() + "': " + e.getMessage(),
                        "fix the template file, or remove it from 'templates'");
                continue;
            }
            Located<String> earlier = definedBy.putIfAbsent(template.id(), path);
            if (earlier != null) {
                problems.add(file, path.location(), "template '" + template.id() + "' is defined twice, also by '"
                        + earlier.value() + "'", "give each custom template its own id");
                continue;
            }
            templates.add(template);
        }
        return templates;
    }

    private void checkTemplateIds(DeclaredConfig declared, Path file, List<Template> customTemplates) {
        Set<String> known = new LinkedHashSet<>();
        known.add(RubricConfig.AUTO);
        Set<String> sorted = new TreeSet<>(builtInTemplateIds);
        customTemplates.forEach(t -> sorted.add(t.id()));
        known.addAll(sorted);
        List<Located<String>> used = new ArrayList<>();
        if (declared.template() != null) used.add(declared.template());
        for (OverrideEntry o : declared.overrides()) {
            if (o.template() != null) used.add(o.template());
        }
        for (Located<String> id : used) {
            if (!known.contains(id.value())) {
                problems.add(file, id.location(), "unknown template '" + id.value() + "'",
                        Suggestions.hint(id.value(), known, "known templates"));
            }
        }
    }

    /** A path as shown in a message about {@code file}: relative to its folder when that is shorter. */
    private static String display(Path file, Path other) {
        Path relative = file.getParent().relativize(other);
        return relative.toString().length() < other.toString().length() ? relative.toString() : other.toString();
    }
}
