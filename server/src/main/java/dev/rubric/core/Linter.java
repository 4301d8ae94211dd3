package dev.rubric.core;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.DocumentParser;
import dev.rubric.core.parallel.GiveWay;
import dev.rubric.core.parallel.SideBySide;
import dev.rubric.core.rule.Diagnostic;
import dev.rubric.core.rule.Explanation;
import dev.rubric.core.rule.LazyExplanations;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.RuleRegistry;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.rule.Suppressions;
import dev.rubric.core.template.TemplateMapping;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs the rules over a document. Thread-safe: it holds no per-document state. */
public final class Linter {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.range().startOffset())
            .thenComparing(Diagnostic::rule)
            .thenComparingInt(d -> d.range().endOffset());

    /**
     * A shorter document is linted on the calling thread alone: handing half of it to a second
     * thread (waking it, the hand-offs, on two cores often one the caller's JIT or GC is using)
     * costs more than it saves. Whole lints of generated docs, medians, two threads against one:
     * 500 lines (24 KB) 4.68–4.73 ms against 4.43–4.51 (two runs);
     * 750 lines (40 KB) 5.77–8.07 against 6.59–8.16 (four runs: about even); 1,000 lines (53 KB)
     * 6.60–9.12 against 9.03–12.33 (three runs).
     */
    static final int SIDE_BY_SIDE_MIN_LENGTH = 32_768;

    private final RuleRegistry rules;
    private final DocumentParser parser;
    /** Where rules run side by side; null: one after another on the calling thread. */
    private final Executor ruleWorkers;
    /** Documents shorter than this are linted on the calling thread, workers or not. */
    private final int sideBySideMinLength;

    public Linter(RuleRegistry rules) {
        this(rules, null);
    }

    /**
     * @param ruleWorkers runs the rules of one lint side by side, and parses the second half of a
     *                    long document while the calling thread parses the first (the language
     *                    server, which lints one document at a time while the user waits); the
     *                    result is the same as on one thread. The CLI lints files in parallel instead.
     */
    public Linter(RuleRegistry rules, Executor ruleWorkers) {
        this(rules, ruleWorkers, new DocumentParser(ruleWorkers));
    }

    /** As above, parsing with the given parser (one the language server shares with its outline). */
    public Linter(RuleRegistry rules, Executor ruleWorkers, DocumentParser parser) {
        this(rules, ruleWorkers, parser, SIDE_BY_SIDE_MIN_LENGTH);
    }

    /** As above, running rules side by side from documents of {@code sideBySideMinLength} characters (tests use 0). */
    Linter(RuleRegistry rules, Executor ruleWorkers, DocumentParser parser, int sideBySideMinLength) {
        this.rules = rules;
        this.ruleWorkers = ruleWorkers;
        this.parser = parser;
        this.sideBySideMinLength = sideBySideMinLength;
    }

    public Linter() {
        this(RuleRegistry.builtIn());
    }

    public RuleRegistry rules() {
        return rules;
    }

    public DesignDocument parse(URI uri, String text) {
        return parser.parse(uri, text);
    }

    public LintResult lint(URI uri, String text, LintOptions options) {
        return lint(parse(uri, text), options);
    }

    /**
     * As {@link #lint(URI, String, LintOptions)}, handing the document's structure (the model and
     * template mapping the result will hold) to {@code structureReady} as soon as it is known,
     * before the rules run: an editor's outline need not wait for the findings.
     */
    public LintResult lint(URI uri, String text, LintOptions options, Consumer<StructureReader.Structure> structureReady) {
        return lint(uri, text, options, structureReady, GiveWay.NEVER);
    }

    /**
     * As {@link #lint(URI, String, LintOptions, Consumer)}, stepping aside for urgent work (see
     * {@link GiveWay}) after handing the structure over and before each rule: a lint that runs
     * ahead of when its findings are wanted (the language server's, during the debounce) lets a
     * request the user waits on have the cores. The result is the same.
     */
    public LintResult lint(URI uri, String text, LintOptions options, Consumer<StructureReader.Structure> structureReady, GiveWay giveWay) {
        return lint(parse(uri, text), options, structureReady, giveWay);
    }

    public LintResult lint(DesignDocument doc, LintOptions options) {
        return lint(doc, options, structure -> { }, GiveWay.NEVER);
    }

    private LintResult lint(DesignDocument doc, LintOptions options, Consumer<StructureReader.Structure> structureReady, GiveWay giveWay) {
        TemplateMapping mapping;
        DocumentAnalysis.UnitFacts facts;
        boolean sideBySide = ruleWorkers != null && doc.text().length() >= sideBySideMinLength;
        if (!sideBySide) {
            mapping = StructureReader.map(doc, options);
            structureReady.accept(new StructureReader.Structure(doc, mapping));
            giveWay.toUrgentWork();
            facts = DocumentAnalysis.UnitFacts.toBeRead(doc);
        } else {
            // the units' quantities need no template: read them on one core while the other chooses it
            TemplateMapping[] chosen = new TemplateMapping[1];
            facts = SideBySide.whileRunning(ruleWorkers, () -> DocumentAnalysis.UnitFacts.readAll(doc), () -> {
                chosen[0] = StructureReader.map(doc, options);
                structureReady.accept(new StructureReader.Structure(doc, chosen[0]));
                giveWay.toUrgentWork(); // whoever took the structure answers first (the units' quantities are still read beside)
            });
            mapping = chosen[0];
        }
        Suppressions suppressions = Suppressions.of(doc, rules.ids());
        DocumentAnalysis analysis = new DocumentAnalysis(doc, mapping, suppressions, facts);
        List<RuleContext> contexts = new ArrayList<>();
        for (Rule rule : rules.all()) {
            Severity severity = options.severities().getOrDefault(rule.id(), rule.defaultSeverity());
            if (severity == Severity.OFF) continue;
            contexts.add(new RuleContext(rule, severity, options.ruleOptions().get(rule.id()), analysis));
        }
        String[] failed = new String[contexts.size()];
        if (!sideBySide || contexts.size() < 2) {
            for (int i = 0; i < contexts.size(); i++) {
                giveWay.toUrgentWork();
                failed[i] = check(contexts.get(i));
            }
        } else {
            // what rules share lazily is computed before they run side by side
            analysis.prepareForConcurrentRules();
            // this thread and one worker take rules from one queue until it is empty
            AtomicInteger next = new AtomicInteger();
            Runnable drain = () -> {
                while (true) {
                    giveWay.toUrgentWork(); // before taking a rule, so a paused thread holds none back
                    int i = next.getAndIncrement();
                    if (i >= contexts.size()) return;
                    failed[i] = check(contexts.get(i));
                }
            };
            SideBySide.whileRunning(ruleWorkers, () -> {
                drain.run();
                return null;
            }, drain);
        }
        // results are gathered in the registry's order, whichever rule finished first
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Supplier<Explanation>> explanations = new LinkedHashMap<>();
        List<LintResult.RuleFailure> failures = new ArrayList<>();
        for (int i = 0; i < contexts.size(); i++) {
            RuleContext context = contexts.get(i);
            String id = context.rule().id();
            if (failed[i] != null) {
                failures.add(new LintResult.RuleFailure(id, failed[i]));
                continue;
            }
            for (Diagnostic d : context.diagnostics()) {
                if (!suppressions.suppresses(d)) diagnostics.add(d);
            }
            if (context.explanationSource() != null) explanations.put(id, context.explanationSource());
        }
        diagnostics.sort(ORDER);
        return new LintResult(doc, mapping, List.copyOf(diagnostics), new LazyExplanations(explanations), List.copyOf(failures), analysis);
    }

    /** Runs one rule; what it threw, or null. */
    private static String check(RuleContext context) {
        try {
            context.rule().check(context);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // a broken rule must not take the others down: report it once and go on
            return e.toString();
        }
    }
}
