package dev.rubric.cli;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.config.ConfigException;
import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.config.ConfigProblem;
import dev.rubric.core.config.RubricConfig;
import dev.rubric.core.fix.FixPlanner;
import dev.rubric.core.fix.TextEdit;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.template.TemplateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Lints design documents: files, folders (recursing into *.md), globs, or - for stdin.")
final class CheckCommand implements Callable<Integer> {
    /**
     * Output formats by --format name, sorted so error messages and help list them in a stable
     * order. Built on demand: some reporters set up Jackson or list every rule when created,
     * which a plain-text check need not pay for at start-up.
     */
    private static final Map<String, Supplier<Reporter>> REPORTERS = new TreeMap<>(Map.of(
            "text", TextReporter::new,
            "json", JsonReporter::new,
            "sarif", () -> new SarifReporter(Paths.get("")),
            "github", GithubReporter::new,
            "junit", JunitReporter::new,
            "checkstyle", CheckstyleReporter::new,
            "html", HtmlReporter::new));

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files, folders, globs, or - (default: .)")
    List<String> operands = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif, github, junit, checkstyle or html (default: text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE instead of standard output (messages still go to standard error)")
    Path output;

    @Option(names = "--template", paramLabel = "ID", description = "template for every document (overrides config and front matter)")
    String template;

    @Option(names = "--config", paramLabel = "FILE", description = "use this config file instead of the nearest .rubric.yaml")
    Path configFile;

    @Option(names = "--fix", description = "apply safe fixes (skeletons for missing blocks) in place, atomically")
    boolean fix;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1", description = "exit 1 when there are more than N warnings")
    int maxWarnings;

    @Option(names = "--explain", description = "show, per document, the evidence each check found or why none did")
    boolean explain;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0", description = "documents linted in parallel (default: one per core)")
    int jobs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    CheckCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Starts, on a daemon thread, the start-up work every check needs whatever its options: the
     * rules, the built-in templates and the Markdown parser (about 40 ms of a one-file check,
     * then overlapped with picocli building its command model). Failures are left for the
     * check itself to meet and report; this only gets ahead of it.
     */
    static Thread prepareInBackground() {
        Thread thread = new Thread(() -> {
            try {
                RuleRegistry.builtIn();
                TemplateRegistry.builtIn();
                new Linter(RuleRegistry.builtIn());
            } catch (RuntimeException | LinkageError e) {
                // the check meets the same failure and reports it
            }
        }, "rubric-prepare");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Supplier<Reporter> reporterFactory = REPORTERS.get(format);
        if (reporterFactory == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be one of " + String.join(", ", REPORTERS.keySet()));
        }
        Reporter reporter = reporterFactory.get();
        Linter linter = new Linter();
        ConfigLoader loader = new ConfigLoader(RuleRegistry.builtIn().ids(), new HashSet<>(TemplateRegistry.BUILT_IN));
        RubricConfig explicit;
        try {
            explicit = configFile == null ? null : loader.load(configFile);
        } catch (ConfigException e) {
            printConfigProblems(e, err);
            return Main.USAGE_OR_IO;
        }
        ConfigSource configs = new ConfigSource(loader, explicit);
        if (operands.isEmpty()) operands.add(".");

        List<Job> jobsToRun = new ArrayList<>();
        // a document reached by two operands ("docs docs/a.md") is checked, and fixed, once
        Set<Path> seen = new HashSet<>();
        boolean stdinSeen = false;
        try {
            for (String operand : operands) {
                if (operand.equals("-")) {
                    if (!stdinSeen) jobsToRun.add(new Job("<stdin>", null));
                    stdinSeen = true;
                    continue;
                }
                for (FileCollector.Found f : FileCollector.collect(List.of(operand), configs::ignored)) {
                    if (f.explicit() && configs.ignored(f.path())) continue;
                    if (f.link()) {
                        err.println("rubric: " + f.path() + ": symbolic link, not followed (neither checked nor fixed)");
                        continue;
                    }
                    if (!seen.add(f.path().toAbsolutePath().normalize())) continue;
                    jobsToRun.add(new Job(f.path().toString(), f.path()));
                }
            }
        } catch (NoSuchFileException e) {
            err.println("rubric: " + e.getFile() + ": no such file or directory");
            return Main.USAGE_OR_IO;
        } catch (ConfigFailure e) {
            printConfigProblems(e.cause, err);
            return Main.USAGE_OR_IO;
        }

        List<FileReport> reports;
        try {
            reports = run(jobsToRun, linter, configs);
        } catch (ConfigFailure e) {
            printConfigProblems(e.cause, err);
            return Main.USAGE_OR_IO;
        } catch (UnknownTemplate e) {
            err.println("rubric: " + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        if (!writeReport(reporter, reports, out, err)) return Main.USAGE_OR_IO;
        boolean unreadable = false;
        long errors = 0;
        long warnings = 0;
        for (FileReport r : reports) {
            if (r.error() != null) {
                err.println("rubric: " + r.error());
                unreadable = true;
            }
            if (r.result() == null) continue;
            for (LintResult.RuleFailure f : r.result().failures()) {
                err.println("rubric: rule " + f.rule() + " failed on " + r.path() + " (other rules ran): " + f.error());
            }
            errors += r.result().count(Severity.ERROR);
            warnings += r.result().count(Severity.WARNING);
        }
        if (unreadable) return Main.USAGE_OR_IO;
        if (errors > 0 || maxWarnings >= 0 && warnings > maxWarnings) return Main.FINDINGS;
        return Main.OK;
    }

    /** Writes the report to --output, or to standard output; false when the file cannot be written. */
    private boolean writeReport(Reporter reporter, List<FileReport> reports, PrintWriter out, PrintWriter err) {
        if (output == null || output.toString().equals("-")) {
            reporter.write(reports, explain, out);
            return true;
        }
        StringWriter text = new StringWriter();
        try (PrintWriter buffer = new PrintWriter(text)) {
            reporter.write(reports, explain, buffer);
        }
        try {
            AtomicWriter.writeReport(output, text.toString());
            return true;
        } catch (IOException e) {
            err.println("rubric: cannot write " + output + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return false;
        }
    }

    private record Job(String display, Path path) {
    }

    private List<FileReport> run(List<Job> jobList, Linter linter, ConfigSource configs) throws Exception {
        int threads = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads <= 1 || jobList.size() <= 1) {
            List<FileReport> reports = new ArrayList<>();
            for (Job j : jobList) reports.add(lintOne(j, linter, configs));
            return reports;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobList.size()), r -> {
            Thread t = new Thread(r, "rubric-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileReport>> futures = new ArrayList<>();
            for (Job j : jobList) futures.add(pool.submit(() -> lintOne(j, linter, configs)));
            List<FileReport> reports = new ArrayList<>();
            for (Future<FileReport> f : futures) {
                try {
                    reports.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) throw cause;
                    throw e;
                }
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private FileReport lintOne(Job job, Linter linter, ConfigSource configs) throws ConfigFailure, UnknownTemplate {
        Path configAnchor = job.path() != null ? job.path() : Paths.get("stdin.md").toAbsolutePath();
        RubricConfig config = configs.forDocument(configAnchor);
        LintOptions options = LintOptions.from(config, template);
        if (template != null && options.templates().get(template).isEmpty()) {
            throw new UnknownTemplate("unknown template '" + template + "'; known: "
                    + String.join(", ", options.templates().all().stream().map(t -> t.id()).toList()));
        }
        String text;
        try {
            text = job.path() == null ? SourceReader.read(stdin, "<stdin>") : SourceReader.read(job.path());
        } catch (IOException e) {
            return FileReport.failed(job.display(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
        LintResult result = linter.lint(job.path() == null ? null : job.path().toUri(), text, options);
        if (!fix || job.path() == null) return new FileReport(job.display(), result, null, 0);
        List<TextEdit> edits = FixPlanner.safeEdits(result.diagnostics());
        if (edits.isEmpty()) return new FileReport(job.display(), result, null, 0);
        String fixedText = FixPlanner.apply(text, edits);
        try {
            // the reader dropped a byte order mark; the file keeps it
            AtomicWriter.write(job.path(), SourceReader.startsWithBom(job.path()) ? "\uFEFF" + fixedText : fixedText);
        } catch (IOException e) {
            // linted but not fixed: its findings still count, and the failure is reported
            return new FileReport(job.display(), result, e.getMessage(), 0);
        }
        return new FileReport(job.display(), linter.lint(job.path().toUri(), fixedText, options), null, edits.size());
    }

    private static void printConfigProblems(ConfigException e, PrintWriter err) {
        for (ConfigProblem p : e.problems()) err.println("rubric: config error: " + p);
    }

    /** Per-document config: the --config file, or the nearest one upward; errors surface once. */
    private static final class ConfigSource {
        private final ConfigLoader loader;
        private final RubricConfig explicit;

        ConfigSource(ConfigLoader loader, RubricConfig explicit) {
            this.loader = loader;
            this.explicit = explicit;
        }

        RubricConfig forDocument(Path doc) throws ConfigFailure {
            Path absolute = doc.toAbsolutePath().normalize();
            if (explicit != null) return explicit.forDocument(absolute);
            try {
                return loader.forDocument(absolute);
            } catch (ConfigException e) {
                throw new ConfigFailure(e);
            }
        }

        boolean ignored(Path doc) {
            try {
                Path absolute = doc.toAbsolutePath().normalize();
                RubricConfig c = explicit != null ? explicit : loader.forDocument(absolute);
                return c.isIgnored(absolute);
            } catch (ConfigException e) {
                throw new ConfigFailure(e);
            }
        }
    }

    /** A config error met while walking files; carried out of lambdas unchecked. */
    private static final class ConfigFailure extends RuntimeException {
        final ConfigException cause;

        ConfigFailure(ConfigException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    private static final class UnknownTemplate extends Exception {
        UnknownTemplate(String message) {
            super(message);
        }
    }
}
