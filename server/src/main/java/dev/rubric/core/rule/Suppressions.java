package dev.rubric.core.rule;

import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.HtmlComment;
import dev.rubric.core.text.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression directives in HTML comments:
 * {@code rubric-disable}, {@code rubric-enable}, {@code rubric-disable-line},
 * {@code rubric-disable-next-line}, {@code rubric-disable-file}, each followed by rule ids
 * (none = every rule).
 */
public final class Suppressions {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*rubric-(disable-file|disable-next-line|disable-line|disable|enable)\\b([^>]*)$", Pattern.DOTALL);
    private static final String ALL = "*";

    /** A directive that names a rule id no one knows, reported by the invalid-directive rule. */
    public record Problem(String message, Range range) {
    }

    /** Lines [fromLine, toLine] where {@code rule} (or every rule but {@code except}) is off. */
    private record Region(int fromLine, int toLine, String rule, Set<String> except) {
        Region(int fromLine, int toLine, String rule) {
            this(fromLine, toLine, rule, Set.of());
        }

        boolean covers(String ruleId, int line) {
            boolean named = rule.equals(ALL) ? !except.contains(ruleId) : rule.equals(ruleId);
            return named && line >= fromLine && line <= toLine;
        }
    }

    private final List<Region> regions = new ArrayList<>();
    private final Set<String> fileWide = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    public static Suppressions of(DesignDocument doc, Set<String> knownRules) {
        Suppressions s = new Suppressions();
        s.read(doc, knownRules);
        return s;
    }

    private void read(DesignDocument doc, Set<String> knownRules) {
        List<Region> open = new ArrayList<>();
        int lastLine = doc.lines().lineCount();
        for (HtmlComment c : doc.comments()) {
            Matcher m = DIRECTIVE.matcher(c.body());
            if (!m.matches()) continue;
            String kind = m.group(1);
            List<String> rules = new ArrayList<>();
            for (String token : m.group(2).trim().split("[\\s,]+")) {
                if (token.isEmpty()) continue;
                if (!knownRules.contains(token)) {
                    problems.add(new Problem("unknown rule '" + token + "' in rubric-" + kind
                            + "; `rubric rules` lists the ids", c.range()));
                    continue;
                }
                rules.add(token);
            }
            if (rules.isEmpty()) {
                if (!m.group(2).isBlank()) continue; // only unknown names: reported, suppresses nothing
                rules.add(ALL);
            }
            int line = c.range().start().line();
            int endLine = c.range().end().line();
            switch (kind) {
                case "disable-file" -> fileWide.addAll(rules);
                case "disable-line" -> rules.forEach(r -> regions.add(new Region(line, line, r)));
                case "disable-next-line" -> rules.forEach(r -> regions.add(new Region(endLine + 1, endLine + 1, r)));
                case "disable" -> rules.forEach(r -> open.add(new Region(line, lastLine, r)));
                case "enable" -> {
                    List<Region> closed = new ArrayList<>();
                    List<Region> reopened = new ArrayList<>();
                    for (Region r : open) {
                        if (rules.contains(ALL) || rules.contains(r.rule())) {
                            closed.add(r);
                        } else if (r.rule().equals(ALL)) {
                            // "enable x" inside "disable" (all): every rule but x stays off
                            closed.add(r);
                            Set<String> except = new HashSet<>(r.except());
                            except.addAll(rules);
                            reopened.add(new Region(line + 1, lastLine, ALL, Set.copyOf(except)));
                        }
                    }
                    for (Region r : closed) {
                        open.remove(r);
                        regions.add(new Region(r.fromLine(), line, r.rule(), r.except()));
                    }
                    open.addAll(reopened);
                }
                default -> { }
            }
        }
        regions.addAll(open);
    }

    public boolean suppresses(Diagnostic d) {
        if (fileWide.contains(ALL) || fileWide.contains(d.rule())) return true;
        int line = d.range().start().line();
        for (Region r : regions) {
            if (r.covers(d.rule(), line)) return true;
        }
        return false;
    }

    public List<Problem> problems() {
        return problems;
    }
}
