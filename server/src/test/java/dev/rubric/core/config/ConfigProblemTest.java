package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigProblemTest {
    private static final Path FILE = Path.of("/repo/.rubric.yaml");

    @Test
    void printsFileLineColumnMessageAndHint() {
        ConfigProblem problem = new ConfigProblem(FILE, 3, 1, "unknown key 'rulez'", "did you mean 'rules'?");
        assertEquals("/repo/.rubric.yaml:3:1: unknown key 'rulez' (hint: did you mean 'rules'?)", problem.toString());
    }

    @Test
    void leavesTheHintOutWhenThereIsNone() {
        assertEquals("/repo/.rubric.yaml:1:1: config file not found",
                new ConfigProblem(FILE, 1, 1, "config file not found", null).toString());
        assertEquals("/repo/.rubric.yaml:1:1: config file not found",
                new ConfigProblem(FILE, 1, 1, "config file not found", " ").toString());
    }

    @Test
    void anExceptionsMessageIsAllItsProblemsOnePerLine() {
        ConfigProblem first = new ConfigProblem(FILE, 3, 1, "unknown key 'rulez'", "did you mean 'rules'?");
        ConfigProblem second = new ConfigProblem(FILE, 5, 9, "'ignore' must be a list of globs, found a string", null);
        ConfigException e = new ConfigException(List.of(first, second));
        assertEquals(first + "\n" + second, e.getMessage());
        assertEquals(List.of(first, second), e.problems());
    }

    @Test
    void anExceptionKeepsItsOwnCopyOfTheProblems() {
        List<ConfigProblem> problems = new ArrayList<>(List.of(new ConfigProblem(FILE, 1, 1, "x", null)));
        ConfigException e = new ConfigException(problems);
        problems.clear();
        assertEquals(1, e.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> e.problems().clear());
    }

    @Test
    void anExceptionWithoutProblemsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new ConfigException(List.of()));
    }
}
