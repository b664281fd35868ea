#!/usr/bin/env node
// Entry point of the `foyer` command. The CLI is TypeScript run directly by Node >= 22.18 (which
// strips types natively); when an older system Node starts this file, re-run it on the Node 24
// that the project installs as a dependency.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 18)) {
  process.removeAllListeners('warning');
  await import('../main/cli.ts');
} else {
  const require = createRequire(import.meta.url);
  let nodeBin;
  try {
    nodeBin = require.resolve('node/bin/node');
  } catch {
    console.error(`foyer: needs Node 22.18 or newer (this is ${process.version}); run \`npm install\` in the project first.`);
    process.exit(1);
  }
  const child = spawnSync(nodeBin, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
