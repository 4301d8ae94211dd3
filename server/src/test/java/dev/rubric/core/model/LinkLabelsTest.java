package dev.rubric.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Link labels are read as Flexmark's own expression reads them, without its exponential
 * backtracking on a label that never closes.
 */
class LinkLabelsTest {
    /** Flexmark's expression; if an upgrade changes it, {@link LinkLabels} must be checked against the new one. */
    private static final Pattern FLEXMARK = new Parsing(new MutableDataSet()).LINK_LABEL;
    /** Characters that decide how a label reads, a surrogate pair's halves, and plain ones. */
    private static final String ALPHABET = "[]\\\\\\*a \n\ud83d\ude00_`";

    @Test
    void flexmarksExpressionIsTheOneThisMirrors() {
        assertEquals("^\\[(?:[^\\\\\\[\\]]|\\\\[!\"#$%&'()*+,./:;<=>?@\\[\\]\\\\^_`{|}~-]|\\\\){0,"
                + LinkLabels.MAX_UNITS + "}\\]", FLEXMARK.pattern());
    }

    @Test
    void readsWhatTheExpressionReadsWithSmallUnitLimits() {
        Random random = new Random(20261205);
        for (int units = 0; units <= 6; units++) {
            int limit = units;
            Pattern expression = Pattern.compile(FLEXMARK.pattern().replace("{0," + LinkLabels.MAX_UNITS + "}", "{0," + limit + "}"));
            for (int i = 0; i < 40_000; i++) {
                String text = randomText(random, 1 + random.nextInt(16));
                int start = random.nextInt(text.length());
                assertEquals(expressionLength(expression, text, start), LinkLabels.length(text, start, limit),
                        () -> "limit " + limit + ", start " + start + " in " + escaped(text));
            }
        }
    }

    @Test
    void readsWhatFlexmarksExpressionReads() {
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            // short enough that the expression's backtracking stays cheap
            String text = "[" + randomText(random, random.nextInt(22));
            assertEquals(expressionLength(FLEXMARK, text, 0), LinkLabels.length(text, 0), () -> escaped(text));
        }
    }

    @Test
    void theUnitLimitCountsEscapesAsOneUnit() {
        String fits = "[" + "\\*".repeat(LinkLabels.MAX_UNITS) + "]";
        assertEquals(fits.length(), LinkLabels.length(fits, 0));
        String over = "[" + "a".repeat(LinkLabels.MAX_UNITS + 1) + "]";
        assertEquals(0, LinkLabels.length(over, 0));
        assertEquals(expressionLength(FLEXMARK, fits, 0), LinkLabels.length(fits, 0));
        assertEquals(expressionLength(FLEXMARK, over, 0), LinkLabels.length(over, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "- [", "> [", "a [x][", "[x]\n["})
    void aLabelThatNeverClosesParsesQuickly(String opener) {
        // with the expression, 20 escapes took 0.2-0.5 s and each one more doubled it: 400 would never finish
        String text = "# Escapes\n\n" + opener + "\\*".repeat(400) + " and no closing bracket.\n\nNext paragraph.\n";
        DesignDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new DocumentParser().parse(null, text));
        assertEquals("Next paragraph.", doc.units().get(doc.units().size() - 1).normalized());
    }

    @Test
    void referencesAndReferenceLinksStillParse() {
        String text = "See [the \\[design\\]][ref] and [plain][ref2].\n\n[ref]: https://example.com/a \"A\"\n[ref2]: <https://example.com/b>\n";
        Document tree = new DocumentParser().parseAst(text);
        assertEquals(2, FlexmarkTrees.count(tree, Reference.class), "reference definitions need their reader added beside the inline parser");
        assertEquals(2, FlexmarkTrees.count(tree, LinkRef.class));
    }

    @Test
    void theRepositorysDocumentsGetFlexmarksOwnTree() throws IOException {
        DocumentParser ours = new DocumentParser();
        int documents = 0;
        for (Path file : SplitParseTest.repositoryDocuments()) {
            String text = Files.readString(file);
            assertEquals(FlexmarkTrees.dump(FlexmarkTrees.stockTree(text)), FlexmarkTrees.dump(ours.parseAst(text)), file::toString);
            documents++;
        }
        assertTrue(documents > 100, "found the repository's documents: " + documents);
    }

    @Test
    void bracketAndBackslashHeavyTextGetsFlexmarksOwnTree() {
        String[] pieces = {"[", "]", "\\", "\\*", "\\]", "\\[", "[x]", "[x]: /u", "[x][y]", "(/u)", ": ", "\"t\"", "a", " ", "\n", "\n\n", "- ", "> ", "| a |\n|---|\n"};
        FlexmarkTrees.assertStockTreesOfRandomTexts(pieces, 11, 3_000, 24);
    }

    /** What Flexmark's parser does with the expression: match from {@code start} to the end. */
    private static int expressionLength(Pattern expression, String text, int start) {
        Matcher m = expression.matcher(text);
        m.region(start, text.length());
        return m.find() ? m.end() - m.start() : 0;
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
