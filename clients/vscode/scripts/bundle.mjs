// Bundles the extension and vscode-languageclient into dist/extension.js, so the .vsix needs
// no node_modules (packaged with `vsce package --no-dependencies`).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'info',
});
