package dev.rubric.core.template;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import java.util.List;

/** A small template written in code, so these specifications do not depend on the built-in YAML. */
final class Templates {
    static final Block PROBLEM = new Block("problem", "Problem", List.of("motivation", "background"),
            List.of("users", "today", "pain"), true, List.of("problem-framing"), "Who has the problem: ___\n", List.of());
    static final Block DATA = new Block("data", "Data", List.of("data pipeline", "training data"),
            List.of("labels", "features", "dataset"), true, List.of(), "", List.of());
    static final Block MODEL = new Block("model", "Model", List.of("modelling", "model architecture"),
            List.of("baseline", "loss", "ranker", "embedding"), true, List.of(), "", List.of());
    static final Block MONITORING = new Block("monitoring", "Monitoring", List.of("observability", "model monitoring"),
            List.of("dashboard", "alert", "drift", "on call"), true, List.of("monitoring"), "- Alert when ___\n", List.of());
    static final Block APPENDIX = new Block("appendix", "Appendix", List.of("references"), List.of(), false, List.of(), "", List.of());
    static final Template SMALL = new Template("small", "Small template", "for tests", List.of("ranker", "embedding"),
            List.of(PROBLEM, DATA, MODEL, MONITORING, APPENDIX), List.of(List.of("data", "model")));

    private Templates() {
    }

    static DesignDocument parse(String markdown) {
        return new DocumentParser().parse(null, markdown);
    }
}
