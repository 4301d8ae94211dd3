package dev.rubric.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Gathers problems while a config (and everything it pulls in) is read, so all are reported at once. */
final class ProblemCollector {
    private final List<ConfigProblem> problems = new ArrayList<>();

    void add(Path file, ConfigNode.Location at, String message, String hint) {
        problems.add(new ConfigProblem(file, at.line(), at.column(), message, hint));
    }

    int count() {
        return problems.size();
    }

    /** Problems added since {@code mark} (a previous {@link #count()}) that belong to {@code file}. */
    long countSince(int mark, Path file) {
        return problems.subList(mark, problems.size()).stream().filter(p -> file.equals(p.file())).count();
    }

    void throwIfAny() throws ConfigException {
        if (!problems.isEmpty()) throw new ConfigException(problems);
    }
}
