package dev.rubric.core.template;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the template for a document: front matter first, then the caller's choice (config
 * or CLI flag), then auto-detection — the template whose blocks the headings name most, with
 * the template's topic words breaking ties.
 */
public final class TemplateSelector {
    public static final String AUTO = "auto";

    private TemplateSelector() {
    }

    public record Choice(Template template, String how) {
    }

    /**
     * @param requested a template id, "auto", or null; an unknown id falls back to detection
     *                  (the caller reports it — config validation does so with a location)
     * @param forced    the request outranks the document's front matter (a command-line flag)
     */
    public static Choice choose(DesignDocument doc, TemplateRegistry registry, String requested, boolean forced) {
        if (forced && requested != null && registry.get(requested.trim()).isPresent()) {
            return new Choice(registry.get(requested.trim()).get(), "command line");
        }
        Optional<String> fromFrontMatter = doc.frontMatter().string("template")
                .or(() -> doc.frontMatter().string("rubric-template"));
        if (fromFrontMatter.isPresent() && registry.get(fromFrontMatter.get().trim()).isPresent()) {
            return new Choice(registry.get(fromFrontMatter.get().trim()).get(), "front matter");
        }
        if (requested != null && !requested.isBlank() && !AUTO.equals(requested)) {
            Optional<Template> t = registry.get(requested.trim());
            if (t.isPresent()) return new Choice(t.get(), "config");
        }
        return detect(doc, registry);
    }

    public static Choice detect(DesignDocument doc, TemplateRegistry registry) {
        String lower = prose(doc);
        Template best = null;
        double bestScore = -1;
        int bestNamed = 0;
        // the title names the system, not a block: TemplateMapper skips it, so detection does too
        Section title = doc.titleSection();
        List<Section> sections = doc.sections().stream().filter(s -> s != title).toList();
        for (Template t : registry.all()) {
            HeadingMatcher matcher = new HeadingMatcher(t);
            java.util.Set<Block> namedBlocks = new java.util.HashSet<>();
            for (Section s : sections) {
                for (HeadingMatch m : matcher.match(s)) namedBlocks.add(m.block());
            }
            int named = namedBlocks.size();
            long required = t.blocks().stream().filter(Block::isRequired).count();
            double coverage = (double) named / Math.max(1, required);
            int topicHits = 0;
            for (String word : t.detect()) {
                if (lower.contains(word.toLowerCase(Locale.ROOT))) topicHits++;
            }
            double topic = (double) topicHits / Math.max(1, t.detect().size());
            double score = coverage + 0.5 * topic;
            if (score > bestScore) {
                bestScore = score;
                best = t;
                bestNamed = named;
            }
        }
        return new Choice(best, "auto: " + bestNamed + "/" + best.blocks().size() + " blocks named by headings");
    }

    private static String prose(DesignDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (ProseUnit u : doc.units()) sb.append(u.lower()).append(' ');
        for (var s : doc.sections()) sb.append(s.title().toLowerCase(Locale.ROOT)).append(' ');
        return sb.toString();
    }
}
