package dev.rubric.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Rule documentation pages, packaged into the jar from docs/rules. */
public final class RuleDocs {
    public static final String BASE_URI = "https://github.com/rubric-lint/rubric/blob/main/docs/rules/";

    private RuleDocs() {
    }

    public static String uri(String ruleId) {
        return BASE_URI + ruleId + ".md";
    }

    public static Optional<String> page(String ruleId) {
        if (!ruleId.matches("[a-z0-9-]+")) return Optional.empty();
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/rubric/docs/rules/" + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
