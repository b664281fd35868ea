import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { eventWith, personNamed, tempDbPath } from '../../helpers/db.ts';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'burst-worker.ts');

interface Line { code: string; outcome: string; id: string | null }

function startWorker(args: string[]): { child: ChildProcess; lines: Line[]; ready: Promise<void>; done: Promise<number | null> } {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Line[] = [];
  let buffered = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => (markReady = r));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const p of parts) if (p === 'ready') markReady(); else if (p) lines.push(JSON.parse(p) as Line);
  });
  const done = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return { child, lines, ready, done };
}

const roster = (n: number) => Array.from({ length: n }, (_, i) => personNamed(i, `Person ${i}`));

describe('check-in across processes', () => {
  it('admits each person exactly once when two processes check in the same people at once', async () => {
    const path = tempDbPath();
    eventWith(roster(200), path).close();
    const go = join(dirname(path), 'go');
    const a = startWorker([path, 'Desk 1', '0', '200', go]);
    const b = startWorker([path, 'Desk 2', '0', '200', go]);
    await Promise.all([a.ready, b.ready]);
    writeFileSync(go, '');
    expect(await a.done).toBe(0);
    expect(await b.done).toBe(0);
    for (let i = 0; i < 200; i++) {
      const outcomes = [a.lines[i]?.outcome, b.lines[i]?.outcome].sort();
      expect(outcomes).toEqual(['admitted', 'already']);
    }
    const db = openDb(path);
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(200);
    expect(db.prepare('SELECT count(DISTINCT attendee_id) FROM checkins').pluck().get()).toBe(200);
    db.close();
  });

  it('loses no acknowledged check-in when the process is killed with SIGKILL mid-burst', async () => {
    const path = tempDbPath();
    eventWith(roster(3000), path).close();
    const w = startWorker([path, 'Desk 1', '0', '3000']);
    while (w.lines.length < 150) await new Promise((r) => setTimeout(r, 5));
    w.child.kill('SIGKILL');
    await w.done;
    const acknowledged = w.lines.filter((l) => l.outcome === 'admitted').map((l) => l.id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(acknowledged.length).toBeLessThan(3000);
    const db = openDb(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare('SELECT id FROM checkins').pluck().all() as string[]);
    for (const id of acknowledged) expect(stored.has(id as string)).toBe(true);
    // Every stored check-in has its event, and nothing was half-written.
    expect(db.prepare("SELECT count(*) FROM checkins c LEFT JOIN events e ON e.id = c.id WHERE e.id IS NULL").pluck().get()).toBe(0);
    db.close();
  });
});

