package dev.rubric.core.template;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.Section;
import dev.rubric.core.text.PhraseAutomaton;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
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

    /**
     * The template whose score is highest, the first in the registry's order on a tie: score =
     * the share of its blocks the headings name, out of its required blocks and the optional
     * ones they name (at most 1, reached when every required block is named) + half the share
     * of its topic words the prose holds (all templates' words found in one reading of the
     * prose, {@link TemplateRegistry#topicWords()}).
     */
    public static Choice detect(DesignDocument doc, TemplateRegistry registry) {
        // the title names the system, not a block: TemplateMapper skips it, so detection does too
        Section title = doc.titleSection();
        List<Section> sections = doc.sections().stream().filter(s -> s != title).toList();
        List<Template> templates = List.copyOf(registry.all());
        int[] named = new int[templates.size()];
        double[] coverage = new double[templates.size()];
        for (int i = 0; i < templates.size(); i++) {
            Template t = templates.get(i);
            HeadingMatcher matcher = HeadingMatcher.of(t);
            Set<Block> namedBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Section s : sections) {
                for (HeadingMatch m : matcher.match(s)) namedBlocks.add(m.block());
            }
            named[i] = namedBlocks.size();
            // a named optional block counts on both sides of the share: it lifts a template whose
            // required blocks are not all named, but no template scores above one whose required
            // blocks all are (else a fix-all pass adding the chosen template's missing blocks
            // could make another template win by the optional blocks its headings happen to name)
            long required = t.blocks().stream().filter(Block::isRequired).count();
            long namedOptional = namedBlocks.stream().filter(b -> !b.isRequired()).count();
            coverage[i] = (double) named[i] / Math.max(1, required + namedOptional);
        }
        PhraseAutomaton topicWords = registry.topicWords();
        BitSet found = doc.prose().search().find(topicWords);
        Template best = null;
        double bestScore = -1;
        int bestNamed = 0;
        for (int i = 0; i < templates.size(); i++) {
            double score = coverage[i] + 0.5 * topic(templates.get(i), topicWords, found);
            if (score > bestScore) {
                bestScore = score;
                best = templates.get(i);
                bestNamed = named[i];
            }
        }
        return new Choice(best, "auto: " + bestNamed + "/" + best.blocks().size() + " blocks named by headings");
    }

    /** The share of the template's topic words that the (lower-cased) prose holds: {@code found} by the registry's automaton. */
    private static double topic(Template t, PhraseAutomaton topicWords, BitSet found) {
        int hits = 0;
        for (String word : t.detect()) {
            if (found.get(topicWords.id(word.toLowerCase(Locale.ROOT)))) hits++;
        }
        return (double) hits / Math.max(1, t.detect().size());
    }
}
