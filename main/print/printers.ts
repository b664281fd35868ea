import { ipp, requested } from './spoolers/ipp.ts';
import { cupsSpooler } from './spoolers/cups.ts';
import { isFolderPrinter, pdfFolderSpooler } from './spoolers/pdf-folder.ts';
import type { PrinterInfo, Spooler } from './spoolers/spooler.ts';
import { listWindowsPrinters, windowsSpooler } from './spoolers/windows.ts';

export type { PrinterInfo } from './spoolers/spooler.ts';

const CUPS_GET_DEFAULT = 0x4001;
const CUPS_GET_PRINTERS = 0x4002;
const STATES: Record<number, PrinterInfo['state']> = { 3: 'idle', 4: 'printing', 5: 'paused' };

/** The spooler that handles a printer name: `folder:/path` is a PDF folder, anything else the OS's. */
export function spoolerFor(printer: string, platform = process.platform): Spooler {
  if (isFolderPrinter(printer)) return pdfFolderSpooler;
  return platform === 'win32' ? windowsSpooler : cupsSpooler;
}

/** The printers of this computer with the system default marked, asked from CUPS over IPP (not lpstat's translated text). */
export async function listPrinters(platform = process.platform): Promise<PrinterInfo[]> {
  if (platform === 'win32') return listWindowsPrinters();
  const list = await ipp(CUPS_GET_PRINTERS, null, [
    requested(['printer-name', 'printer-state', 'printer-is-accepting-jobs', 'printer-info', 'printer-state-message']),
  ]);
  const def = await ipp(CUPS_GET_DEFAULT, null, [requested(['printer-name'])]);
  const defaultName = def.groups[1]?.attributes['printer-name']?.[0];
  return list.groups.slice(1).flatMap((g) => {
    const a = g.attributes;
    const name = a['printer-name']?.[0];
    if (typeof name !== 'string') return [];
    return [{
      name,
      isDefault: name === defaultName,
      state: STATES[Number(a['printer-state']?.[0])] ?? 'unknown',
      acceptingJobs: a['printer-is-accepting-jobs']?.[0] === true,
      description: String(a['printer-info']?.[0] ?? ''),
      message: String(a['printer-state-message']?.[0] ?? ''),
    }];
  }).sort((x, y) => Number(y.isDefault) - Number(x.isDefault) || x.name.localeCompare(y.name));
}

/** The system default printer's name, or null when none is set. */
export async function defaultPrinter(): Promise<string | null> {
  return (await listPrinters()).find((p) => p.isDefault)?.name ?? null;
}
