package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming front-matter reader gives what Jackson's data binding gave, value and type. */
class FrontMatterYamlTest {
    private static final ObjectMapper JACKSON = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = {
            "template: design-doc\ntitle: \"Search ranking v2\"\nowners: [a, b]\n",
            "n: 12\nbig: 123456789012\nhuge: 123456789012345678901234567890\nhex: 0x1F\nneg: -3\n",
            "f: 1.5\ne: 1e3\nq: '1.5'\nv: 1.2.3\n",
            "yes: true\nno: false\nnull: ~\nempty:\nword: yes\n",
            "nested:\n  a: [1, {b: c}]\n  d:\n    - x\n    - - y\n      - z\nempty-map: {}\nempty-list: []\n",
            "date: 2024-05-01\nstamp: 2024-05-01T10:00:00Z\n",
            "text: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
            "just a string\n",
            "- a\n- b\n",
            "42\n",
            "? complex\n: key\n",
            "1: one\ntrue: yes\n",
    })
    void readsWhatJacksonReads(String body) throws IOException {
        Object expected = JACKSON.readValue(body, Object.class);
        Object actual = FrontMatterYaml.read(body);
        assertEquals(expected, actual);
        assertEquals(typesOf(expected), typesOf(actual));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# only a comment\n", "inf: .inf\n", "a: [1, 2\n", "a: b\n  c: d\n", "a: 1\na: 2\n", "base: &b x\nt: *b\n"})
    void refusesWhatItShouldAsJacksonParseErrors(String body) {
        assertThrows(JsonProcessingException.class, () -> FrontMatterYaml.read(body));
    }

    /** The value's shape with each leaf's class, so 1 (Integer) and 1.0 (Double) differ. */
    private static String typesOf(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            StringBuilder sb = new StringBuilder(map.getClass().getSimpleName()).append('{');
            map.forEach((k, v) -> sb.append(k).append('=').append(typesOf(v)).append(','));
            return sb.append('}').toString();
        }
        if (value instanceof java.util.List<?> list) {
            StringBuilder sb = new StringBuilder(list.getClass().getSimpleName()).append('[');
            for (Object v : list) sb.append(typesOf(v)).append(',');
            return sb.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + Objects.toString(value);
    }
}
