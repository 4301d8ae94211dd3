package dev.rubric.lsp;

import dev.rubric.core.template.Block;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion in two places. After the {@code #} of a heading: the template's blocks that the
 * document does not have yet, each inserting its heading and its skeleton (as a snippet with
 * the blanks as tab stops when the client takes snippets). In the front matter: template ids
 * for {@code template:}.
 */
final class CompletionProvider {
    private static final Pattern HEADING_PREFIX = Pattern.compile("^ {0,3}(#{1,6})([ \\t]*[^#]*)$");
    private static final Pattern TEMPLATE_VALUE = Pattern.compile("^\\s*(?:template|rubric-template)\\s*:\\s*([\\w-]*)$");
    private static final Pattern KEY_PREFIX = Pattern.compile("^\\s*([\\w-]*)$");

    private final Analyzer analyzer;

    CompletionProvider(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    CompletionList complete(String uri, Position position, PositionEncoding encoding, boolean snippets, CancelChecker cancel) {
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return new CompletionList(List.of());
        LineIndex lines = analysis.result().document().lines();
        Coordinates coordinates = new Coordinates(lines, encoding);
        int offset = coordinates.offset(position);
        int line = lines.lineOf(offset);
        int lineStart = lines.lineStart(line);
        String prefix = lines.text().substring(lineStart, offset);

        if (inFrontMatter(lines, line)) {
            return new CompletionList(frontMatterItems(prefix, lineStart, offset, analysis, coordinates));
        }
        Matcher heading = HEADING_PREFIX.matcher(prefix);
        boolean inCode = analysis.result().document().code().stream().anyMatch(c -> c.range().contains(offset));
        if (heading.matches() && !inCode) { // "# comment" in a code block is not a heading
            int afterHashes = lineStart + heading.start(2);
            return new CompletionList(headingItems(analysis.result().mapping(), afterHashes, offset, coordinates, snippets));
        }
        return new CompletionList(List.of());
    }

    private static List<CompletionItem> headingItems(TemplateMapping mapping, int from, int to, Coordinates coordinates,
                                                     boolean snippets) {
        List<CompletionItem> items = new ArrayList<>();
        List<Block> blocks = mapping.template().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (mapping.isPresent(block)) continue;
            CompletionItem item = new CompletionItem(block.title());
            item.setKind(CompletionItemKind.Snippet);
            item.setDetail((block.isRequired() ? "missing block" : "optional block") + " of " + mapping.template().id());
            if (!block.checklist().isEmpty()) {
                item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN,
                        "Reviewers expect:\n\n- " + String.join("\n- ", block.checklist())));
            }
            item.setSortText(String.format("%02d", i)); // template order, not alphabetical
            item.setFilterText(" " + block.title());
            String body = " " + (snippets ? escape(block.title()) : block.title()) + "\n\n"
                    + (snippets ? snippet(block.skeleton()) : block.skeleton());
            item.setInsertTextFormat(snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
            item.setTextEdit(Either.forLeft(new TextEdit(coordinates.range(from, to), body)));
            items.add(item);
        }
        return items;
    }

    private static List<CompletionItem> frontMatterItems(String prefix, int lineStart, int offset, Analysis analysis,
                                                         Coordinates coordinates) {
        List<CompletionItem> items = new ArrayList<>();
        Matcher value = TEMPLATE_VALUE.matcher(prefix);
        Matcher key = KEY_PREFIX.matcher(prefix);
        for (Template t : analysis.config().options().templates().all()) {
            CompletionItem item;
            if (value.matches()) {
                item = new CompletionItem(t.id());
                item.setTextEdit(Either.forLeft(new TextEdit(coordinates.range(lineStart + value.start(1), offset), t.id())));
            } else if (key.matches()) {
                item = new CompletionItem("template: " + t.id());
                item.setFilterText("template: " + t.id());
                item.setTextEdit(Either.forLeft(new TextEdit(coordinates.range(lineStart + key.start(1), offset), "template: " + t.id())));
            } else {
                return List.of();
            }
            item.setKind(CompletionItemKind.EnumMember);
            item.setDetail(t.title());
            if (!t.description().isBlank()) item.setDocumentation(t.description());
            items.add(item);
        }
        return items;
    }

    /** Between an opening {@code ---} on the first line and its closing {@code ---} (or the end, while it is typed). */
    static boolean inFrontMatter(LineIndex lines, int line) {
        if (line == 0 || !lines.lineText(0).strip().equals("---")) return false;
        for (int l = 1; l < lines.lineCount(); l++) {
            String text = lines.lineText(l).strip();
            if (text.equals("---") || text.equals("...")) return line < l;
        }
        return true;
    }

    /** A skeleton as a snippet: each blank becomes a tab stop holding the blank, the cursor ends after it. */
    static String snippet(String skeleton) {
        StringBuilder out = new StringBuilder();
        int stop = 1;
        String[] parts = skeleton.split("___", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(escape(parts[i]));
            if (i < parts.length - 1) out.append("${").append(stop++).append(":___}");
        }
        return out.append("$0").toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }
}
