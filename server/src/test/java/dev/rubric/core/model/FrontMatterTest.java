package dev.rubric.core.model;

import static dev.rubric.core.model.Docs.at;
import static dev.rubric.core.model.Docs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML front matter: read when well-formed, reported (never thrown) when not. */
class FrontMatterTest {

    @Test
    void keysAreReadAndTheRangeCoversBothFences() {
        DesignDocument doc = parse("---\ntemplate: design-doc\ntitle: \"Search ranking v2\"\nowners: [a, b]\n---\n# Heading\n\nBody.\n");
        FrontMatter fm = doc.frontMatter();
        assertTrue(fm.present());
        assertNull(fm.error());
        assertEquals(Optional.of("design-doc"), fm.string("template"));
        assertEquals(Optional.of("Search ranking v2"), fm.string("title"));
        assertEquals(List.of("a", "b"), fm.values().get("owners"));
        assertEquals(Optional.empty(), fm.string("missing"));
        assertEquals(at(1, 1), fm.range().start());
        assertEquals(at(5, 4), fm.range().end());
        assertEquals("Search ranking v2", doc.title(), "front matter title wins over the heading");
        assertEquals(1, doc.sections().size());
    }

    @Test
    void crlfFrontMatterIsReadToo() {
        DesignDocument doc = parse("---\r\ntemplate: ml-infra\r\ntitle: Feature store\r\n---\r\n# H\r\n");
        assertNull(doc.frontMatter().error());
        assertEquals(Optional.of("ml-infra"), doc.frontMatter().string("template"));
        assertEquals(Optional.of("Feature store"), doc.frontMatter().string("title"));
        assertEquals(at(4, 4), doc.frontMatter().range().end());
    }

    @Test
    void theClosingFenceMayBeTheYamlDocumentEndMarker() {
        DesignDocument doc = parse("---\ntemplate: design-doc\n...\n# T\n");
        assertNull(doc.frontMatter().error());
        assertEquals(Optional.of("design-doc"), doc.frontMatter().string("template"));
        DesignDocument trailing = parse("---\ntemplate: ml-infra\n---   \n# T\n");
        assertEquals(Optional.of("ml-infra"), trailing.frontMatter().string("template"));
    }

    @Test
    void aFenceLikeLineInsideAQuotedValueIsPartOfTheValue() {
        DesignDocument doc = parse("---\ntitle: \"a\n---x\"\n---\n# T\n");
        assertEquals(Optional.of("a ---x"), doc.frontMatter().string("title"));
    }

    @Test
    void absentFrontMatterIsNotPresent() {
        DesignDocument doc = parse("# Title\n\n---\n\nA thematic break above is not front matter.\n");
        assertFalse(doc.frontMatter().present());
        assertNull(doc.frontMatter().range());
        assertTrue(doc.frontMatter().values().isEmpty());
    }

    @Test
    void emptyFrontMatterIsPresentAndEmpty() {
        DesignDocument doc = parse("---\n---\n# T\n");
        assertTrue(doc.frontMatter().present());
        assertNull(doc.frontMatter().error());
        assertTrue(doc.frontMatter().values().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "template: [unclosed\n",
            "title: \"open string\n",
            "a: b\n  c: d\n",
            "key: value\nkey: again\n",
            "\ttemplate: tabs-not-allowed\n",
            "anchor: *undefined\n",
    })
    void malformedYamlGivesAnErrorAndAnEmptyMapWithoutThrowing(String body) {
        DesignDocument doc = parse("---\n" + body + "---\n# Still parsed\n\nBody text.\n");
        FrontMatter fm = doc.frontMatter();
        assertTrue(fm.present());
        assertTrue(fm.error() != null && fm.error().startsWith("front matter is not valid YAML"), fm.error());
        assertTrue(fm.values().isEmpty());
        assertEquals(List.of("Body text."), Docs.texts(doc), "the rest of the document is still read");
        assertEquals("Still parsed", doc.title());
    }

    @Test
    void duplicateKeysAndAliasesAreErrorsNamingTheDocumentLine() {
        assertEquals("front matter is not valid YAML: Duplicate field 'template' (line 3)",
                parse("---\ntemplate: design-doc\ntemplate: ml-infra\n---\n").frontMatter().error());
        assertEquals("front matter is not valid YAML: YAML aliases are not supported: '*base' (line 3)",
                parse("---\nbase: &base design-doc\ntemplate: *base\n---\n").frontMatter().error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"- a\n- b\n", "just a string\n", "42\n"})
    void yamlThatIsNotAMappingIsAnError(String body) {
        DesignDocument doc = parse("---\n" + body + "---\nBody.\n");
        assertEquals("front matter is not a mapping of keys to values", doc.frontMatter().error());
        assertTrue(doc.frontMatter().values().isEmpty());
    }
}
