package dev.rubric.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/schema/rubric.schema.json says the same as the loader, and is itself a valid schema. */
class RubricSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema() throws IOException {
        return JSON.readTree(ConfigFixtures.schemaFile().toFile());
    }

    @Test
    void isAValidDraft202012Schema() throws IOException {
        JsonNode metaSchema = JSON.readTree("{\"$ref\": \"https://json-schema.org/draft/2020-12/schema\"}");
        var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(metaSchema);
        assertEquals(Set.of(), validator.validate(schema()));
    }

    @Test
    void describesExactlyTheTopLevelKeysTheLoaderKnows() throws IOException {
        assertEquals(new LinkedHashSet<>(ConfigInterpreter.TOP_LEVEL_KEYS), fieldNames(schema().get("properties")));
        assertFalse(schema().get("additionalProperties").asBoolean(), "unknown top-level keys are errors");
    }

    @Test
    void listsEveryKnownRuleSoEditorsCanCompleteThem() throws IOException {
        assertEquals(ConfigFixtures.KNOWN_RULE_IDS, fieldNames(schema().at("/properties/rules/properties")));
    }

    @Test
    void everyPropertyHasADescription() throws IOException {
        List<String> undescribed = new ArrayList<>();
        JsonNode root = schema();
        root.get("properties").fields().forEachRemaining(e -> {
            if (!describes(root, e.getValue())) undescribed.add(e.getKey());
        });
        root.at("/properties/rules/properties").fields().forEachRemaining(e -> {
            if (!e.getValue().has("description")) undescribed.add("rules." + e.getKey());
        });
        assertEquals(List.of(), undescribed);
    }

    @Test
    void offersAutoAndEveryBuiltInTemplateId() throws IOException {
        Set<String> offered = new HashSet<>();
        schema().at("/$defs/templateId/anyOf/0/enum").forEach(id -> offered.add(id.asText()));
        // not TemplateRegistry.BUILT_IN: reading it loads the built-in template files, which this
        // test does not need; ConfigFixtures spells out the same four ids
        Set<String> expected = new HashSet<>(ConfigFixtures.BUILT_IN_TEMPLATE_IDS);
        expected.add(RubricConfig.AUTO);
        assertEquals(expected, offered);
    }

    @Test
    void acceptsTheSeveritySpellingsTheLoaderAccepts() throws IOException {
        Set<String> inSchema = new HashSet<>();
        schema().at("/$defs/severity/enum").forEach(s -> inSchema.add(s.asText()));
        Set<String> inLoader = new HashSet<>(ConfigInterpreter.SEVERITY_WORDS);
        inLoader.addAll(List.of("warn", "information"));
        assertEquals(inLoader, inSchema);
    }

    /** A property's description may sit on it or on the definition it refers to. */
    private static boolean describes(JsonNode root, JsonNode property) {
        if (property.has("description")) return true;
        for (JsonNode option : property.path("oneOf")) {
            if (option.has("$ref") && root.at(option.get("$ref").asText().substring(1)).has("description")) return true;
        }
        return property.has("$ref") && root.at(property.get("$ref").asText().substring(1)).has("description");
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        assertTrue(!names.isEmpty(), "no properties found");
        return names;
    }
}
