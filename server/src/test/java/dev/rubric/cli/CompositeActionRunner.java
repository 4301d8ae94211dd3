package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs steps of the repository's action.yml the way the Actions runner does — bash with
 * {@code -eo pipefail}, the step's env with expressions resolved, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files — so tests exercise the real shell scripts, not copies. Steps
 * that only call other actions (setup-java, upload-sarif) are not run. {@code java -jar
 * rubric.jar} is served from the test classpath, so no jar needs building.
 */
final class CompositeActionRunner {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

    final JsonNode action;
    private final Path workspace;
    private final Path temp;
    private final Path bin;
    private final Map<String, String> inputs = new HashMap<>();
    private final Map<String, String> github = new HashMap<>();
    private final Map<String, Map<String, String>> outputs = new HashMap<>();
    final Path summary;

    CompositeActionRunner(Path workspace, Path temp) throws IOException {
        this.action = new YAMLMapper().readTree(CliRun.repoRoot().resolve("action.yml").toFile());
        this.workspace = workspace;
        this.temp = Files.createDirectories(temp);
        this.summary = temp.resolve("step-summary.md");
        Files.writeString(summary, "");
        for (Iterator<Map.Entry<String, JsonNode>> it = action.get("inputs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> input = it.next();
            inputs.put(input.getKey(), input.getValue().path("default").asText(""));
        }
        this.bin = Files.createDirectories(temp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                # stands in for `java -jar rubric.jar`: the same Main, from the test classpath
                if [ "$1" = "-jar" ]; then shift 2; fi
                exec "$RUBRIC_REAL_JAVA" -cp "$RUBRIC_TEST_CLASSPATH" dev.rubric.cli.Main "$@"
                """);
        java.toFile().setExecutable(true);
    }

    CompositeActionRunner input(String name, String value) {
        if (!inputs.containsKey(name)) throw new AssertionError("action.yml declares no input " + name);
        inputs.put(name, value);
        return this;
    }

    CompositeActionRunner github(String name, String value) {
        github.put(name, value);
        return this;
    }

    Map<String, String> outputs(String stepId) {
        return outputs.getOrDefault(stepId, Map.of());
    }

    JsonNode step(String name) {
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.path("name").asText().equals(name)) return step;
        }
        throw new AssertionError("action.yml has no step named " + name);
    }

    /** Runs a step's script; returns what it printed. */
    Shell run(String stepName) throws Exception {
        JsonNode step = step(stepName);
        Path outputFile = temp.resolve("output-" + outputs.size());
        Files.writeString(outputFile, "");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("RUBRIC_REAL_JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        env.put("RUBRIC_TEST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("RUBRIC_JAR", "rubric.jar");
        env.put("GITHUB_ACTION_PATH", CliRun.repoRoot().toString());
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_ENV", temp.resolve("github-env").toString());
        env.put("RUNNER_TEMP", temp.toString());
        for (Iterator<Map.Entry<String, JsonNode>> it = step.path("env").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            env.put(e.getKey(), resolve(e.getValue().asText()));
        }
        Path script = temp.resolve("step.sh");
        Files.writeString(script, step.get("run").asText());
        Shell result = Shell.run(workspace, env, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
        Map<String, String> written = new HashMap<>();
        for (String line : Files.readAllLines(outputFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) written.put(line.substring(0, eq), line.substring(eq + 1));
        }
        if (step.has("id")) outputs.put(step.get("id").asText(), written);
        return result;
    }

    /** Resolves the expressions the action's env blocks use: inputs, github context, step outputs. */
    String resolve(String value) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expression = m.group(1);
            String resolved;
            if (expression.startsWith("inputs.")) {
                resolved = inputs.get(expression.substring("inputs.".length()));
            } else if (expression.startsWith("github.")) {
                resolved = github.getOrDefault(expression.substring("github.".length()), "");
            } else if (expression.startsWith("steps.")) {
                String[] parts = expression.split("\\.");
                if (parts.length != 4 || !parts[2].equals("outputs")) throw new AssertionError("unsupported expression " + expression);
                resolved = outputs(parts[1]).getOrDefault(parts[3], "");
            } else {
                throw new AssertionError("unsupported expression " + expression);
            }
            if (resolved == null) throw new AssertionError("unknown input in " + expression);
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Set<String> declared(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
