package dev.rubric.cli;

import dev.rubric.lsp.LspCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rubric} command: a thin adapter from the terminal to the core. */
@Command(name = "rubric",
        mixinStandardHelpOptions = true,
        // every subcommand gets -h/--help and -V/--version too ("rubric check --help")
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Lints Markdown design documents the way a design reviewer reads them.",
        subcommands = {
                CheckCommand.class,
                RulesCommand.class,
                ExplainCommand.class,
                TemplatesCommand.class,
                InitCommand.class,
                LspCommand.class,
                ReportCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
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
        CommandLine cli = new CommandLine(new Main(), new Factory(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("rubric: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return USAGE_OR_IO;
        });
        cli.setExitCodeExceptionMapper(t -> USAGE_OR_IO);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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
