import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { findJar, serverCommand } from '../src/server';

const ext = '/home/me/.vscode/extensions/rubric-lint.rubric-0.1.0';
const bundled = path.join(ext, 'server', 'rubric.jar');

test('the bundled jar by default', () => {
  assert.deepEqual(findJar({ extensionPath: ext, exists: (f) => f === bundled }), { jar: bundled, source: 'bundled' });
});

test('rubric.server.jar wins, and must exist', () => {
  assert.deepEqual(findJar({ configured: '/opt/rubric.jar', extensionPath: ext, exists: () => true }),
    { jar: '/opt/rubric.jar', source: 'rubric.server.jar' });
  const missing = findJar({ configured: '/opt/gone.jar', extensionPath: ext, exists: (f) => f === bundled });
  assert.ok('error' in missing);
  assert.match(missing.error, /gone\.jar/);
});

test('no jar at all says so', () => {
  const none = findJar({ extensionPath: ext, exists: () => false });
  assert.ok('error' in none);
  assert.match(none.error, /bundled server .* is missing/);
});

test('the server runs as java [fast-start options] -jar JAR lsp over stdio', () => {
  const { command, args } = serverCommand('/usr/bin/java', '/x/rubric.jar');
  assert.equal(command, '/usr/bin/java');
  assert.deepEqual(args.slice(-3), ['-jar', '/x/rubric.jar', 'lsp']);
  assert.ok(args.includes('-XX:+UseSerialGC'));
  assert.ok(!args.some((a) => a.startsWith('-XX:TieredStopAtLevel')), 'a long-running server keeps the C2 compiler');
});
