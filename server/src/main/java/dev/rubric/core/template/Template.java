package dev.rubric.core.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A design-document template as data: an ordered list of blocks. Blocks' order in the list is
 * their expected position in a document.
 *
 * @param detect     words whose presence suggests a document follows this template, used by
 *                   auto-detection alongside heading matches
 * @param neverMerge pairs of block ids that must have sections of their own
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Template(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("description") String description,
        @JsonProperty("detect") List<String> detect,
        @JsonProperty(value = "blocks", required = true) List<Block> blocks,
        @JsonProperty("neverMerge") List<List<String>> neverMerge) {

    public Template {
        description = description == null ? "" : description;
        detect = detect == null ? List.of() : List.copyOf(detect);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        neverMerge = neverMerge == null ? List.of() : List.copyOf(neverMerge);
    }

    public Optional<Block> block(String blockId) {
        return blocks.stream().filter(b -> b.id().equals(blockId)).findFirst();
    }

    public int position(Block block) {
        return blocks.indexOf(block);
    }

    /** The block that is home to a core check, if the template has one. */
    public Optional<Block> homeOf(String concern) {
        return blocks.stream().filter(b -> b.concerns().contains(concern)).findFirst();
    }
}
