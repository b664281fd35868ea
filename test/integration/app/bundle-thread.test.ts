import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { indexGeneration } from '../../../db/search-db.ts';
import { search } from '../../../main/search/search.ts';
import { eventWith } from '../../helpers/db.ts';

// The app cannot be launched here (no Electron binary), but its bundle can be built, and the one
// part of it that runs as a separate module, the search index's writer thread, can be run in Node.
const ROOT = join(import.meta.dirname, '../../..');
// Inside the project, as out/ is: the bundle leaves better-sqlite3 to node_modules.
mkdirSync(join(ROOT, 'test-output'), { recursive: true });
const out = mkdtempSync(join(ROOT, 'test-output', 'bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built main process', () => {
  it('carries the search index thread beside index.js, and that thread indexes a person', async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, FOYER_BUILD_OUT: out },
      stdio: 'pipe',
    });
    const main = join(out, 'main');
    expect(existsSync(join(main, 'index.js'))).toBe(true);
    expect(existsSync(join(main, 'index-thread.js'))).toBe(true);
    // The shell gives its window ../preload/preload.cjs from out/main (test/unit/shell checks that side).
    expect(existsSync(join(out, 'preload', 'preload.cjs'))).toBe(true);
    // index-thread-client.ts looks for the thread next to the code that starts it (index.js, or a
    // chunk it shares with the import thread, in the same folder).
    const bundled = readdirSync(main).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(main, f), 'utf8')).join('\n');
    expect(bundled).toContain('"index-thread.js"');
    expect(bundled).toContain('"import-thread.js"');

    const db = eventWith([]);
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(join(main, 'index-thread.js'), {
      workerData: { path: join(db.name, '..', 'foyer.search.sqlite'), port: port2, signal },
      transferList: [port2],
    });
    const reply = (n: number): { kind: string; message?: string } => {
      Atomics.wait(signal, 0, n, 20_000);
      return receiveMessageOnPort(port1)?.message as { kind: string };
    };
    // It opens the search file at once, and takes its lock when told to begin.
    port1.postMessage({ kind: 'begin' });
    expect(reply(0)).toEqual({ kind: 'started' });
    const fields = { displayName: 'Mykola Лисенко', firstName: 'Mykola', familyName: 'Лисенко', organisation: 'Kyiv Cluster', email: 'm@kyiv.ua' };
    db.prepare("INSERT INTO attendees (rowid, id, display_name, created_at, updated_at) VALUES (7, 'p7', 'Mykola Лисенко', 'x', 'x')").run();
    port1.postMessage({ kind: 'index', people: [{ rowid: 7, fields, codes: ['K-7'], isNew: true }] });
    port1.postMessage({ kind: 'generation', generation: 41 });
    port1.postMessage({ kind: 'prepare' });
    expect(reply(1)).toEqual({ kind: 'prepared' });
    port1.postMessage({ kind: 'commit' });
    expect(reply(2)).toEqual({ kind: 'committed' });
    await new Promise((r) => worker.once('exit', r));
    expect(search(db, 'лисен', 5).map((h) => h.attendee.id)).toEqual(['p7']);
    expect(indexGeneration(db)).toBe(41);
    db.close();
  }, 120_000);

  it('carries the import thread beside index.js, and that thread previews a roster file', async () => {
    const main = join(out, 'main');
    expect(existsSync(join(main, 'import-thread.js'))).toBe(true);
    const db = eventWith([]);
    const csv = join(out, 'roster.csv');
    writeFileSync(csv, 'Name,Email,Code\nAna-Maria Căpitanu,ana@cluster.ro,C1\nȘtefan Cosnița,stefan@tm.ro,C2\n');
    const worker = new Worker(join(main, 'import-thread.js'), { workerData: { kind: 'preview', path: csv, dbPath: db.name, options: {} } });
    const reply = await new Promise<{ kind: string; report?: { outcome: string; added: number } }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply).toMatchObject({ kind: 'report', report: { outcome: 'dry-run', added: 2 } });
    db.close();
  }, 60_000);
});
