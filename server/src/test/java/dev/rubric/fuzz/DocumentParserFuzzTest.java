package dev.rubric.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.model.CodeUnit;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.model.HtmlComment;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.Range;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The document model builder on any text: it never throws, every range it reports lies within
 * the text, and a prose unit's text is exactly as long as the span it stands for (rules rely on
 * that to turn offsets inside a unit into document offsets).
 */
class DocumentParserFuzzTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static final URI URI_ = URI.create("file:///fuzz/doc.md");

    // an input that runs longer is a finding (libFuzzer's -timeout, which Jazzer takes from
    // @Timeout): maxDuration is only checked between inputs, so one slow input could hold CI
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "60s")
    void parse(FuzzedDataProvider data) {
        check(MarkdownInput.from(data, 200));
    }

    static void check(String text) {
        DesignDocument doc = PARSER.parse(URI_, text);
        assertNotNull(doc);
        int n = text.length();
        for (ProseUnit u : doc.units()) {
            within(u.range(), n, "unit " + u.index());
            assertEquals(u.range().endOffset() - u.range().startOffset(), u.text().length(),
                    "unit " + u.index() + " text length differs from its span " + u.range());
            assertNotNull(u.section(), "unit without a section");
        }
        within(doc.root().range(), n, "root section");
        for (Section s : doc.sections()) {
            within(s.range(), n, "section " + s.title());
            within(s.headingRange(), n, "heading of " + s.title());
            assertTrue(s.headingRange().startOffset() >= s.range().startOffset(), "heading starts before its section");
            assertTrue(s.ownEndOffset() >= s.range().startOffset() && s.ownEndOffset() <= n,
                    "own end " + s.ownEndOffset() + " outside section " + s.range());
        }
        for (CodeUnit c : doc.code()) within(c.range(), n, "code block");
        for (HtmlComment c : doc.comments()) within(c.range(), n, "comment");
        if (doc.frontMatter().present()) within(doc.frontMatter().range(), n, "front matter");
        within(doc.anchorRange(), n, "anchor");
    }

    static void within(Range r, int length, String what) {
        assertNotNull(r, what + " has no range");
        assertTrue(0 <= r.startOffset() && r.startOffset() <= r.endOffset() && r.endOffset() <= length,
                what + " range " + r.startOffset() + ".." + r.endOffset() + " outside text of length " + length);
    }
}
