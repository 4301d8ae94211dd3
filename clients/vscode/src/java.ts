// Finding Java for the server: `rubric.java.home`, then JAVA_HOME, then `java` on the PATH.
// No `vscode` import: unit-tested in plain Node with injected file checks.
import * as path from 'path';

export type JavaSource = 'rubric.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaFound {
  executable: string;
  source: JavaSource;
}

export interface JavaLookup {
  /** The `rubric.java.home` setting (a JDK/JRE folder). */
  javaHome?: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Whether the path is an executable file. */
  isExecutable: (file: string) => boolean;
}

export const MIN_JAVA = 17;

function javaIn(home: string, platform: NodeJS.Platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  return p.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

/**
 * The java executable to start the server with, or an error message saying what was tried.
 * A configured `rubric.java.home` that holds no java is an error (not silently skipped): the
 * user asked for that Java.
 */
export function findJava(lookup: JavaLookup): JavaFound | { error: string } {
  const { platform, env, isExecutable } = lookup;
  const configured = lookup.javaHome?.trim();
  if (configured) {
    const candidate = javaIn(configured, platform);
    if (isExecutable(candidate)) return { executable: candidate, source: 'rubric.java.home' };
    return { error: `rubric.java.home is set to ${configured}, but ${candidate} does not exist or cannot be run.` };
  }
  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    const candidate = javaIn(javaHome, platform);
    if (isExecutable(candidate)) return { executable: candidate, source: 'JAVA_HOME' };
  }
  const pathVar = (platform === 'win32' ? env.Path ?? env.PATH : env.PATH) ?? '';
  const separator = platform === 'win32' ? ';' : ':';
  const p = platform === 'win32' ? path.win32 : path.posix;
  for (const dir of pathVar.split(separator)) {
    if (!dir) continue;
    const candidate = p.join(dir, platform === 'win32' ? 'java.exe' : 'java');
    if (isExecutable(candidate)) return { executable: candidate, source: 'PATH' };
  }
  const tried = javaHome ? `JAVA_HOME (${javaHome}) holds no bin/java and ` : '';
  return {
    error: `No Java found: ${tried}there is no java on the PATH. Rubric needs Java ${MIN_JAVA} or newer: ` +
      'install it, or set "rubric.java.home" to its folder.',
  };
}

/** The major version from `java -version` output (stderr), e.g. 17 from `openjdk version "17.0.15"`; 8 from "1.8.0_392". */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
