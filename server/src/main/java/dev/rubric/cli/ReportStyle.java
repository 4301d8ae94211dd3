package dev.rubric.cli;

/**
 * The readiness report's style sheet, inlined into the page so it renders the same offline,
 * attached to an email or printed. System fonts only: a web font would be a network request.
 */
final class ReportStyle {
    private ReportStyle() {
    }

    static final String CSS = """
            :root { color-scheme: light; --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff;
              --error: #b91c1c; --warning: #b45309; --info: #1d4ed8; --ok: #15803d; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f3f4f6; color: var(--ink);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            .page { max-width: 980px; margin: 0 auto; padding: 24px; }
            .page-head h1 { margin: 0 0 4px; font-size: 26px; }
            .meta, .path, .muted { color: var(--muted); font-size: 13px; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .overview { background: var(--paper); border-radius: 8px; padding: 12px 16px; margin: 16px 0; }
            .document { background: var(--paper); border-radius: 8px; padding: 20px 24px; margin: 20px 0;
              box-shadow: 0 1px 2px rgba(0,0,0,.06); }
            .doc-head { display: flex; justify-content: space-between; align-items: center; gap: 24px;
              border-bottom: 1px solid var(--line); padding-bottom: 12px; }
            .doc-head h2 { margin: 0; font-size: 22px; }
            .score { margin: 0; text-align: center; }
            .score figcaption { font-size: 13px; color: var(--muted); }
            .band { font-weight: 600; }
            .band-ready { color: var(--ok); } .band-needs-work { color: var(--warning); } .band-not-ready { color: var(--error); }
            .breakdown { font-size: 14px; margin: 12px 0; }
            h3 { font-size: 17px; margin: 22px 0 8px; }
            .chart { margin: 0 0 8px; }
            .status-present { color: var(--ok); } .status-missing { color: var(--error); font-weight: 600; }
            .status-optional { color: var(--muted); }
            .budgets { display: grid; grid-template-columns: 120px 1fr; gap: 6px 16px; margin: 0; }
            .budgets dt { font-weight: 600; }
            .budgets dd { margin: 0; }
            .figure { display: inline-block; background: #eef2ff; border-radius: 4px; padding: 0 6px; margin: 0 6px 4px 0;
              font-variant-numeric: tabular-nums; }
            .none { color: var(--error); }
            .findings { list-style: none; padding: 0; margin: 0; }
            .finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px;
              padding: 10px 14px; margin: 0 0 10px; }
            .finding.sev-error { border-left-color: var(--error); } .finding.sev-warning { border-left-color: var(--warning); }
            .finding.sev-info, .finding.sev-hint { border-left-color: var(--info); }
            .finding-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
            .badge { font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 3px; padding: 1px 6px;
              color: #fff; background: var(--muted); }
            .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
            .badge.info, .badge.hint { background: var(--info); }
            .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
            .loc { color: var(--muted); font-size: 13px; }
            .message { margin: 6px 0; }
            pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
              white-space: pre-wrap; word-break: break-word; margin: 6px 0; padding: 6px 10px; border-radius: 4px; }
            .excerpt { background: #f9fafb; border: 1px solid var(--line); }
            .excerpt .ln { color: var(--muted); user-select: none; margin-right: 12px; }
            .excerpt mark { background: #fde68a; color: inherit; }
            .fix { margin-top: 6px; }
            .fix-title { margin: 4px 0; font-size: 14px; }
            .fix-text { background: #ecfdf5; border: 1px solid #a7f3d0; }
            .problem { color: var(--error); }
            footer { color: var(--muted); font-size: 12px; text-align: center; margin: 24px 0; }
            @media print {
              @page { margin: 16mm 14mm; }
              body { background: #fff; font-size: 11pt; }
              .page { max-width: none; padding: 0; }
              .document, .overview { box-shadow: none; border-radius: 0; padding: 0; margin: 0 0 12mm; }
              .document + .document { break-before: page; page-break-before: always; }
              .finding, .budgets, .chart, tr { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              .badge, .finding, .figure, .excerpt mark, svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
