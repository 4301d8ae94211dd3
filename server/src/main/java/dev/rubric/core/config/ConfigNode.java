package dev.rubric.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML/JSON value that remembers where it was written. Jackson's own tree (JsonNode) drops
 * locations, and every config problem must point at a line and column, so the config is read
 * into this small tree instead.
 */
sealed interface ConfigNode {

    Location location();

    /** How the value reads in a message: "a mapping", "a list", "a string", ... */
    String kind();

    /** 1-based line and column. */
    record Location(int line, int column) {
        static final Location START = new Location(1, 1);
    }

    /** One key of a mapping, with the key's own location (where "unknown key" points). */
    record Entry(String key, Location keyLocation, ConfigNode value) {
    }

    record Mapping(Location location, Map<String, Entry> entries) implements ConfigNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(Location location, List<ConfigNode> items) implements ConfigNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A string, number, boolean or null (an empty YAML value). */
    record Scalar(Location location, Object value) implements ConfigNode {
        boolean isNull() {
            return value == null;
        }

        boolean isString() {
            return value instanceof String;
        }

        String text() {
            return (String) value;
        }

        @Override
        public String kind() {
            if (value == null) return "nothing";
            if (value instanceof String) return "a string";
            if (value instanceof Boolean) return "a boolean";
            if (value instanceof Number) return "a number";
            return "a value";
        }
    }
}
