package dev.rubric.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rubric.core.config.ConfigNode.Entry;
import dev.rubric.core.config.ConfigNode.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link ConfigNode} tree with Jackson's streaming parser, so
 * every value keeps its line and column.
 *
 * <p>Duplicate keys are found here rather than with Jackson's STRICT_DUPLICATE_DETECTION: that
 * feature aborts parsing at the first duplicate, whereas reading on lets us report every
 * duplicate together with the file's other problems.
 */
final class ConfigTreeReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            // YAML 1.1 reads off/on/yes/no as booleans; a config says "vague-quantity: off"
            // and means the word, as YAML 1.2 and the editors' schema validation do
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            // (EMPTY_STRING_AS_NULL stays on: "template:" with nothing after it is null, the
            // same as in JSON, while a quoted "" is still an empty string)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    /**
     * The outcome of reading: the root value, or null when the text holds no value at all
     * (an empty or comment-only file); {@code malformed} when the text is not valid YAML/JSON.
     */
    record Tree(ConfigNode root, boolean malformed) {
    }

    private ConfigTreeReader() {
    }

    static boolean isJson(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static Tree read(String text, Path file, ProblemCollector problems) {
        boolean json = isJson(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1); // byte-order mark
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return new Tree(null, false);
            ConfigNode root = readValue(parser, file, problems);
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.add(file, locationOf(parser.currentTokenLocation()),
                        json ? "a config file must hold a single JSON value"
                             : "a config file must hold a single YAML document",
                        json ? "remove what follows the closing '}'" : "remove the second '---' and what follows it");
            }
            boolean empty = root instanceof ConfigNode.Scalar s && s.isNull(); // a lone "---" or "null"
            return new Tree(empty ? null : root, false);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                problems.add(file, locationOf(yaml.getProblemMark()), "malformed YAML: " + describe(yaml),
                        "check the indentation and quoting on this line and the one above");
            } else {
                problems.add(file, locationOf(e.getLocation()),
                        (json ? "malformed JSON: " : "malformed YAML: ") + firstLine(e.getOriginalMessage()),
                        json ? "check for a missing comma, quote or bracket just before this point"
                             : "check the indentation and quoting on this line and the one above");
            }
            return new Tree(null, true);
        } catch (IOException e) { // cannot happen when parsing a String, but the API declares it
            problems.add(file, Location.START, "cannot read config: " + e.getMessage(), null);
            return new Tree(null, true);
        }
    }

    /** Reads the value whose first token the parser is on, leaving it on the value's last token. */
    private static ConfigNode readValue(JsonParser parser, Path file, ProblemCollector problems) throws IOException {
        Location at = locationOf(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson does not expand aliases: it hands over the alias name as if it were a string
            problems.add(file, at, "YAML aliases are not supported: '*" + parser.getText() + "'",
                    "write the value out in full");
            return new ConfigNode.Scalar(at, null);
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = locationOf(parser.currentTokenLocation());
                    parser.nextToken();
                    ConfigNode value = readValue(parser, file, problems);
                    Entry first = entries.get(key);
                    if (first != null) {
                        problems.add(file, keyAt, "duplicate key '" + key + "'",
                                "already set at line " + first.keyLocation().line() + ", column "
                                        + first.keyLocation().column() + "; keep one of them");
                    } else {
                        entries.put(key, new Entry(key, keyAt, value));
                    }
                }
                return new ConfigNode.Mapping(at, entries);
            }
            case START_ARRAY: {
                List<ConfigNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, problems));
                }
                return new ConfigNode.Sequence(at, items);
            }
            case VALUE_STRING:
                return new ConfigNode.Scalar(at, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new ConfigNode.Scalar(at, parser.getNumberValue());
            case VALUE_TRUE:
                return new ConfigNode.Scalar(at, Boolean.TRUE);
            case VALUE_FALSE:
                return new ConfigNode.Scalar(at, Boolean.FALSE);
            case VALUE_NULL:
                return new ConfigNode.Scalar(at, null);
            default: // VALUE_EMBEDDED_OBJECT: a YAML !!binary and the like; keep its text
                return new ConfigNode.Scalar(at, parser.getText());
        }
    }

    private static Location locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) return Location.START;
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML's marks are 0-based. */
    private static Location locationOf(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * SnakeYAML's own message spans several lines with source excerpts; keep the problem and
     * say where the construct it was in began, e.g. "expected ',' or ']', but got &lt;stream
     * end&gt; (in a flow sequence that starts at line 1, column 8)".
     */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "unreadable input" : e.getProblem().strip();
        String context = e.getContext();
        Mark contextMark = e.getContextMark();
        if (context == null || contextMark == null) return problem;
        Location start = locationOf(contextMark);
        return problem + " (" + context.strip().replaceFirst("^while (parsing|scanning) ", "in ")
                + " that starts at line " + start.line() + ", column " + start.column() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable input";
        String line = message.strip().lines().findFirst().orElse("unreadable input");
        return line.strip();
    }
}
