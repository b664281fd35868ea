import { spawn } from 'node:child_process';
import { integer, ipp, keyword, OP, requested, STATUS_NOT_FOUND } from './ipp.ts';
import { type Spooler, SpoolerError, type SpoolerJobStatus, type SubmitRequest, type SubmitResult } from './spooler.ts';

// CUPS (Linux, macOS): submit with lp, follow with IPP until the spooler says completed,
// aborted or cancelled, so that "done" means the printer got the whole job.

const JOB_STATE = { pending: 3, held: 4, processing: 5, stopped: 6, canceled: 7, aborted: 8, completed: 9 } as const;
const PRINTER_STOPPED = 5;

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runTool(command: string, args: readonly string[], input?: Buffer): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // LANG=C: the messages we classify are the untranslated ones.
    const child = spawn(command, args, { env: { ...process.env, LANG: 'C', LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.on('error', () => undefined); // lp may exit before reading (no such printer)
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

/** lp's options for a label: the template's exact size, no scaling by the spooler. */
export function lpArguments(r: SubmitRequest): string[] {
  const size = (n: number): string => String(Math.round(n * 100) / 100);
  return [
    '-d', r.printer, '-t', r.title, '-n', String(r.copies),
    '-o', `media=Custom.${size(r.media.widthPt)}x${size(r.media.heightPt)}`,
    '-o', 'fit-to-page=false', '-o', 'print-scaling=none', '-o', 'scaling=100',
  ];
}

function classifyLpError(printer: string, message: string): SpoolerError {
  const m = message.replace(/^lp: /i, '').trim();
  if (/does not exist|unknown destination|no such (printer|destination)/i.test(m)) {
    return new SpoolerError(`Printer "${printer}" does not exist on this computer (${m})`, true);
  }
  if (/not accepting jobs/i.test(m)) return new SpoolerError(`Printer "${printer}" is not accepting jobs (${m})`, false);
  if (/scheduler is not running|connection refused|unable to connect/i.test(m)) {
    return new SpoolerError(`The print spooler (CUPS) is not running: ${m}`, false);
  }
  return new SpoolerError(`The spooler refused the job for "${printer}": ${m || 'no message'}`, false);
}

const jobNumber = (spoolerJobId: string): number => Number(spoolerJobId.slice(spoolerJobId.lastIndexOf('-') + 1));
const printerUri = (printer: string): readonly ['printer-uri', string] => ['printer-uri', `ipp://localhost/printers/${encodeURIComponent(printer)}`];
const first = (v: readonly (string | number | boolean)[] | undefined): string | number | boolean | undefined => v?.[0];

/** Why a pending job is blocked, or null when it is only waiting its turn. */
async function whyWaiting(printer: string, reasons: readonly string[]): Promise<string | null> {
  if (reasons.some((r) => r.startsWith('job-hold'))) return 'waiting: held in the spooler';
  const p = await ipp(OP.getPrinterAttributes, printerUri(printer), [requested(['printer-state', 'printer-state-message', 'printer-state-reasons'])]);
  const attrs = p.groups[1]?.attributes ?? {};
  const message = String(first(attrs['printer-state-message']) ?? '').trim();
  if (p.status === STATUS_NOT_FOUND) return `waiting: printer "${printer}" no longer exists`;
  if (first(attrs['printer-state']) === PRINTER_STOPPED) {
    return `waiting: printer paused${message && !/^paused$/i.test(message) ? ` (${message})` : ''}`;
  }
  return null;
}

export const cupsSpooler: Spooler = {
  async submit(r: SubmitRequest): Promise<SubmitResult> {
    let out: RunResult;
    try {
      out = await runTool('lp', lpArguments(r), r.pdf);
    } catch (err) {
      throw new SpoolerError(`Cannot run lp (are the CUPS client tools installed?): ${(err as Error).message}`, true);
    }
    if (out.code !== 0) throw classifyLpError(r.printer, out.stderr || out.stdout);
    const id = /request id is (\S+)/.exec(out.stdout)?.[1];
    if (!id) throw new SpoolerError(`lp printed no job id: ${out.stdout.trim()}`, false);
    return { kind: 'accepted', spoolerJobId: id };
  },

  async status(printer: string, spoolerJobId: string): Promise<SpoolerJobStatus> {
    const res = await ipp(OP.getJobAttributes, ['job-uri', `ipp://localhost/jobs/${jobNumber(spoolerJobId)}`], [
      requested(['job-state', 'job-state-reasons', 'job-printer-state-message', 'job-state-message']),
    ]);
    if (res.status === STATUS_NOT_FOUND) return { state: 'unknown', detail: `the spooler no longer knows job ${spoolerJobId}` };
    const attrs = res.groups[1]?.attributes ?? {};
    const state = first(attrs['job-state']);
    const reasons = (attrs['job-state-reasons'] ?? []).map(String);
    const message = String(first(attrs['job-printer-state-message']) ?? '').trim();
    switch (state) {
      case JOB_STATE.completed:
        return { state: 'completed', detail: `printed (spooler job ${spoolerJobId})` };
      case JOB_STATE.processing:
        return { state: 'printing', detail: `printing${message ? ` (${message})` : ''}` };
      case JOB_STATE.canceled:
        return { state: 'failed', detail: `the spooler cancelled job ${spoolerJobId}${reasons.length ? ` (${reasons.join(', ')})` : ''}` };
      case JOB_STATE.aborted:
        return { state: 'failed', detail: `the printer aborted job ${spoolerJobId}${message ? `: ${message}` : ''}` };
      default: {
        const why = await whyWaiting(printer, reasons);
        // Pending behind other jobs is progress; a paused printer or a held job needs a person.
        return why ? { state: 'waiting', detail: why } : { state: 'printing', detail: 'in the spooler queue' };
      }
    }
  },

  async findByTitle(printer: string, title: string): Promise<string | null> {
    const res = await ipp(OP.getJobs, printerUri(printer), [keyword('which-jobs', 'all'), integer('limit', 500), requested(['job-id', 'job-name', 'job-state'])]);
    for (const g of res.groups.slice(1)) {
      const state = Number(first(g.attributes['job-state']));
      if (first(g.attributes['job-name']) === title && state !== JOB_STATE.canceled && state !== JOB_STATE.aborted) {
        return `${printer}-${String(first(g.attributes['job-id']))}`;
      }
    }
    return null;
  },

  async cancel(_printer: string, spoolerJobId: string): Promise<void> {
    const out = await runTool('cancel', [spoolerJobId]);
    // A job that already finished cannot be cancelled; that is not an error for the queue.
    if (out.code !== 0 && !/already|not possible|does not exist/i.test(out.stderr)) throw new Error(out.stderr.trim());
  },
};
