// The extension's settings mapping against the real Rubric server, over stdio with the same
// JSON-RPC library vscode-languageclient uses (no VS Code needed). The server is
// $RUBRIC_CMD (a shell command), else java -jar $RUBRIC_JAR, else the repository's
// server/target/rubric.jar; with none of them the test is skipped (and says so), unless
// RUBRIC_REQUIRE_SERVER=1 (set by the repository's test wrapper), when it fails.
import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { coverageLine } from '../src/coverage';
import { findJava } from '../src/java';
import { serverCommand } from '../src/server';
import { configurationItem, readerOf, toServerSettings } from '../src/settings';

const repo = path.resolve(__dirname, '..', '..', '..', '..');
const fixture = path.join(repo, 'clients', 'testdata', 'missing-monitoring.md');
const jar = process.env.RUBRIC_JAR || path.join(repo, 'server', 'target', 'rubric.jar');
const haveServer = Boolean(process.env.RUBRIC_CMD) || fs.existsSync(jar);
const skip = !haveServer && process.env.RUBRIC_REQUIRE_SERVER !== '1'
  ? `no server: set RUBRIC_CMD or RUBRIC_JAR, or build ${jar}` : false;

interface Diagnostic { code?: string; message: string; source?: string }

let server: ChildProcess;
let connection: MessageConnection;
let settings: Record<string, unknown> = { rules: { monitoring: 'off' }, debounceMs: 20, 'java.home': '/ignored' };
const published = new Map<string, Array<{ version?: number | null; diagnostics: Diagnostic[] }>>();
const uri = 'file://' + fixture.split(path.sep).map(encodeURIComponent).join('/');

function launch(): ChildProcess {
  if (process.env.RUBRIC_CMD) return spawn('sh', ['-c', `exec ${process.env.RUBRIC_CMD}`], { stdio: 'pipe' });
  const java = findJava({
    javaHome: undefined, env: process.env, platform: process.platform,
    isExecutable: (f) => { try { fs.accessSync(f, fs.constants.X_OK); return fs.statSync(f).isFile(); } catch { return false; } },
  });
  if ('error' in java) throw new Error(java.error);
  const { command, args } = serverCommand(java.executable, jar);
  return spawn(command, args, { stdio: 'pipe' });
}

async function diagnosticsFor(version: number, timeoutMs = 30000): Promise<Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (published.get(uri) ?? []).filter((p) => p.version === version).pop();
    if (found) return found.diagnostics;
    if (Date.now() > deadline) throw new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

before(async () => {
  if (skip) return;
  server = launch();
  let stderr = '';
  server.stderr!.on('data', (d) => { stderr += d; });
  server.on('exit', (code) => { if (code) process.stderr.write(`server exited ${code}: ${stderr}\n`); });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    const list = published.get(p.uri) ?? [];
    list.push({ version: p.version, diagnostics: p.diagnostics });
    published.set(p.uri, list);
  });
  // what the extension's middleware answers
  connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
    p.items.map((item) => configurationItem(item.section, readerOf(settings))));
  connection.onNotification(() => undefined);
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
    initializationOptions: { rubric: toServerSettings(readerOf(settings)) },
  });
  await connection.sendNotification('initialized', {});
});

after(async () => {
  if (skip || !connection) return;
  try {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch { /* already gone */ }
  connection.dispose();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => { server.kill(); resolve(); }, 5000);
    server.once('exit', () => { clearTimeout(timer); resolve(); });
  });
});

test('settings from the extension switch a rule off, and a change turns it back on', { skip, timeout: 90000 }, async () => {
  const text = fs.readFileSync(fixture, 'utf8');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const first = await diagnosticsFor(1);
  assert.ok(first.some((d) => d.code === 'missing-block' && d.source === 'rubric'), 'missing-block is reported');
  assert.ok(!first.some((d) => d.code === 'monitoring'), 'monitoring is off through rubric.rules');

  settings = { debounceMs: 20 };
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { rubric: toServerSettings(readerOf(settings)) } });
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 }, contentChanges: [{ text: text + '\n' }],
  });
  const second = await diagnosticsFor(2);
  assert.ok(second.some((d) => d.code === 'monitoring'), 'monitoring is back once the setting is gone');
});

test('the coverage the extension shows comes from the server code lens', { skip, timeout: 30000 }, async () => {
  const lenses = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  assert.match(coverageLine(lenses as never) ?? '', /ml-system-design · 8\/9 blocks · readiness \d+\/100 · missing: Monitoring/);
});
