package dev.rubric.cli;

import dev.rubric.core.LintResult;
import dev.rubric.core.readiness.Readiness;
import dev.rubric.core.readiness.ReadinessScore;
import dev.rubric.core.rule.Severity;
import java.util.List;

/** The closing lines of a check in plain text, shared by the text and GitHub formats. */
final class CheckSummary {
    private CheckSummary() {
    }

    /** {@code docs/feed.md: readiness 54/100 (needs work; 3/5 required blocks)} */
    static String readinessLine(FileReport report) {
        ReadinessScore s = Readiness.of(report.result());
        return report.path() + ": readiness " + s.score() + "/100 (" + s.band().label() + "; "
                + s.presentRequiredBlocks() + "/" + s.requiredBlocks() + " required blocks)";
    }

    /** {@code 2 files checked: 0 errors, 7 warnings, 1 info}, then fixes applied and unreadable files if any. */
    static String totals(List<FileReport> reports) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        int fixed = 0;
        for (FileReport r : reports) {
            LintResult result = r.result();
            if (result == null) continue;
            errors += result.count(Severity.ERROR);
            warnings += result.count(Severity.WARNING);
            infos += result.count(Severity.INFO) + result.count(Severity.HINT);
            fixed += r.fixesApplied();
        }
        long failed = reports.stream().filter(r -> r.result() == null).count();
        long unfixed = reports.stream().filter(r -> r.result() != null && r.error() != null).count();
        StringBuilder summary = new StringBuilder();
        summary.append(reports.size()).append(reports.size() == 1 ? " file" : " files").append(" checked: ")
                .append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
                .append(infos).append(" info");
        if (fixed > 0) summary.append("; ").append(fixed).append(" fixes applied");
        if (failed > 0) summary.append("; ").append(failed).append(" could not be read");
        if (unfixed > 0) summary.append("; ").append(unfixed).append(" could not be fixed");
        return summary.toString();
    }
}
