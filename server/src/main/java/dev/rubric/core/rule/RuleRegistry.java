package dev.rubric.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Every rule Rubric has: the classes in {@code dev.rubric.core.rules} that implement
 * {@link Rule}. Found by listing that package, so a new rule is picked up by existing there —
 * no list to edit. In the jar the listing is made once, by the build ({@link #index}):
 * going through the jar's few thousand entries cost every start-up about 17 ms.
 */
public final class RuleRegistry {
    private static final String PACKAGE = "dev.rubric.core.rules";
    /** The rule classes' names, one a line; written by the build next to this class. */
    public static final String INDEX = "dev/rubric/core/rule/built-in-rules.txt";
    private static volatile RuleRegistry builtIn;

    private final Map<String, Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        for (Rule r : sorted) {
            if (!r.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalStateException("rule id is not kebab-case: " + r.id());
            if (map.put(r.id(), r) != null) throw new IllegalStateException("two rules share the id " + r.id());
        }
        this.rules = Collections.unmodifiableMap(map);
    }

    public static RuleRegistry builtIn() {
        RuleRegistry r = builtIn;
        if (r == null) {
            synchronized (RuleRegistry.class) {
                if (builtIn == null) builtIn = new RuleRegistry(discover());
                r = builtIn;
            }
        }
        return r;
    }

    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public java.util.Set<String> ids() {
        return rules.keySet();
    }

    private static List<Rule> discover() {
        List<Rule> found = new ArrayList<>();
        for (String className : classNames()) {
            try {
                Class<?> c = Class.forName(className, true, RuleRegistry.class.getClassLoader());
                if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                        && Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null) {
                    found.add((Rule) c.getDeclaredConstructor().newInstance());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load rule " + className + ": " + e, e);
            }
        }
        if (found.isEmpty()) throw new IllegalStateException("no rules found in " + PACKAGE);
        return found;
    }

    /**
     * The index of rule classes the build puts next to this class (resource {@link #INDEX}):
     * their names, one a line, listed from a build's class output folder. Called by the build,
     * from {@link dev.rubric.build.StartupIndexes}.
     */
    public static String index(Path classesDir) throws IOException {
        // listed from the folder being indexed, not from wherever the class path finds the package
        List<String> names = classNamesIn(classesDir.resolve(PACKAGE.replace('.', '/')));
        return String.join("\n", names) + "\n";
    }

    /**
     * The rule classes' names: from the build's index when running from a jar, which the same
     * build wrote, else (classes in a folder: tests, an IDE that may have compiled a new rule
     * on its own) by listing the package.
     */
    static List<String> classNames() {
        URL index = RuleRegistry.class.getClassLoader().getResource(INDEX);
        if (index != null && "jar".equals(index.getProtocol())) {
            try (InputStream in = index.openStream()) {
                List<String> names = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) names.add(line.strip());
                }
                return names;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return listedClassNames();
    }

    private static List<String> classNamesIn(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.class")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (!n.contains("$")) names.add(PACKAGE + "." + n.substring(0, n.length() - 6));
            }
        }
        Collections.sort(names);
        return names;
    }

    /** The rule classes' names, by listing the package wherever the class path has it. */
    static List<String> listedClassNames() {
        String dir = PACKAGE.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> urls = RuleRegistry.class.getClassLoader().getResources(dir);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String n = entries.nextElement().getName();
                            if (n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0 && !n.contains("$")) {
                                names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                } else if ("file".equals(url.getProtocol())) {
                    names.addAll(classNamesIn(Paths.get(url.toURI())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(names);
        return names;
    }
}
