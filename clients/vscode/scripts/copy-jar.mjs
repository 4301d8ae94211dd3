// Copies the shaded server jar into the extension (server/rubric.jar) before packaging.
// Source: $RUBRIC_JAR, else <repo>/server/target/rubric.jar (build it with `mvn -DskipTests package`).
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.env.RUBRIC_JAR || join(extension, '..', '..', 'server', 'target', 'rubric.jar');
if (!existsSync(source)) {
  console.error(`copy-jar: ${source} does not exist. Build the server first (mvn -DskipTests package at the ` +
    'repository root) or set RUBRIC_JAR to a rubric.jar.');
  process.exit(1);
}
const target = join(extension, 'server', 'rubric.jar');
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copy-jar: ${source} -> server/rubric.jar (${(statSync(target).size / 1048576).toFixed(1)} MiB)`);
