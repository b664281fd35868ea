import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Spooler, SpoolerJobStatus, SubmitRequest, SubmitResult } from './spooler.ts';
import { SpoolerError } from './spooler.ts';

// A "printer" that writes each job as a PDF file into a folder, for venues that print elsewhere
// (a print shop, a laptop by the label printer). Writing is done when the file is renamed into
// place, so a half-written file is never seen and a resubmission overwrites rather than doubles.

const safe = (s: string): string => s.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);

export const FOLDER_PREFIX = 'folder:';
export const isFolderPrinter = (printer: string): boolean => printer.startsWith(FOLDER_PREFIX);
export const folderOf = (printer: string): string => printer.slice(FOLDER_PREFIX.length);

export const pdfFolderSpooler: Spooler = {
  async submit(r: SubmitRequest): Promise<SubmitResult> {
    const dir = folderOf(r.printer);
    const name = `${safe(r.title)}${r.copies > 1 ? `-x${r.copies}` : ''}.pdf`;
    try {
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${name}.part`);
      await writeFile(tmp, r.pdf);
      await rename(tmp, join(dir, name));
    } catch (err) {
      throw new SpoolerError(`Cannot write to the PDF folder ${dir}: ${(err as Error).message}`, false);
    }
    return { kind: 'finished', detail: `written to ${join(dir, name)}` };
  },
  status: (): Promise<SpoolerJobStatus> => Promise.resolve({ state: 'completed', detail: 'written' }),
  findByTitle: () => Promise.resolve(null),
  cancel: () => Promise.resolve(),
};
