// "Rubric: Show template coverage": built from the server's code lens on the title (the
// coverage line) and its document symbols (which template block each section fills).
// No `vscode` import: works on plain LSP JSON.

export interface LensLike {
  command?: { title?: string; command?: string } | null;
}

export interface SymbolLike {
  name: string;
  detail?: string | null;
  children?: SymbolLike[] | null;
}

/** The coverage line from the server's code lenses, e.g. "design-doc · 6/8 blocks · readiness 91/100 · missing: Monitoring". */
export function coverageLine(lenses: readonly LensLike[] | null | undefined): string | undefined {
  for (const lens of lenses ?? []) {
    const title = lens.command?.title;
    if (title) return title;
  }
  return undefined;
}

/** One line per heading, indented by depth, with the block it fills as the server says. */
export function sectionLines(symbols: readonly SymbolLike[] | null | undefined, depth = 0): string[] {
  const lines: string[] = [];
  for (const symbol of symbols ?? []) {
    const detail = symbol.detail ? `  ${symbol.detail}` : '';
    lines.push(`${'  '.repeat(depth)}${symbol.name}${detail}`);
    lines.push(...sectionLines(symbol.children ?? [], depth + 1));
  }
  return lines;
}

/** The full report shown in the output channel. */
export function coverageReport(documentName: string, lenses: readonly LensLike[] | null | undefined,
                               symbols: readonly SymbolLike[] | null | undefined): string {
  const line = coverageLine(lenses) ?? 'no template applies to this document';
  return [`Rubric template coverage: ${documentName}`, line, '', ...sectionLines(symbols)].join('\n');
}
