// `npm test` runs this first. The suite uses real components (a CUPS queue that writes PDFs, a
// nats-server, Chromium, poppler); on a machine without one of them it stops here with one line
// per missing component saying what to install, rather than failing later with an obscure error
// or skipping silently. `bash .ci/run` installs and starts all of them on Debian.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Debian puts nats-server in /usr/sbin, which a user's PATH may lack; Foyer's hub looks there too.
const onPath = (name: string): boolean =>
  [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

const succeeds = (command: string, args: string[]): string | null => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
  } catch {
    return null;
  }
};

const cupsPdfOut = (): string | null => {
  try {
    return /^Out\s+(\S+)/m.exec(readFileSync('/etc/cups/cups-pdf.conf', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
};

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const checks: [ok: () => boolean, missing: string][] = [
  [() => onPath('nats-server'), 'nats-server is not installed: apt-get install nats-server (the sync tests start real hubs)'],
  [() => existsSync(chromium), `Chromium is not at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH (the screen tests drive it)`],
  [() => onPath('pdftotext') && onPath('pdftoppm'), 'poppler is missing: apt-get install poppler-utils (badge and sheet tests read the PDFs)'],
  [() => onPath('lp') && onPath('lpstat'), 'the CUPS client is missing: apt-get install cups cups-client cups-bsd printer-driver-cups-pdf'],
  [() => succeeds('lpstat', ['-r'])?.includes('is running') ?? false, 'CUPS is not running: bash .ci/start-cups.sh (starts cupsd and adds the cups-pdf queue)'],
  [() => succeeds('lpstat', ['-p', 'foyer-pdf']) !== null && cupsPdfOut() !== null, 'the cups-pdf queue foyer-pdf is missing: apt-get install printer-driver-cups-pdf && bash .ci/start-cups.sh'],
];

const missing = checks.filter(([ok]) => !ok()).map(([, line]) => line);
if (missing.length > 0) {
  console.error(`npm test needs components this machine lacks (bash .ci/run installs all of them on Debian):\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
