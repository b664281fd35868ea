// vitest globalSetup: every test file (and every process a test starts) makes its temporary
// folders under one folder for the run, removed when the run ends. Tests then need no cleanup of
// their own, and a run no longer leaves thousands of databases in the system's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'foyer-tests-'));
  // os.tmpdir() reads TMPDIR; test workers and their children inherit it.
  process.env['TMPDIR'] = root;
  return () => {
    if (process.env['FOYER_KEEP_TEST_FILES']) {
      console.log(`Test files kept in ${root}`);
      return;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
