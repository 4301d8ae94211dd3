package dev.rubric.cli;

import dev.rubric.lsp.LspCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rubric} command: a thin adapter from the terminal to the core. */
@Command(name = "rubric",
        mixinStandardHelpOptions = true,
        // every subcommand gets -h/--help and -V/--version too ("rubric check --help")
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Lints Markdown design documents the way a design reviewer reads them.")
public final class Main implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Registered in {@link #run}, not
     * in the annotation: see {@link #subcommandsFor}.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_IO = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, rules, explain, templates, init, lsp, report");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in));
    }

    /** Runs a command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        // a check's own start-up work runs on another core meanwhile picocli builds its model
        Thread preparation = args.length > 0 && args[0].equals("check") ? CheckCommand.prepareInBackground() : null;
        Factory factory = new Factory(in);
        CommandLine cli = new CommandLine(new Main(), factory);
        for (Map.Entry<String, Class<?>> sub : subcommandsFor(args).entrySet()) {
            cli.addSubcommand(sub.getKey(), sub.getValue());
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("rubric: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return USAGE_OR_IO;
        });
        cli.setExitCodeExceptionMapper(t -> USAGE_OR_IO);
        // joined before the command runs, so the two threads never initialise classes at once
        awaitQuietly(preparation);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static void awaitQuietly(Thread thread) {
        if (thread == null) return;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("check", CheckCommand.class);
        all.put("rules", RulesCommand.class);
        all.put("explain", ExplainCommand.class);
        all.put("templates", TemplatesCommand.class);
        all.put("init", InitCommand.class);
        all.put("lsp", LspCommand.class);
        all.put("report", ReportCommand.class);
        all.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(all);
    }

    /**
     * The subcommands a command line needs: only the one it runs when it starts with a
     * subcommand's name, else all of them (top-level help, "did you mean" suggestions, the
     * help subcommand). Picocli builds the model of every subcommand it is given by reflecting
     * over its annotations, and building the six a `rubric check` does not run was a noticeable
     * part of its start-up. Help for a subcommand and its errors are the same either way.
     */
    static Map<String, Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0])) {
            return Map.of(args[0], SUBCOMMANDS.get(args[0]));
        }
        return SUBCOMMANDS;
    }

    /** Hands commands the standard input (picocli creates them). */
    private record Factory(InputStream in) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == CheckCommand.class) return cls.cast(new CheckCommand(in));
            if (cls == ReportCommand.class) return cls.cast(new ReportCommand(in));
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
