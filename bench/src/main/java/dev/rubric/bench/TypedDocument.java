package dev.rubric.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A long generated design doc being typed into: each {@link #nextVersion()} appends one
 * character to a prose line picked at random (outside code, not a heading, table row or rule)
 * and returns the whole new text, the same sequence for the same size every run.
 */
final class TypedDocument {
    private final List<String> lines;
    private final List<Integer> prose = new ArrayList<>();
    private final Random random = new Random(3);

    TypedDocument(int size) {
        lines = new ArrayList<>(DesignDocGenerator.generate(11, size).lines().toList());
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) inCode = !inCode;
            if (!inCode && !l.isBlank() && !l.startsWith("#") && !l.startsWith("|") && !l.startsWith("```") && !l.startsWith("---")) prose.add(i);
        }
    }

    /** The text after one more character is typed. */
    String nextVersion() {
        int line = prose.get(random.nextInt(prose.size()));
        lines.set(line, lines.get(line) + "x");
        return String.join("\n", lines) + "\n";
    }
}
