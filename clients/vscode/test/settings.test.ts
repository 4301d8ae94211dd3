import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { configurationItem, MAX_DEBOUNCE_MS, readerOf, RESTART_SETTINGS, toServerSettings } from '../src/settings';

test('defaults VS Code reports for unset settings send nothing, so .rubric.yaml decides', () => {
  assert.deepEqual(toServerSettings(readerOf({ template: '', rules: {}, debounceMs: undefined })), {});
});

test('template, rules and debounce are passed through', () => {
  const rules = { monitoring: 'error', 'block-balance': { severity: 'info', options: { maxShare: 0.6 } } };
  assert.deepEqual(toServerSettings(readerOf({ template: ' ml-system-design ', rules, debounceMs: 350 })),
    { template: 'ml-system-design', rules, debounceMs: 350 });
});

test('client-only settings never reach the server', () => {
  const settings = toServerSettings(readerOf({
    template: 'auto', 'java.home': '/opt/jdk', 'server.jar': '/x/rubric.jar', 'trace.server': 'verbose',
  }));
  assert.deepEqual(settings, { template: 'auto' });
});

test('debounce is clamped to 0..10000 and rounded; non-numbers are dropped', () => {
  assert.equal(toServerSettings(readerOf({ debounceMs: -5 })).debounceMs, 0);
  assert.equal(toServerSettings(readerOf({ debounceMs: 99999 })).debounceMs, MAX_DEBOUNCE_MS);
  assert.equal(toServerSettings(readerOf({ debounceMs: 12.6 })).debounceMs, 13);
  assert.equal(toServerSettings(readerOf({ debounceMs: '200' })).debounceMs, undefined);
  assert.equal(toServerSettings(readerOf({ debounceMs: Number.NaN })).debounceMs, undefined);
});

test('rules that are not an object are dropped', () => {
  assert.equal(toServerSettings(readerOf({ rules: ['monitoring'] })).rules, undefined);
  assert.equal(toServerSettings(readerOf({ rules: 'monitoring' })).rules, undefined);
});

test('a dotted reader works too', () => {
  assert.deepEqual(toServerSettings(readerOf({ 'rubric.template': 'design-doc' })), { template: 'design-doc' });
});

test('workspace/configuration: the section, one key, or null for other sections', () => {
  const read = readerOf({ template: 'mle-five-block', debounceMs: 100, 'java.home': '/opt/jdk' });
  assert.deepEqual(configurationItem('rubric', read), { template: 'mle-five-block', debounceMs: 100 });
  assert.deepEqual(configurationItem(undefined, read), { template: 'mle-five-block', debounceMs: 100 });
  assert.equal(configurationItem('rubric.template', read), 'mle-five-block');
  assert.equal(configurationItem('rubric.rules', read), null);
  assert.equal(configurationItem('rubric.java.home', read), null);
  assert.equal(configurationItem('markdown', read), null);
});

test('only the settings that decide how the server starts restart it', () => {
  assert.deepEqual(RESTART_SETTINGS, ['rubric.java.home', 'rubric.server.jar']);
});
