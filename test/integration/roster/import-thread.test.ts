import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countAttendees } from '../../../db/queries/attendees.ts';
import { InputError } from '../../../main/errors.ts';
import { importFileOffThread } from '../../../main/roster/import-thread-client.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { DESK, eventWith } from '../../helpers/db.ts';
import { writeGeneratedCsv } from '../../helpers/roster-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-import-thread-'));

/** How many times a 1 ms timer fired while `work` ran: none when the work holds this thread throughout. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    const result = await work();
    return { result, ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('the API reads an import file on a worker thread', () => {
  it('previews a 30,000-row file while this thread keeps turning, with the same report as in-thread', async () => {
    const csv = join(dir, 'big.csv');
    writeGeneratedCsv(csv, 30_000);
    const db = eventWith([]);
    const { result, ticks } = await ticksDuring(() => importFileOffThread(db, DESK, csv, { dryRun: true }));
    expect(ticks).toBeGreaterThan(0);
    expect(result).toMatchObject({ outcome: 'dry-run', added: 30_000, rowsTotal: 30_000, preset: 'generic' });
    const inThread = await importFile(db, DESK, csv, { dryRun: true });
    expect({ ...result, batchId: null }).toEqual({ ...inThread, batchId: null });
    expect(countAttendees(db)).toBe(0);
  });

  it('imports what the thread read, on the desk connection, as one transaction', async () => {
    const csv = join(dir, 'commit.csv');
    writeGeneratedCsv(csv, 6_000);
    const db = eventWith([]);
    const report = await importFileOffThread(db, DESK, csv, {});
    expect(report).toMatchObject({ outcome: 'imported', added: 6_000 });
    expect(countAttendees(db)).toBe(6_000);
  });

  it('a refused file is an input error with the same words', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Name,Email\nAna,ana@x.ro\n"Ion Pop,ion@x.ro\n');
    const err = await importFileOffThread(eventWith([]), DESK, bad, { dryRun: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^line 3: a quoted cell opens here/);
  });
});
