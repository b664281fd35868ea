import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { listPrinters } from '../../../main/print/printers.ts';
import { enqueue, retryJob } from '../../../main/print/queue.ts';
import { documentRenderers } from '../../../main/print/renderers.ts';
import { runUntilSettled } from '../../../main/print/worker.ts';
import { ACTOR, addQueue, deleteQueue, newQueue, outputsOf, pauseQueue, resumeQueue, seededDb, skipWithoutCups } from './cups-helpers.ts';

const worker = { renderers: documentRenderers, backoffMs: 50 };

describe.skipIf(skipWithoutCups)('print faults against the real CUPS', () => {
  let db: Db;
  let queue: string;
  const jobIds: string[] = [];
  beforeAll(() => {
    db = seededDb();
    queue = newQueue();
  });
  afterAll(() => {
    resumeQueue(queue);
    deleteQueue(queue);
  });
  const badge = (attendeeId: string): string => {
    const job = enqueue(db, ACTOR, { kind: 'badge', attendeeId, printer: queue, template: 'a6-portrait' });
    jobIds.push(job.id);
    return job.id;
  };

  it('a paused queue leaves the job waiting with a clear state; resumed, it prints', async () => {
    pauseQueue(queue);
    expect((await listPrinters()).find((p) => p.name === queue)?.state).toBe('paused');
    const id = badge('p1');
    const [waiting] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(waiting?.state).toBe('sending');
    expect(waiting?.detail).toMatch(/^waiting: printer paused/);
    expect(waiting?.spoolerJobId).not.toBeNull();
    expect(outputsOf(id)).toHaveLength(0);

    resumeQueue(queue);
    const [done] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(done?.state).toBe('done');
    expect(done?.spoolerJobId).toBe(waiting?.spoolerJobId); // followed, not sent again
    expect(outputsOf(id)).toHaveLength(1);
  });

  it('a deleted queue fails the job with a clear error; re-added and retried, it prints', async () => {
    deleteQueue(queue);
    const id = badge('p2');
    const [failed] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError).toMatch(new RegExp(`Printer "${queue}" does not exist`));
    expect(failed?.attempts).toBe(1); // a missing printer is not retried blindly

    addQueue(queue);
    retryJob(db, ACTOR, id.slice(0, 8));
    const [done] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(done?.state).toBe('done');
    expect(done?.attempts).toBe(2);
    expect(outputsOf(id)).toHaveLength(1);
  });

  it('a queue deleted while a job waits in it fails that job; retried, it prints once', async () => {
    pauseQueue(queue);
    const id = badge('p3');
    const [waiting] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(waiting?.detail).toMatch(/^waiting: printer paused/);
    deleteQueue(queue);
    const [failed] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError).toMatch(/cancelled|no longer/);
    addQueue(queue);
    retryJob(db, ACTOR, id);
    const [done] = await runUntilSettled(db, ACTOR, [id], worker);
    expect(done?.state).toBe('done');
    expect(outputsOf(id)).toHaveLength(1);
  });

  it('lost no job and printed none twice across the faults', () => {
    expect(jobIds).toHaveLength(3);
    expect(jobIds.map((id) => outputsOf(id).length)).toEqual([1, 1, 1]);
  });
});
