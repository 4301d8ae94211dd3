// The VS Code side: starts the Rubric server (bundled jar, or rubric.server.jar) with the Java
// from rubric.java.home / JAVA_HOME / PATH, and adds two commands. Everything else (findings,
// quick fixes, outline, hover, completion, the coverage lens) is vscode-languageclient's
// standard LSP support. The logic lives in settings.ts, java.ts, server.ts and coverage.ts,
// which do not import `vscode` and are unit-tested in plain Node.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CodeLensRequest,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { coverageLine, coverageReport, LensLike, SymbolLike } from './coverage';
import { findJava, javaMajorVersion, MIN_JAVA } from './java';
import { findJar, serverCommand } from './server';
import { configurationItem, RESTART_SETTINGS, toServerSettings } from './settings';

const SERVER_COMMAND = 'rubric.insertMissingBlocks';
let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function javaVersion(java: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(java, ['-version'], { timeout: 15000 }, (_error, stdout, stderr) => {
      resolve(javaMajorVersion(`${stderr}\n${stdout}`));
    });
  });
}

function settingsReader(scope?: vscode.Uri) {
  const config = vscode.workspace.getConfiguration('rubric', scope);
  return (key: string) => config.get(key);
}

async function serverOptions(context: vscode.ExtensionContext): Promise<ServerOptions | string> {
  const config = vscode.workspace.getConfiguration('rubric');
  const java = findJava({
    javaHome: config.get<string>('java.home'),
    env: process.env,
    platform: process.platform,
    isExecutable,
  });
  if ('error' in java) return java.error;
  const version = await javaVersion(java.executable);
  if (version !== undefined && version < MIN_JAVA) {
    return `Rubric needs Java ${MIN_JAVA} or newer; ${java.executable} (from ${java.source}) is Java ${version}. ` +
      'Set "rubric.java.home" to a newer Java.';
  }
  const jar = findJar({ configured: config.get<string>('server.jar'), extensionPath: context.extensionPath, exists: fs.existsSync });
  if ('error' in jar) return jar.error;
  output.appendLine(`Starting Rubric: ${java.executable} (${java.source}, Java ${version ?? '?'}), ${jar.jar} (${jar.source})`);
  const executable = serverCommand(java.executable, jar.jar);
  return { run: executable, debug: executable };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const options = await serverOptions(context);
  if (typeof options === 'string') {
    output.appendLine(options);
    void vscode.window.showErrorMessage(options, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'rubric');
    });
    return;
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    outputChannel: output,
    initializationOptions: { rubric: toServerSettings(settingsReader()) },
    middleware: {
      workspace: {
        // answer workspace/configuration with the server-facing settings only
        configuration: (params) =>
          params.items.map((item) =>
            configurationItem(item.section, settingsReader(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined))),
      },
    },
  };
  // the client id 'rubric' makes vscode-languageclient honour `rubric.trace.server`
  client = new LanguageClient('rubric', 'Rubric', options, clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running && running.state !== State.Stopped) await running.stop();
}

function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Rubric: open a Markdown design document first.');
    return undefined;
  }
  if (!client || client.state !== State.Running) {
    void vscode.window.showWarningMessage('Rubric: the language server is not running (see the Rubric output).');
    return undefined;
  }
  return editor;
}

async function coverageOf(document: vscode.TextDocument) {
  const uri = client!.code2ProtocolConverter.asUri(document.uri);
  const lenses = (await client!.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as LensLike[] | null;
  return { uri, lenses };
}

async function insertMissingBlocks(): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) return;
  const { uri, lenses } = await coverageOf(editor.document);
  const line = coverageLine(lenses);
  if (!line) {
    void vscode.window.showInformationMessage('Rubric: no template applies to this document.');
    return;
  }
  if (!line.includes('missing:')) {
    void vscode.window.showInformationMessage(`Rubric: every template block is there (${line}).`);
    return;
  }
  // the server computes the edit and sends it back with workspace/applyEdit
  await client!.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMAND, arguments: [uri] });
}

async function showCoverage(): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) return;
  const { uri, lenses } = await coverageOf(editor.document);
  const symbols = (await client!.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as SymbolLike[] | null;
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  output.appendLine(coverageReport(name, lenses, symbols));
  const line = coverageLine(lenses) ?? 'no template applies to this document';
  const choice = await vscode.window.showInformationMessage(`Rubric: ${line}`,
    ...(line.includes('missing:') ? ['Insert missing blocks', 'Details'] : ['Details']));
  if (choice === 'Insert missing blocks') await insertMissingBlocks();
  if (choice === 'Details') output.show(true);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Rubric');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('rubric.command.insertMissingBlocks', insertMissingBlocks),
    vscode.commands.registerCommand('rubric.command.showCoverage', showCoverage),
    vscode.commands.registerCommand('rubric.command.restartServer', async () => {
      await stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (RESTART_SETTINGS.some((s) => event.affectsConfiguration(s))) {
        await stop();
        await start(context);
      } else if (event.affectsConfiguration('rubric') && client?.state === State.Running) {
        await client.sendNotification(DidChangeConfigurationNotification.type,
          { settings: { rubric: toServerSettings(settingsReader()) } });
      }
    }),
    { dispose: () => void stop() },
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}
