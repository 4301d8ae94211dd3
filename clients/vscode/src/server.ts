// Where the server jar is and how the server is started. No `vscode` import.
import * as path from 'path';

/** The jar bundled into the extension at package time (scripts/copy-jar.mjs). */
export const BUNDLED_JAR = path.join('server', 'rubric.jar');

/**
 * JVM options, the same as the `rubric` launcher's for `lsp`: the server runs for hours, so it
 * keeps the C2 compiler (stopping at C1, as a one-file check does, made the outline after a
 * keystroke 1.5x slower: LspBench, documentSymbol p50 14.4 vs 9.2 ms on 5,000 lines).
 */
export const JVM_ARGS = ['-XX:+UseSerialGC', '-Xshare:auto'];

export interface JarLookup {
  /** The `rubric.server.jar` setting. */
  configured?: string;
  extensionPath: string;
  exists: (file: string) => boolean;
}

/** `rubric.server.jar` when set (and it must exist), else the jar bundled in the extension. */
export function findJar(lookup: JarLookup): { jar: string; source: 'rubric.server.jar' | 'bundled' } | { error: string } {
  const configured = lookup.configured?.trim();
  if (configured) {
    return lookup.exists(configured)
      ? { jar: configured, source: 'rubric.server.jar' }
      : { error: `rubric.server.jar is set to ${configured}, which does not exist.` };
  }
  const bundled = path.join(lookup.extensionPath, BUNDLED_JAR);
  return lookup.exists(bundled)
    ? { jar: bundled, source: 'bundled' }
    : { error: `The bundled server ${bundled} is missing: reinstall the extension, or set rubric.server.jar.` };
}

/** The process that runs the server over stdio. */
export function serverCommand(java: string, jar: string): { command: string; args: string[] } {
  return { command: java, args: [...JVM_ARGS, '-jar', jar, 'lsp'] };
}
