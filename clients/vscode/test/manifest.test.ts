// The manifest contributes what the README promises, and the .vsix carries the jar.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('activates on Markdown and runs the bundled entry point', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.dependencies['vscode-languageclient'].split('.')[0].replace(/\D/g, ''), '9');
});

test('contributes the five settings', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(
    ['rubric.template', 'rubric.rules', 'rubric.debounceMs', 'rubric.java.home', 'rubric.trace.server']
      .filter((key) => !(key in properties)), []);
  assert.deepEqual(properties['rubric.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(properties['rubric.debounceMs'].maximum, 10000);
});

test('contributes the two commands, with ids the server does not register itself', () => {
  const titles = Object.fromEntries(manifest.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
  assert.equal(titles['rubric.command.insertMissingBlocks'], 'Insert missing template blocks');
  assert.equal(titles['rubric.command.showCoverage'], 'Show template coverage');
  // vscode-languageclient registers the server's executeCommand ids (rubric.insertMissingBlocks);
  // contributing the same id would clash
  assert.ok(!('rubric.insertMissingBlocks' in titles));
  const source = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
  for (const id of Object.keys(titles)) assert.ok(source.includes(`'${id}'`), `${id} is registered`);
});

test('packaging copies the jar in and ships only what runs', () => {
  assert.match(manifest.scripts['vscode:prepublish'], /copy-jar/);
  const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
  for (const excluded of ['src/**', 'test/**', 'out/**', 'node_modules/**']) assert.ok(ignore.includes(excluded), excluded);
  assert.ok(!ignore.some((line) => line.startsWith('server')), 'server/rubric.jar ships');
});
