package dev.rubric.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rubric report DOC.md... -o report.html}: the HTML readiness report. Documents are
 * found, configured and linted exactly as {@code rubric check} does — this command runs check
 * with {@code --format html} — so the report never disagrees with CI.
 */
@Command(name = "report",
        description = "Writes a self-contained HTML readiness report (score, block coverage, budget figures, findings with fixes) "
                + "for reviewing design documents before a design review or an interview.")
final class ReportCommand implements Callable<Integer> {
    static final String DEFAULT_OUTPUT = "rubric-report.html";

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders, globs, or - for stdin")
    List<String> operands = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = DEFAULT_OUTPUT,
            description = "the HTML file to write, - for standard output (default: " + DEFAULT_OUTPUT + ")")
    String output;

    @Option(names = "--template", paramLabel = "ID", description = "template for every document (overrides config and front matter)")
    String template;

    @Option(names = "--config", paramLabel = "FILE", description = "use this config file instead of the nearest .rubric.yaml")
    Path configFile;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "documents linted in parallel (default: one per core)")
    Integer jobs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    ReportCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> args = new ArrayList<>(List.of("--format", "html", "--output", output));
        if (template != null) args.addAll(List.of("--template", template));
        if (configFile != null) args.addAll(List.of("--config", configFile.toString()));
        if (jobs != null) args.addAll(List.of("--jobs", jobs.toString()));
        args.add("--");
        args.addAll(operands);

        CommandLine check = new CommandLine(new CheckCommand(stdin));
        check.setOut(out);
        check.setErr(err);
        check.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
        check.setExitCodeExceptionMapper(spec.commandLine().getExitCodeExceptionMapper());
        int code = check.execute(args.toArray(String[]::new));
        // findings are what the report is for, not a failure to write it
        if (code == Main.FINDINGS) code = Main.OK;
        if (code == Main.OK && !output.equals("-")) out.println("rubric: wrote " + output);
        return code;
    }
}
