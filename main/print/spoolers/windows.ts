import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type PrinterInfo, type Spooler, SpoolerError, type SpoolerJobStatus, type SubmitRequest, type SubmitResult } from './spooler.ts';

// Windows: the system spooler through pdf-to-printer (SumatraPDF, silent, no scaling).
// Honest limits: this file is not exercised by the test suite (CI is Linux/CUPS); SumatraPDF
// reports only that the spooler took the job, not a job id, so "done" here means "spooled",
// and a restart cannot ask Windows about a job it lost. The package is optional at build time:
// electron-builder must list it in asarUnpack, because SumatraPDF.exe cannot run from inside
// app.asar; we point pdf-to-printer at the unpacked copy.

interface PdfToPrinter {
  print(file: string, options: { printer: string; copies?: number; scale?: 'noscale'; paperSize?: string; sumatraPdfPath?: string; silent?: boolean }): Promise<void>;
  getPrinters(): Promise<{ name: string }[]>;
  getDefaultPrinter(): Promise<{ name: string } | null>;
}

const MODULE = 'pdf-to-printer';

async function load(): Promise<{ api: PdfToPrinter; sumatra: string }> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(MODULE);
  } catch {
    throw new SpoolerError('Printing on Windows needs the pdf-to-printer package, which this build does not include.', true);
  }
  const api = (await import(MODULE)) as PdfToPrinter;
  const sumatra = join(dirname(entry), 'SumatraPDF-3.4.6-32.exe').replace(`app.asar${'\\'}`, `app.asar.unpacked${'\\'}`);
  return { api, sumatra };
}

export const windowsSpooler: Spooler = {
  async submit(r: SubmitRequest): Promise<SubmitResult> {
    const { api, sumatra } = await load();
    const dir = await mkdtemp(join(tmpdir(), 'foyer-print-'));
    const file = join(dir, `${r.title}.pdf`);
    try {
      await writeFile(file, r.pdf);
      await api.print(file, { printer: r.printer, copies: r.copies, scale: 'noscale', sumatraPdfPath: sumatra, silent: true });
    } catch (err) {
      const m = (err as Error).message;
      throw new SpoolerError(`Windows could not print to "${r.printer}": ${m}`, /not found|invalid printer/i.test(m));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return { kind: 'finished', detail: `handed to the Windows spooler (${r.printer})` };
  },
  status: (): Promise<SpoolerJobStatus> => Promise.resolve({ state: 'unknown', detail: 'Windows jobs are not followed' }),
  findByTitle: () => Promise.resolve(null),
  cancel: () => Promise.resolve(),
};

export async function listWindowsPrinters(): Promise<PrinterInfo[]> {
  const { api } = await load();
  const [all, def] = await Promise.all([api.getPrinters(), api.getDefaultPrinter()]);
  return all.map((p) => ({ name: p.name, isDefault: p.name === def?.name, state: 'unknown', acceptingJobs: true, description: '', message: '' }));
}
