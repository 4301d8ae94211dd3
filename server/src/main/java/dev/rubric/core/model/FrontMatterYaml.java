package dev.rubric.core.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a front-matter body into plain Java values — maps, lists, strings, numbers, booleans,
 * nulls — the values Jackson's {@code readValue(body, Object.class)} gives, from one pass of
 * Jackson's streaming YAML parser. Most documents have front matter, and setting up an
 * ObjectMapper for it was a noticeable part of a one-file `rubric check` start-up; a test
 * checks both readings agree.
 *
 * <p>Refuses what Jackson would otherwise read silently wrong: a key given twice (the last one
 * would win) and aliases ("template: *base" would read as the string "base").
 */
final class FrontMatterYaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private FrontMatterYaml() {
    }

    static Object read(String body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = next(parser);
            if (first == null) {
                // no value at all (only comments): Jackson's own error says so
                return Jackson.MAPPER.readValue(body, Object.class);
            }
            Object value = value(parser, first);
            // the rest (a further document) is not read, but is checked like the first
            while (next(parser) != null) {
                // nothing to keep
            }
            return value;
        }
    }

    /** The next token, refusing an alias. */
    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != null && parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new JsonParseException(parser, "YAML aliases are not supported: '*" + parser.getText() + "'",
                    parser.currentTokenLocation());
        }
        return token;
    }

    /** The value that starts at {@code token}, read up to its last token; as Jackson's untyped reading builds it. */
    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) throw new JsonParseException(parser, "unexpected end of YAML", parser.currentLocation());
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = next(parser); t != JsonToken.END_OBJECT; t = next(parser)) {
                    if (t != JsonToken.FIELD_NAME) throw new JsonParseException(parser, "expected a key, got " + t, parser.currentLocation());
                    String key = parser.currentName();
                    map.put(key, value(parser, next(parser)));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
                    list.add(value(parser, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return switch (parser.getNumberTypeFP()) {
                    case BIG_DECIMAL -> parser.getDecimalValue();
                    case FLOAT32 -> parser.getFloatValue();
                    default -> parser.getDoubleValue();
                };
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_EMBEDDED_OBJECT -> {
                return parser.getEmbeddedObject();
            }
            default -> throw new JsonParseException(parser, "unexpected YAML token " + token, parser.currentTokenLocation());
        }
    }

    /** Only for the rare body the streaming reading leaves to Jackson; created then, not at start-up. */
    private static final class Jackson {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    }
}
