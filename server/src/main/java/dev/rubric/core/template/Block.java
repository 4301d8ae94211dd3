package dev.rubric.core.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One block of a template: the part of a design document that answers one question.
 *
 * @param id        stable identifier, used in messages, config and outlines
 * @param title     the heading Rubric suggests and inserts
 * @param headings  heading phrases that mean this block (matched after normalisation)
 * @param evidence  words and phrases whose presence in a section's prose shows it fills
 *                  this block, used when a heading matches nothing
 * @param required  a missing required block is a warning; an optional one is not reported
 * @param concerns  core checks this block is the home of ("latency-budget", "monitoring"),
 *                  so their findings point at the block's heading and their fixes land there
 * @param skeleton  Markdown inserted under the heading by the "insert block" fix
 * @param checklist what a reviewer expects from the block, shown on hover
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Block(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("headings") List<String> headings,
        @JsonProperty("evidence") List<String> evidence,
        @JsonProperty("required") Boolean required,
        @JsonProperty("concerns") List<String> concerns,
        @JsonProperty("skeleton") String skeleton,
        @JsonProperty("checklist") List<String> checklist) {

    public Block {
        headings = headings == null ? List.of() : List.copyOf(headings);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        required = required == null ? Boolean.TRUE : required;
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        skeleton = skeleton == null ? "" : skeleton;
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    public boolean isRequired() {
        return required;
    }
}
