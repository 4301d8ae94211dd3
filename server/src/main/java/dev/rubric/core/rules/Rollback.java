package dev.rubric.core.rules;

import dev.rubric.core.analysis.ConcernFinding;
import dev.rubric.core.analysis.ConcernRule;
import dev.rubric.core.analysis.Undecided;
import dev.rubric.core.model.CodeUnit;
import dev.rubric.core.model.ProseKind;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.rule.Evidence;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.LineIndex;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The design says how the change reaches users and how it is undone: canary, shadow traffic,
 * staged or percentage rollout, a feature flag or gate, opt-in with the new behaviour off by
 * default, a deprecation timeline, downgrade or rollback steps. "We will deploy it" is not a
 * plan. An explicit decision not to need one ("no rollback is needed because ...") counts.
 */
public final class Rollback extends ConcernRule {
    private static final String WORDED_MECHANISMS =
            "roll(?:ed|ing)?[- ]?back|rollbacks?|revert(?:ed|ing|s)?|downgrad\\w*|kill[- ]?switch\\w*|feature[- ](?:gate|flag|toggle)s?"
                    + "|canar(?:y|ies)|shadow (?:traffic|mode|deployment|launch|testing|(?:a/?b |ab )?test\\w*)|dark launch\\w*|blue[- ]green|traffic (?:split|shifting)"
                    + "|(?:staged|phased|gradual|incremental|progressive|percentage|partial) (?:rollout|roll-out|release|deployment|launch|migration|adoption)"
                    + "|roll(?:out|-out)s? (?:plan|phases?|stages?|strategy|schedule)|ramp(?:ed|ing)? (?:up )?(?:to|from) \\d+"
                    + "|opt[- ]?in|opt[- ]?out|off by default|disabled by default|enabled by default"
                    + "|behind (?:a|an|the|its) (?:[\\w-]+ )?(?:feature |config )?(?:flag|gate|switch|toggle)"
                    + "|(?:turn|turning|switch|switching|flip|flipping|set|setting)\\w* (?:the |this |that )?(?:feature )?(?:flag|gate|toggle|switch) (?:off|to false)"
                    + "|(?:enabl|roll|ship|releas|launch|expos)\\w* (?:it |out |this )?(?:to|for) (?:\\d+ ?%|a (?:small )?(?:fraction|percentage|subset) of)"
                    + "|(?:alpha|beta)(?: release| stage| phase)?,? (?:then|->|→|and) (?:beta|ga|stable)|graduation criteria|graduate[sd]? to (?:beta|ga|stable)"
                    + "|soft[- ]deprecat\\w*|deprecation warnings?"
                    + "|deprecat\\w* (?:(?:in|since|from) (?:v|version |release |[a-z]+ )?\\d+|period|timeline|schedule|cycle|window)|removed (?:from (?:the )?[\\w-]+(?: [\\w-]+)? )?(?:in|once|when|after|with|before) (?:the )?(?:v|version |release )?\\d+|deprecation (?:plan|policy|period|timeline)"
                    + "|fall(?:s)? ?back to .{1,80}(?:by setting|set(?:ting)? |flag|environment variable|env var|config)"
                    + "|can be (?:disabled|turned off|switched off)|(?:disable|turn off) the (?:feature|flag|gate)"
                    + "|enabl\\w+ .{1,60}(?:is|should be|will be|remains) optional|(?:becomes?|made|make it) the default (?:in|from|starting|once|after)"
                    // opt-in: the new behaviour only where it is turned on, the old one where the setting is left out
                    + "|(?:once|when|if|until) (?:the|this) (?:new )?(?:feature|behaviou?r|optimi[sz]ation|mode) is (?:\\(?(?:manually|explicitly)\\)? )?(?:enabled|turned on|switched on)"
                    + "|if (?:the|this) (?:[\\w-]+ )?(?:flag|option|setting|key|parameter|argument|field)s? (?:is|are) (?:omitted|absent|unset|not (?:set|given|passed|specified)|left out)"
                    + "|model versioning|(?:pin|revert|switch|roll)\\w* (?:back )?to the previous (?:model |stable )?(?:version|release|model)";
    /**
     * A way the change reaches users or is undone. Its one alternative that begins with a
     * number, "3-phase rollout", is kept apart ({@link #MECHANISM_WITH_PHASES}): the search tried
     * it at every figure of a unit, a third of the whole search's time on a 200-line design doc,
     * for a phrase a unit without "-phase rollout" cannot hold. No other alternative begins with
     * a digit, so none matches where it does: in a unit that holds the phrase, the search with it
     * finds what the single expression of before found.
     */
    private static final FastPattern MECHANISM = FastPattern.compile("\\b(?:" + WORDED_MECHANISMS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final String PHASES = "-phase rollout";
    private static final FastPattern MECHANISM_WITH_PHASES = FastPattern.compile(
            "\\b(?:" + WORDED_MECHANISMS + "|\\d+" + PHASES + ")\\b", Pattern.CASE_INSENSITIVE);
    /** A default value of false / off for a new flag: the new behaviour is opt-in. */
    private static final FastPattern DEFAULT_OFF = FastPattern.compile(
            "\\b(?:default(?:s|ing| value)?(?: of| to| is|:)?\\s*[\"'`]?(?:false|off|disabled|0)\\b|(?:false|off|disabled) by default)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The old behaviour stays the default for a named release: a staged switch-over. */
    private static final FastPattern DEFAULT_IN_RELEASE = FastPattern.compile(
            "(?:\\[[^\\]]*\\d+\\.\\d+[^\\]]*]|\\b(?:in|from|until|release|version) v?\\d+\\.\\d+\\b).{0,200}\\bby default\\b|\\bby default\\b.{0,120}\\b(?:in|until) (?:v|version |release )?\\d+\\.\\d+\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Undoing a change of state inside the running system — a transaction, a checkpoint, an
     * allocation after a fault — rather than of what was deployed.
     */
    private static final FastPattern RUNTIME_RECOVERY = FastPattern.compile(
            "\\b(?:state|checkpoints?|transactions?|snapshots?|faults?|crash\\w*|in the event of|on (?:failure|error)|oom|exceptions?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern DEPLOYED = FastPattern.compile(
            "\\b(?:deploy\\w*|releases?|versions?|rollouts?|launch\\w*|models?|binar(?:y|ies)|upgrades?|features?|flags?|config\\w*|changes?|commits?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDOING = Pattern.compile("roll|revert");
    /**
     * A settings class in code: a dataclass or struct whose name says it configures something.
     * Searched word start by word start (code blocks are long, and a plain search tries the four
     * keywords at every character).
     */
    private static final FastPattern SETTINGS_CLASS = FastPattern.compile("\\b(?:class|struct|interface|type)\\s+\\w*(?:Config|Configuration|Options|Settings|Flags)\\b");
    /**
     * A field of it that switches something on and starts off: "dynamic_slots: bool = False".
     * (A trailing comma makes it a function's parameter, which is no setting.)
     */
    private static final Pattern OFF_SWITCH_FIELD = Pattern.compile(
            "^\\s*[A-Za-z_]\\w*\\s*:\\s*(?:Optional\\[)?bool\\]?\\s*=\\s*False\\s*(?:#.*)?$", Pattern.MULTILINE);
    /** The defaults and opt-ins whose subject decides whether they are a rollout of the change. */
    private static final Pattern BY_DEFAULT_OR_OPT_IN = Pattern.compile("default|opt[- ]?(?:in|out)");
    /** Auxiliary outputs of a system: a default said of one of them is not a rollout of the design. */
    private static final FastPattern ARTEFACT = FastPattern.compile("\\b(?:metrics?|logs?|logging|dashboards?|traces?|tracing|debug\\w*|telemetry)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern CHANGED_BEHAVIOUR = FastPattern.compile(
            "\\b(?:feature|behaviou?r|change|mode|flag|gate|api|endpoint|implementation|algorithm|protocol|format|path|writer|reader|scheduler|cache)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A setting the design adds that nobody has to set: "a new optional key, `auth-required`". */
    private static final FastPattern OPTIONAL_SETTING = FastPattern.compile(
            "\\boptional (?:[\\w-]+ )?(?:key|field|flag|option|setting|parameter|argument|config\\w*|header)\\b", Pattern.CASE_INSENSITIVE);
    /** The new behaviour only when the setting is turned on, or the old one when it is left out. */
    private static final FastPattern OPTED_INTO = FastPattern.compile(
            "\\b(?:(?:is |are )?set to (?:true|on|yes|1)|when (?:it|(?:this|that|the) [\\w-]+) is (?:set|enabled|present|true|on)"
                    + "|(?:omitted|absent|unset|not set|left out)\\b.{0,80}\\b(?:unchanged|as before|as today|(?:current|existing|old|previous) behaviou?r))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern FLAG = FastPattern.compile("\\b(?:flag|option|setting|environment variable|env var|gate|config\\w*|parameter)s?\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "rollback";
    }

    @Override
    public String description() {
        return "The design has a rollout and rollback plan: canary, staged rollout, feature flag, rollback trigger.";
    }

    @Override
    protected String missingMessage() {
        return "No rollout or rollback plan: say how the change reaches users and how it is undone, e.g. \"Behind a feature"
                + " flag, off by default; canary at 5% for 24 h; roll back by turning the flag off if p99 > 200 ms or errors > 0.1%\".";
    }

    @Override
    protected String placeholderLine() {
        return "- Rollout and rollback: ___ (canary at ___%, roll back when ___)";
    }

    @Override
    protected String placeholderKeyword() {
        return "Rollout";
    }

    @Override
    protected void collect(RuleContext ctx, ConcernFinding finding) {
        for (ProseUnit u : ctx.document().units()) {
            if (finding.enough()) return;
            if (!readable(ctx, u)) continue;
            String text = u.normalizedLower();
            MatchResult mechanism = null;
            for (MatchResult m : (text.contains(PHASES) ? MECHANISM_WITH_PHASES : MECHANISM).all(text)) {
                if (isDefaultOfAnArtefact(text, m.start(), m.group())) {
                    finding.reject(evidence("'" + m.group().trim() + "' is said of a metric or log, not of the change", u));
                } else if (isRuntimeRecovery(text, m.group())) {
                    finding.reject(evidence("'" + m.group().trim() + "' undoes a state change at run time, not a deployment", u));
                } else {
                    mechanism = m;
                    break;
                }
            }
            if (mechanism != null) {
                acceptIfDecided(finding, "'" + mechanism.group().trim() + "'", u);
                continue;
            }
            if (OPTIONAL_SETTING.find(text) && OPTED_INTO.find(paragraph(ctx, u))) {
                acceptIfDecided(finding, "new behaviour behind a new optional setting, old behaviour when it is not set", u);
                continue;
            }
            // both patterns need the word "default" (DEFAULT_IN_RELEASE: "by default"); the text is
            // lower-cased, so a unit without it cannot match and skips two backtracking scans
            if (!text.contains("default")) continue;
            // the value is often code ("`KEEPALIVE_WITHOUT_CALLS`, defaulting to `false`"), masked in the prose
            String withCode = text;
            MatchResult off = DEFAULT_OFF.first(text);
            if (off == null) {
                withCode = sourceToLineEnd(ctx, u).toLowerCase(Locale.ROOT);
                off = DEFAULT_OFF.first(withCode);
            }
            if (off != null && (FLAG.find(text) || FLAG.find(leadIn(ctx, u))) && !isDefaultOfAnArtefact(withCode, off.start(), off.group())) {
                acceptIfDecided(finding, "new behaviour behind a setting that is off by default", u);
            } else if (text.contains("by default") && DEFAULT_IN_RELEASE.find(text)) {
                acceptIfDecided(finding, "release-by-release switch of the default", u);
            }
        }
        for (CodeUnit code : ctx.document().code()) {
            if (finding.enough()) return;
            offSwitchInSettings(ctx, code, finding);
        }
    }

    /**
     * A new boolean field, off by default, in a settings class the design shows in code
     * ("class LoRAConfig: … dynamic_lora_slots: bool = False"): the new behaviour is opt-in.
     */
    private static void offSwitchInSettings(RuleContext ctx, CodeUnit code, ConcernFinding finding) {
        if (!SETTINGS_CLASS.find(code.text())) return;
        Matcher field = OFF_SWITCH_FIELD.matcher(code.text());
        if (!field.find()) return;
        String line = field.group().strip();
        int at = ctx.document().text().indexOf(line, code.range().startOffset());
        int start = at >= 0 ? at : code.range().startOffset();
        Evidence evidence = new Evidence("a settings field off by default, in code: " + line, line,
                code.section().isRoot() ? "(preamble)" : code.section().title(), ctx.document().range(start, start + line.length()));
        String undecided = Undecided.why(code.section());
        if (undecided == null) {
            finding.accept(evidence);
        } else {
            finding.reject(evidence);
        }
    }

    /**
     * "This metric will start as experimental and off by default": a default said of a metric,
     * a log or a dashboard — an auxiliary output — and not of the behaviour the design changes.
     */
    private static boolean isDefaultOfAnArtefact(String text, int at, String match) {
        if (!BY_DEFAULT_OR_OPT_IN.matcher(match).find()) return false;
        int sentence = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("; ", at));
        String before = text.substring(sentence + 1, at);
        return ARTEFACT.find(before) && !CHANGED_BEHAVIOUR.find(before);
    }

    /** "Broadcasts its state in the event of a roll back", "(best-effort rollback)" after an OOM: recovery, not a way back from a release. */
    private static boolean isRuntimeRecovery(String text, String match) {
        return UNDOING.matcher(match).find() && RUNTIME_RECOVERY.find(text) && !DEPLOYED.find(text);
    }

    /**
     * The unit's source with its code spans, through the end of its last line: a unit's range
     * stops at its last prose character, before a trailing "`false`".
     */
    private static String sourceToLineEnd(RuleContext ctx, ProseUnit u) {
        LineIndex lines = ctx.document().lines();
        int end = lines.lineEnd(lines.lineOf(u.range().endOffset()));
        return ctx.document().text().substring(u.range().startOffset(), Math.max(u.range().startOffset(), end));
    }

    /**
     * For a list item, the paragraph that introduces its list ("Clients will have three channel
     * settings:"); empty for other units.
     */
    private static String leadIn(RuleContext ctx, ProseUnit u) {
        if (u.kind() != ProseKind.LIST_ITEM) return "";
        List<ProseUnit> units = ctx.document().units();
        for (int i = u.index() - 1; i >= 0; i--) {
            ProseUnit before = units.get(i);
            if (before.section() != u.section()) return "";
            if (before.kind() != ProseKind.LIST_ITEM) return before.lower();
        }
        return "";
    }

    /** The unit and the other sentences of its paragraph or list item. */
    private static String paragraph(RuleContext ctx, ProseUnit u) {
        List<ProseUnit> units = ctx.document().units();
        int first = u.index();
        while (first > 0 && units.get(first - 1).block() == u.block()) first--;
        StringBuilder b = new StringBuilder();
        for (int i = first; i < units.size() && units.get(i).block() == u.block(); i++) b.append(units.get(i).lower()).append(' ');
        return b.toString();
    }
}
