package dev.rubric.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Throws all problems, file by file and by position within a file, which is how a person
     * reads them (checks that run after the first pass, on templates and extends, would
     * otherwise come out of line order). The file that was asked for comes first, then the
     * files it pulls in, in the order they were reported on.
     */
    void throwIfAny(Path requestedFile) throws ConfigException {
        if (problems.isEmpty()) return;
        List<Path> fileOrder = new ArrayList<>(List.of(requestedFile));
        problems.stream().map(ConfigProblem::file).distinct().filter(f -> !f.equals(requestedFile)).forEach(fileOrder::add);
        List<ConfigProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((ConfigProblem p) -> fileOrder.indexOf(p.file()))
                .thenComparingInt(ConfigProblem::line)
                .thenComparingInt(ConfigProblem::column));
        throw new ConfigException(sorted);
    }
}
