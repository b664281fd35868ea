import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/open.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { DESK, eventWith, personNamed, tempDbPath } from '../helpers/db.ts';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'sessions-race-worker.ts');

function door(args: string[]): { ready: Promise<void>; done: Promise<string[]> } {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => (markReady = r));
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    if (text.startsWith('ready\n')) markReady();
  });
  const done = new Promise<string[]>((resolve, reject) => child.on('close', (code) => {
    if (code !== 0) reject(new Error(`door process exited with ${code}`));
    else resolve(text.split('\n').slice(1).filter(Boolean).map((l) => (JSON.parse(l) as { outcome: string }).outcome));
  }));
  return { ready, done };
}

describe('room doors on one database file', () => {
  it('never let more people in than the capacity when two processes scan at once', async () => {
    const path = tempDbPath();
    const db = eventWith(Array.from({ length: 160 }, (_, i) => personNamed(i, `Person ${i}`)), path);
    apply(db, newEvent(DESK, 'sessions.defined', { sessions: [{
      id: 'awards', title: 'Awards ceremony', room: 'Sala Unirii', startsAt: '2019-05-14T08:30:00.000Z', endsAt: '2019-05-14T10:00:00.000Z',
      day: '2019-05-14', type: 'ceremony', capacity: 50, access: 'open', categories: [], speakers: '',
    }] }));
    db.close();
    const go = join(dirname(path), 'go');
    const a = door([path, 'Door A', '0', '80', go, 'awards']);
    const b = door([path, 'Door B', '80', '80', go, 'awards']);
    await Promise.all([a.ready, b.ready]);
    writeFileSync(go, '');
    const outcomes = [...(await a.done), ...(await b.done)];
    expect(outcomes.filter((o) => o === 'admitted')).toHaveLength(50);
    expect(outcomes.filter((o) => o === 'session-full')).toHaveLength(110);
    const check = openDb(path);
    expect(check.prepare("SELECT count(DISTINCT attendee_id) FROM session_checkins WHERE session_id = 'awards'").pluck().get()).toBe(50);
    check.close();
  });
});
