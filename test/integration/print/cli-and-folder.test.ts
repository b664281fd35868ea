import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR, deleteQueue, newQueue, outputsOf, pdfText, seededDb, skipWithoutCups } from './cups-helpers.ts';

const FOYER = join(import.meta.dirname, '../../../bin/foyer.js');

describe.skipIf(skipWithoutCups)('foyer printers / print / queue', () => {
  let dir: string;
  let queue: string;
  const env = (): NodeJS.ProcessEnv => ({ ...process.env, FOYER_DB: join(dir, 'foyer.sqlite'), FOYER_DESK: ACTOR.desk });
  const foyer = (...args: string[]) => spawnSync(process.execPath, [FOYER, ...args], { env: env(), encoding: 'utf8' });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'foyer-print-cli-'));
    seededDb(join(dir, 'foyer.sqlite')).close();
    queue = newQueue();
  });
  afterAll(() => {
    deleteQueue(queue);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the printers', () => {
    const r = foyer('--json', 'printers');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { name: string; state: string }[]).find((p) => p.name === queue)).toMatchObject({ state: 'idle' });
  });

  it('prints a test page and a badge by code, following each until done', () => {
    const t = foyer('--json', 'print', 'test-page', '--printer', queue);
    expect(t.status, t.stderr).toBe(0);
    const page = JSON.parse(t.stdout) as { id: string; state: string };
    expect(page.state).toBe('done');
    expect(pdfText(outputsOf(page.id)[0] as string)).toContain(`Printer: ${queue}`);

    expect(foyer('print', 'desk', '--badge-printer', queue, '--template', 'a7').stdout).toContain(`badges → ${queue} (template a7)`);
    const b = foyer('print', 'badge', 't-p4');
    expect(b.status, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/badge {2}Ana Popescu {2}→ foyer-t-\w+ {2}DONE {2}printed/);
    const q = foyer('--json', 'queue');
    expect((JSON.parse(q.stdout) as { kind: string; state: string; template: string | null }[]).map((j) => [j.kind, j.state, j.template]))
      .toEqual([['badge', 'done', 'a7'], ['test-page', 'done', null]]);
  });

  it('reports a missing printer with exit 1, and cancels by a short id', () => {
    const r = foyer('--json', 'print', 'badge', 'T-P5', '--printer', 'foyer-t-absent', '--no-wait');
    const queued = JSON.parse(r.stdout) as { id: string; state: string };
    expect(queued.state).toBe('queued');
    const c = foyer('queue', '--cancel', queued.id.slice(0, 8));
    expect(c.stdout).toContain('CANCELLED');
    const retried = foyer('queue', '--retry', queued.id.slice(0, 8));
    expect(retried.status).toBe(1);
    expect(retried.stdout).toMatch(/FAILED {2}failed: Printer "foyer-t-absent" does not exist/);
  });

  it('writes to a PDF folder printer', () => {
    const folder = join(dir, 'out');
    const r = foyer('--json', 'print', 'badge', 'T-P6', '--printer', `folder:${folder}`);
    expect(r.status, r.stderr).toBe(0);
    const job = JSON.parse(r.stdout) as { id: string; state: string };
    expect(job.state).toBe('done');
    const files = readdirSync(folder);
    expect(files).toEqual([`foyer-${job.id}-1.pdf`]);
    expect(readFileSync(join(folder, files[0] as string)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(folder, `.foyer-${job.id}-1.pdf.part`))).toBe(false);
  });
});
