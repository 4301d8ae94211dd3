import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findJava, javaMajorVersion } from '../src/java';

const only = (...files: string[]) => (file: string) => files.includes(file);

test('rubric.java.home wins over JAVA_HOME and PATH', () => {
  const found = findJava({
    javaHome: '/opt/jdk-21', env: { JAVA_HOME: '/usr/lib/jvm/jdk-17', PATH: '/usr/bin' }, platform: 'linux',
    isExecutable: only('/opt/jdk-21/bin/java', '/usr/lib/jvm/jdk-17/bin/java', '/usr/bin/java'),
  });
  assert.deepEqual(found, { executable: '/opt/jdk-21/bin/java', source: 'rubric.java.home' });
});

test('a rubric.java.home without java is an error, not a silent fallback', () => {
  const found = findJava({
    javaHome: '/opt/nothing', env: { PATH: '/usr/bin' }, platform: 'linux', isExecutable: only('/usr/bin/java'),
  });
  assert.ok('error' in found);
  assert.match(found.error, /rubric\.java\.home is set to \/opt\/nothing/);
});

test('JAVA_HOME comes next', () => {
  const found = findJava({
    javaHome: '  ', env: { JAVA_HOME: '/usr/lib/jvm/jdk-17', PATH: '/usr/bin' }, platform: 'linux',
    isExecutable: only('/usr/lib/jvm/jdk-17/bin/java', '/usr/bin/java'),
  });
  assert.deepEqual(found, { executable: '/usr/lib/jvm/jdk-17/bin/java', source: 'JAVA_HOME' });
});

test('a JAVA_HOME without java falls through to the PATH, in PATH order', () => {
  const found = findJava({
    env: { JAVA_HOME: '/broken', PATH: '/home/me/bin::/usr/local/bin:/usr/bin' }, platform: 'linux',
    isExecutable: only('/usr/local/bin/java', '/usr/bin/java'),
  });
  assert.deepEqual(found, { executable: '/usr/local/bin/java', source: 'PATH' });
});

test('Windows: java.exe, Path with semicolons', () => {
  const found = findJava({
    env: { Path: 'C:\\Windows;C:\\Java\\bin' }, platform: 'win32', isExecutable: only('C:\\Java\\bin\\java.exe'),
  });
  assert.deepEqual(found, { executable: 'C:\\Java\\bin\\java.exe', source: 'PATH' });
  const home = findJava({ javaHome: 'C:\\jdk', env: {}, platform: 'win32', isExecutable: only('C:\\jdk\\bin\\java.exe') });
  assert.deepEqual(home, { executable: 'C:\\jdk\\bin\\java.exe', source: 'rubric.java.home' });
});

test('no Java anywhere: a message that says what to do', () => {
  const found = findJava({ env: { JAVA_HOME: '/broken', PATH: '/usr/bin' }, platform: 'linux', isExecutable: () => false });
  assert.ok('error' in found);
  assert.match(found.error, /JAVA_HOME \(\/broken\) holds no bin\/java/);
  assert.match(found.error, /Java 17 or newer/);
  assert.match(found.error, /rubric\.java\.home/);
});

test('java -version output: modern, legacy 1.x and unknown', () => {
  assert.equal(javaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
  assert.equal(javaMajorVersion('java version "21" 2023-09-19 LTS'), 21);
  assert.equal(javaMajorVersion('java version "1.8.0_392"'), 8);
  assert.equal(javaMajorVersion('openjdk version "22-ea" 2024-03-19'), 22);
  assert.equal(javaMajorVersion('command not found'), undefined);
});
