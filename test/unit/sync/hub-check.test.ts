import { describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../db/open.ts';
import { readStreamMemory, readSyncState, setAppliedStreamSeq, setPublishedSeq, setPublishedStreamSeq } from '../../../db/queries/sync.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { checkHub, hubLooksLossy } from '../../../main/sync/hub-check.ts';
import { formatPairing, parsePairing } from '../../../main/sync/pairing.ts';
import { markPurged, purgedBelowOf } from '../../../main/sync/purge-mark.ts';
import type { StreamView } from '../../../main/sync/stream.ts';

const CREATED = '2026-05-14T08:00:00Z';
const view = (v: Partial<StreamView>): StreamView => ({ created: CREATED, firstSeq: 1, lastSeq: 10, messages: 10, purgedBelow: 0, ...v });

/** A desk that has read the stream up to 10 (its one local event is published). */
function syncedDesk(): Db {
  const db = openDb(':memory:');
  configureConference(db, { desk: 'D', operator: 'o' }, { name: 'ECC', venue: '', days: ['2026-05-14'], timeZone: 'UTC', logo: null });
  setPublishedSeq(db, 1);
  checkHub(db, view({}));
  setAppliedStreamSeq(db, 10);
  setPublishedStreamSeq(db, 4);
  return db;
}

describe('a desk looking at the hub', () => {
  it('tells a stream that looks as if it lost events, as checkHub would, without changing anything', () => {
    const cases: [string, Partial<StreamView>, boolean][] = [
      ['grew', { lastSeq: 40, messages: 40 }, false],
      ['lost its start', { firstSeq: 11, lastSeq: 10, messages: 0 }, true],
      ['made again', { created: '2026-05-14T09:00:00Z', firstSeq: 0, lastSeq: 0, messages: 0 }, true],
      ['went back', { lastSeq: 6, messages: 6 }, true],
      ['purged on purpose', { firstSeq: 8, lastSeq: 10, messages: 3, purgedBelow: 8 }, false],
    ];
    for (const [name, v, lossy] of cases) {
      const db = syncedDesk();
      const before = [readSyncState(db), readStreamMemory(db)];
      expect(hubLooksLossy(db, view(v)), name).toBe(lossy);
      expect([readSyncState(db), readStreamMemory(db)], name).toEqual(before);
      expect(checkHub(db, view(v)).restoreStarted, name).toBe(lossy);
    }
  });

  it('sees nothing wrong in a stream that only grew', () => {
    const db = syncedDesk();
    expect(checkHub(db, view({ lastSeq: 40, messages: 40 }))).toEqual({ state: 'ok', reposition: false, restoreStarted: false });
    expect(readStreamMemory(db).restoreSeq).toBeNull();
  });

  it('restores the hub when the messages it read were purged', () => {
    const db = syncedDesk();
    expect(checkHub(db, view({ firstSeq: 11, lastSeq: 10, messages: 0 }))).toEqual({ state: 'restoring', reposition: false, restoreStarted: true });
    expect(readStreamMemory(db)).toMatchObject({ restoreSeq: 0, restoreUntil: 1, streamFirstSeq: 11 });
    // Seen once: the same purge does not start the restore again.
    expect(checkHub(db, view({ firstSeq: 11, lastSeq: 30, messages: 20 })).restoreStarted).toBe(false);
  });

  it('restores the hub, from a fresh stream position, when the stream was made again', () => {
    const db = syncedDesk();
    expect(checkHub(db, view({ created: '2026-05-14T09:00:00Z', firstSeq: 0, lastSeq: 0, messages: 0 }))).toMatchObject({ reposition: true, restoreStarted: true });
    expect(readSyncState(db)).toMatchObject({ appliedStreamSeq: 0, streamCreated: '2026-05-14T09:00:00Z' });
  });

  it('restores the hub when the stream went back below what it read or wrote', () => {
    const db = syncedDesk();
    expect(checkHub(db, view({ lastSeq: 6, messages: 6 }))).toMatchObject({ reposition: true, restoreStarted: true });
    expect(readSyncState(db).appliedStreamSeq).toBe(6);
  });

  it('leaves alone what the hub purged on purpose', () => {
    const db = syncedDesk();
    expect(checkHub(db, view({ firstSeq: 8, lastSeq: 10, messages: 3, purgedBelow: 8 })).restoreStarted).toBe(false);
    expect(purgedBelowOf(markPurged('Venue log foyer:purged-below=3', 8))).toBe(8);
    expect(markPurged('Venue log foyer:purged-below=3', 8)).toBe('Venue log foyer:purged-below=8');
  });

  it('reads on from a purge event the hub kept, when it had not read that far, again and again', () => {
    const db = syncedDesk();
    for (let look = 0; look < 3; look++) {
      expect(checkHub(db, view({ firstSeq: 30, lastSeq: 31, messages: 2, purgedBelow: 30 }))).toEqual({ state: 'ok', reposition: false, restoreStarted: false });
    }
    expect(readSyncState(db).appliedStreamSeq).toBe(29);
    expect(readStreamMemory(db)).toMatchObject({ restoreSeq: null, streamFirstSeq: 30 });
  });

  it('tells a new desk the hub is empty, and starts it after a hole it cannot fill', () => {
    const db = openDb(':memory:');
    expect(checkHub(db, view({ firstSeq: 0, lastSeq: 0, messages: 0 })).state).toBe('empty');
    expect(checkHub(db, view({ firstSeq: 51, lastSeq: 60, messages: 10 }))).toMatchObject({ state: 'empty', restoreStarted: false });
    expect(readSyncState(db).appliedStreamSeq).toBe(50);
    expect(checkHub(db, null).state).toBe('no-stream');
  });
});

describe('the pairing', () => {
  const fp = 'AB:'.repeat(31) + 'AB';
  it('reads TOKEN#FINGERPRINT in the forms people paste', () => {
    expect(parsePairing(` tok#${fp} `)).toEqual({ secret: 'tok', fingerprint: 'ab'.repeat(32) });
    expect(parsePairing('tok', 'cd'.repeat(32))).toEqual({ secret: 'tok', fingerprint: 'cd'.repeat(32) });
    expect(parsePairing('tok')).toEqual({ secret: 'tok', fingerprint: null });
    expect(formatPairing(parsePairing(`tok#${fp}`))).toBe(`tok#${'ab'.repeat(32)}`);
  });
  it('refuses a fingerprint cut short or mistyped', () => {
    expect(() => parsePairing('tok#abcd')).toThrow(/not a certificate fingerprint/);
    expect(() => parsePairing(`tok#${'g'.repeat(64)}`)).toThrow(/not a certificate fingerprint/);
    expect(() => parsePairing('#' + 'a'.repeat(64))).toThrow(/token is empty/);
  });
});
