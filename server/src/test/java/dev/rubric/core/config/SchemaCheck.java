package dev.rubric.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates config files against docs/schema/rubric.schema.json, as an editor would. */
final class SchemaCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    // read YAML as editors' YAML 1.2 support does: "off" is a word, a key with no value is null
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build());

    private final JsonSchema schema;

    SchemaCheck() {
        try {
            JsonNode schemaNode = JSON.readTree(ConfigFixtures.schemaFile().toFile());
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a config file; a file that is not valid YAML/JSON yields one complaint saying so. */
    List<String> errors(Path configFile) {
        JsonNode document;
        try {
            ObjectMapper mapper = configFile.toString().endsWith(".json") ? JSON : YAML;
            document = mapper.readTree(Files.readString(configFile));
        } catch (IOException e) {
            return List.of("unreadable: " + e.getMessage());
        }
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
