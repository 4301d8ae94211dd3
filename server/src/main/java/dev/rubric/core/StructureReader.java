package dev.rubric.core;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.template.TemplateMapper;
import dev.rubric.core.template.TemplateMapping;
import dev.rubric.core.template.TemplateSelector;
import java.net.URI;

/**
 * A document's structure without its findings: the model and the template mapping, chosen and
 * mapped by the same code {@link Linter#lint} runs before the rules. For views that need only
 * the headings and the blocks they fill (an editor's outline while the full lint of a new
 * version is still running); a fraction of a lint's cost. Thread-safe.
 */
public final class StructureReader {
    private final DocumentParser parser;

    public StructureReader() {
        this(new DocumentParser());
    }

    /** Reads with the given parser (one the language server shares with its lints). */
    public StructureReader(DocumentParser parser) {
        this.parser = parser;
    }

    /** The model and mapping of one text; the same ones a lint of it with these options reports. */
    public Structure read(URI uri, String text, LintOptions options) {
        DesignDocument doc = parser.parse(uri, text);
        return new Structure(doc, map(doc, options));
    }

    /** Chooses the template and maps the sections to its blocks: the step every lint starts with. */
    static TemplateMapping map(DesignDocument doc, LintOptions options) {
        TemplateSelector.Choice choice = TemplateSelector.choose(doc, options.templates(), options.template(), options.templateForced());
        return TemplateMapper.map(doc, choice.template(), choice.how());
    }

    public record Structure(DesignDocument document, TemplateMapping mapping) {
    }
}
