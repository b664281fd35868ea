import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs electronegativity over main/ and renderer/ together and reads its CSV report.
//
// Why not `npx @doyensec/electronegativity -i main/ -i renderer/`: its CLI is broken in this install
// (it relies on a hoisted commander 2 API and finds the project's commander 15), and it takes one
// input only, while its global checks (CSP, navigation limits, permission handler) must see the
// main process and the renderer at once. So both folders are copied into one scan root, with a
// package.json naming our Electron version (otherwise it assumes Electron 0.1 and its defaults).
//
// Offline: the tool fetches translations over HTTP on every run (and its HTTP client's retry
// timers throw after the run). Foyer runs offline, so its copy of `got` is replaced by one that
// fails at once; the tool then uses its bundled English messages.
//
// Excluded: AvailableSecurityFixesGlobalCheck only asks GitHub whether a newer Electron exists; it
// needs the network (and crashes without it), and says nothing about our code.
const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;

function offlineHttpClient(): void {
  const gotPath = require.resolve('got', { paths: [require.resolve('@doyensec/electronegativity/package.json')] });
  const offline = Object.assign(() => Promise.reject(new Error('offline')), { head: () => Promise.reject(new Error('offline')) });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: { default: offline, __esModule: true } } as NodeJS.Module;
}

export interface Finding {
  readonly issue: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly description: string;
}

export const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** A minimal CSV reader for electronegativity's report (quoted fields, commas inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/).filter((l) => l.trim() !== '')) {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        cells.push(cell.trim());
        cell = '';
      } else cell += c;
    }
    cells.push(cell.trim());
    rows.push(cells);
  }
  return rows;
}

export async function scanElectronApp(outDir = join(ROOT, 'test-output')): Promise<{ findings: Finding[]; csv: string; files: number }> {
  const scanRoot = mkdtempSync(join(tmpdir(), 'foyer-electronegativity-'));
  for (const dir of ['main', 'renderer']) cpSync(join(ROOT, dir), join(scanRoot, dir), { recursive: true });
  const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string };
  writeFileSync(join(scanRoot, 'package.json'), JSON.stringify({ name: 'foyer', devDependencies: { electron: electron.version } }));
  mkdirSync(outDir, { recursive: true });
  const csv = join(outDir, 'electronegativity.csv');
  rmSync(csv, { force: true });
  offlineHttpClient();
  const run = require('@doyensec/electronegativity/dist/runner.js') as (options: object, forCli: boolean) => Promise<{ issues: unknown[] }>;
  const { issues } = await run(
    {
      input: scanRoot, output: csv, isSarif: false, customScan: [], excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true, isVerbose: false, electronVersionOverride: electron.version, parserPlugins: [],
    },
    false,
  );
  const rows = await reportRows(csv, issues.length);
  const findings = rows.map(([issue = '', severity = '', confidence = '', file = '', location = '', , description = '']) => ({
    issue, severity, confidence, file, location, description,
  }));
  return { findings, csv, files: countScanned(scanRoot) };
}

/**
 * The tool writes its CSV header and rows with two unawaited fs.writeFile calls: wait until the
 * file holds every issue it returned, and skip the header wherever it landed.
 */
async function reportRows(csv: string, expected: number): Promise<string[][]> {
  for (let waited = 0; ; waited += 50) {
    let rows: string[][] = [];
    try {
      rows = parseCsv(readFileSync(csv, 'utf8')).filter((r) => r[0] !== 'issue');
    } catch {
      // not written yet
    }
    if (rows.length >= expected || waited > 10_000) return rows;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many source files the scan covered (a scan of nothing would pass too easily). */
function countScanned(root: string): number {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|html)$/.test(f)).length;
}
