// The extension's settings -> what the Rubric server is sent (initializationOptions,
// workspace/configuration answers). No `vscode` import: unit-tested in plain Node.

/** The settings the server understands (section "rubric"); absent means "not set". */
export interface ServerSettings {
  template?: string;
  rules?: Record<string, unknown>;
  debounceMs?: number;
}

/** Reads one setting, as `vscode.WorkspaceConfiguration.get` does. */
export type SettingReader = (key: string) => unknown;

export const MAX_DEBOUNCE_MS = 10_000;

/**
 * The `rubric` section as the server should see it. Client-only settings (`java.home`,
 * `server.jar`, `trace.server`) are left out; empty values (the defaults VS Code reports for
 * settings nobody set) are left out so `.rubric.yaml` keeps deciding; a debounce outside
 * 0–10000 is clamped, a non-number dropped.
 */
export function toServerSettings(read: SettingReader): ServerSettings {
  const settings: ServerSettings = {};
  const template = read('template');
  if (typeof template === 'string' && template.trim() !== '') {
    settings.template = template.trim();
  }
  const rules = read('rules');
  if (rules && typeof rules === 'object' && !Array.isArray(rules) && Object.keys(rules).length > 0) {
    settings.rules = { ...(rules as Record<string, unknown>) };
  }
  const debounce = read('debounceMs');
  if (typeof debounce === 'number' && Number.isFinite(debounce)) {
    settings.debounceMs = Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(debounce)));
  }
  return settings;
}

/** A reader over a plain object, e.g. `{ template: 'auto' }` or `{ 'rubric.template': 'auto' }`. */
export function readerOf(values: Record<string, unknown>): SettingReader {
  return (key) => (key in values ? values[key] : values[`rubric.${key}`]);
}

/**
 * The answer to one workspace/configuration item: the whole section for "rubric" (or an empty
 * or missing section), one value for "rubric.<key>", null for anything else.
 */
export function configurationItem(section: string | undefined | null, read: SettingReader): unknown {
  const settings = toServerSettings(read);
  if (section === undefined || section === null || section === '' || section === 'rubric') {
    return settings;
  }
  if (section.startsWith('rubric.')) {
    const key = section.slice('rubric.'.length) as keyof ServerSettings;
    return settings[key] ?? null;
  }
  return null;
}

/** Settings whose change needs the server restarted (they decide how it is started). */
export const RESTART_SETTINGS = ['rubric.java.home', 'rubric.server.jar'];
