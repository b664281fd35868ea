import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../db/open.ts';
import { purgeConference } from '../../../main/privacy/purge.ts';
import { DEFAULT_STREAM } from '../../../main/sync/config.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { tempDir, waitFor } from '../sync/desks.ts';
import { startNats, type TestNats } from '../sync/nats-server.ts';
import { filesUnder, wordsFoundIn } from './bytes.ts';
import { rosterWords, withoutBaseline } from './roster-words.ts';

const DAY = '2019-05-14';
const NAME = 'European Cluster Conference (demo)';

const foyer = (db: string, desk: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/foyer.js', '--db', db, '--desk', desk, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const count = (db: Db, sql: string): number => db.prepare(sql).pluck().get() as number;

// Two desks, each with its own folder (database, search file, print folder), synced through a real
// nats-server whose stream is kept in plain JSON (no venue token), so its store shows what it holds.
describe('a purge on one desk', () => {
  let nats: TestNats;
  const dirs = { a: tempDir(), b: tempDir() };
  const paths = { a: join(dirs.a, 'foyer.sqlite'), b: join(dirs.b, 'foyer.sqlite') };
  const syncs: SyncHandle[] = [];
  beforeAll(async () => {
    nats = await startNats();
  });
  afterAll(async () => {
    for (const s of syncs) await s.stop();
    await nats.dispose();
  });

  it('erases the roster on every desk and in the hub stream, leaving no name in any file Foyer wrote', async () => {
    expect(foyer(paths.a, 'Desk A', 'demo', '--start', DAY).code).toBe(0);
    const a = openDb(paths.a);
    const b = openDb(paths.b);
    syncs.push(startSync(a, { servers: [nats.url], desk: 'Desk A', pollMs: 20 }), startSync(b, { servers: [nats.url], desk: 'Desk B', pollMs: 20 }));
    const events = count(a, 'SELECT count(*) FROM events');
    await waitFor(() => count(b, 'SELECT count(*) FROM events') === events, () => `desk B to catch up (${count(b, 'SELECT count(*) FROM events')} of ${events})`);
    const codes = a.prepare("SELECT c.code FROM ticket_codes c JOIN attendees p ON p.id = c.attendee_id WHERE p.status = 'active' AND p.days IS NULL ORDER BY c.code LIMIT 2").pluck().all() as string[];
    // Each desk admits someone and prints a badge into its own PDF folder.
    for (const [desk, path, dir, code] of [['Desk A', paths.a, dirs.a, codes[0]], ['Desk B', paths.b, dirs.b, codes[1]]] as const) {
      expect(foyer(path, desk, 'checkin', code as string, '--day', DAY).code).toBe(0);
      mkdirSync(join(dir, 'print'));
      const printed = foyer(path, desk, 'print', 'badge', code as string, '--printer', `folder:${join(dir, 'print')}`);
      expect(printed.code, printed.err).toBe(0);
    }
    await waitFor(() => count(a, 'SELECT count(*) FROM checkins') === 2 && count(b, 'SELECT count(*) FROM checkins') === 2, () => 'the check-ins to cross');
    await waitFor(() => count(a, 'SELECT count(*) FROM events') === count(b, 'SELECT count(*) FROM events'), () => 'both desks to have every event');

    const emptyDir = tempDir();
    expect(foyer(join(emptyDir, 'foyer.sqlite'), 'X', 'event', 'create', '--name', NAME, '--start', DAY).code).toBe(0);
    const words = withoutBaseline(rosterWords(a), join(emptyDir, 'foyer.sqlite'));
    const deskFiles = (): string[] => [...filesUnder(dirs.a), ...filesUnder(dirs.b)];
    expect(wordsFoundIn(deskFiles(), words).length).toBeGreaterThan(0);
    expect(wordsFoundIn(filesUnder(nats.storeDir), words).length).toBeGreaterThan(0);

    const report = purgeConference(a, { desk: 'Desk A', operator: 'organiser' }, NAME);
    expect(report.erased.rows.attendees).toBe(450);

    // Desk B applies the purge (and VACUUMs) when it arrives; the hub's stream keeps only the purge.
    await waitFor(() => count(b, 'SELECT count(*) FROM attendees') === 0 && count(b, 'SELECT cleanup_pending FROM stats_snapshot') === 0,
      () => `desk B to purge (${count(b, 'SELECT count(*) FROM attendees')} people left)`);
    const nc = await connect({ servers: nats.url });
    const jsm = await jetstreamManager(nc);
    await waitFor(async () => (await jsm.streams.info(DEFAULT_STREAM)).state.messages === 1, () => 'the stream to be purged');
    const first = await jsm.streams.getMessage(DEFAULT_STREAM, { seq: (await jsm.streams.info(DEFAULT_STREAM)).state.first_seq });
    expect((JSON.parse(first?.string() ?? '{}') as { type: string }).type).toBe('privacy.purged');
    await nc.close();
    expect(wordsFoundIn(filesUnder(nats.storeDir), words)).toEqual([]);

    expect(b.prepare('SELECT stats FROM stats_snapshot').pluck().get()).toBe(a.prepare('SELECT stats FROM stats_snapshot').pluck().get());
    expect(readdirSync(join(dirs.a, 'print'))).toEqual([]);
    expect(readdirSync(join(dirs.b, 'print'))).toEqual([]);
    expect(wordsFoundIn(deskFiles(), words)).toEqual([]);
    for (const s of syncs.splice(0)) await s.stop();
    a.close();
    b.close();
  }, 180_000);
});
