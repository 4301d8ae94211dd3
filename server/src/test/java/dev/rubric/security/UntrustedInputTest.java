package dev.rubric.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rubric.core.LintOptions;
import dev.rubric.core.LintResult;
import dev.rubric.core.Linter;
import dev.rubric.core.config.ConfigException;
import dev.rubric.core.config.ConfigLoader;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.template.Block;
import dev.rubric.core.template.Template;
import dev.rubric.core.template.TemplateException;
import dev.rubric.core.template.TemplateLoader;
import dev.rubric.core.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Rubric reads is data: patterns are words, YAML tags construct nothing. */
class UntrustedInputTest {
    private static final String EVIL = "(a+)+$";
    private static final String TAG = "!!dev.rubric.security.Canary";
    private static final String JNDI_GADGET = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]";

    private static Template templateWithEvilPatterns() throws TemplateException {
        String yaml = "id: evil\ntitle: Evil\ndescription: x\nblocks:\n"
                + "  - id: evil-block\n    title: Evil block\n    headings: ['" + EVIL + "', '(x+x+)+y']\n"
                + "    evidence: ['" + EVIL + "', '(a|a)*b', '^(a+)+$']\n"
                + "  - id: other\n    title: Other\n    headings: [other]\n";
        return TemplateLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "evil.yaml");
    }

    @Test
    void customTemplatePatternsAreMatchedAsPlainWordsInLinearTime() throws Exception {
        Template evil = templateWithEvilPatterns();
        LintOptions options = new LintOptions("evil", true, Map.of(), Map.of(), TemplateRegistry.builtIn().with(List.of(evil)));
        Linter linter = new Linter();
        Block block = evil.blocks().get(0);

        // the shape that makes a backtracking regex explode (2^n steps): many a's, then a mismatch
        // (5,000 a's: a backtracking engine would need 2^5000 steps; the lint itself stays small)
        String attack = "a".repeat(5_000) + "!";
        String doc = "# T\n\n## " + attack + "\n\n" + (attack + " ").repeat(3) + "\n\n## " + "x".repeat(5_000) + "\n";
        LintOptions plain = new LintOptions("design-doc", true, Map.of(), Map.of(), TemplateRegistry.builtIn());
        linter.lint(URI.create("file:///warm.md"), doc, plain); // warm up
        long t0 = System.nanoTime();
        linter.lint(URI.create("file:///plain.md"), doc, plain);
        long withBuiltIn = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        LintResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> linter.lint(URI.create("file:///evil.md"), doc, options));
        long withEvil = System.nanoTime() - t1;
        assertTrue(withEvil < 5 * withBuiltIn + 2_000_000_000L,
                "the evil patterns cost more than the lint itself: " + withEvil / 1_000_000 + " ms vs " + withBuiltIn / 1_000_000 + " ms");
        assertTrue(r.mapping().sectionsOf(block).isEmpty(), "'(a+)+$' is no regex: a heading of a's does not match it");

        // read literally: a heading that spells the pattern is the block
        LintResult literal = linter.lint(URI.create("file:///evil.md"), "# T\n\n## " + EVIL + "\n\ntext\n", options);
        assertFalse(literal.mapping().sectionsOf(block).isEmpty(), "a heading that is the pattern itself matches it as words");
    }

    @Test
    void yamlTagsInConfigConstructNothing(@TempDir Path dir) {
        ConfigLoader loader = new ConfigLoader(RuleRegistry.builtIn().ids(), new HashSet<>(TemplateRegistry.BUILT_IN));
        String[] configs = {
                "template: " + TAG + " []\n",
                "rules: " + TAG + " {}\n",
                "rules:\n  monitoring: " + JNDI_GADGET + "\n",
                "ignore: [" + TAG + " [x]]\n",
                "extends: " + TAG + " []\n",
                "--- " + TAG + "\ntemplate: auto\n",
                "!<tag:yaml.org,2002:" + "dev.rubric.security.Canary> {}\n",
        };
        for (String yaml : configs) {
            try {
                loader.parse(yaml, dir.resolve(".rubric.yaml"));
            } catch (ConfigException e) {
                assertTrue(e.problems().stream().allMatch(p -> p.line() >= 1), e.getMessage());
            }
            assertFalse(Canary.constructed, "config constructed an object from a YAML tag: " + yaml);
        }
    }

    @Test
    void yamlTagsInFrontMatterAndTemplatesConstructNothing() {
        Linter linter = new Linter();
        linter.lint(URI.create("file:///fm.md"), "---\ntitle: " + TAG + " []\ntemplate: " + JNDI_GADGET + "\n---\n# T\n", LintOptions.defaults());
        linter.lint(URI.create("file:///fm.md"), "--- " + TAG + "\nx: 1\n---\n# T\n", LintOptions.defaults());
        assertFalse(Canary.constructed, "front matter constructed an object from a YAML tag");
        String template = "id: t\ntitle: " + TAG + " []\nblocks:\n  - id: b\n    title: " + JNDI_GADGET + "\n";
        try {
            TemplateLoader.read(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), "t.yaml");
        } catch (TemplateException e) {
            // refused is fine; running is not
        }
        assertFalse(Canary.constructed, "a template constructed an object from a YAML tag");
    }

    @Test
    void configFilesOutsideTheCheckedTreeAreDataToo(@TempDir Path dir) throws Exception {
        // a config may extend a file; what it reads is parsed as config, never executed
        Files.writeString(dir.resolve("base.yaml"), "rules: " + TAG + " {}\n");
        Files.writeString(dir.resolve(".rubric.yaml"), "extends: base.yaml\n");
        ConfigLoader loader = new ConfigLoader(RuleRegistry.builtIn().ids(), new HashSet<>(TemplateRegistry.BUILT_IN));
        try {
            loader.load(dir.resolve(".rubric.yaml"));
        } catch (ConfigException e) {
            // reported, fine
        }
        assertFalse(Canary.constructed);
    }
}
