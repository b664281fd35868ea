import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDb, type Db } from '../../../db/open.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';

// Real CUPS with cups-pdf, set up by .ci/start-cups.sh. Each test file makes its own queue, so
// pausing or deleting one does not disturb the others, and finds its PDFs by the job id that
// Foyer puts in the spooler title (cups-pdf names the file after it).

const sh = (cmd: string, args: readonly string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });

export const cupsRunning = (): boolean => spawnSync('lpstat', ['-r'], { encoding: 'utf8' }).stdout?.includes('is running') ?? false;
/** In CI a missing CUPS is a failure, not a skip. */
export const skipWithoutCups = !cupsRunning() && process.env.CI !== 'true';

/** cups-pdf's output folder, from its configuration. */
export function outputDir(): string {
  const conf = readFileSync('/etc/cups/cups-pdf.conf', 'utf8');
  const out = /^Out\s+(\S+)/m.exec(conf)?.[1];
  if (!out || out.includes('$')) throw new Error('cups-pdf has no fixed Out folder: run .ci/start-cups.sh');
  return out;
}

const ppd = (): string => {
  const line = sh('lpinfo', ['-m']).split('\n').find((l) => /cups-pdf/i.test(l));
  if (!line) throw new Error('no cups-pdf PPD: install printer-driver-cups-pdf');
  return line.split(' ')[0] as string;
};

export function addQueue(name: string): void {
  sh('lpadmin', ['-p', name, '-v', 'cups-pdf:/', '-m', ppd(), '-E', '-o', 'pdftops-renderer-default=pdftocairo']);
}
export const newQueue = (): string => {
  const name = `foyer-t-${randomBytes(4).toString('hex')}`;
  addQueue(name);
  return name;
};
export const deleteQueue = (name: string): void => void spawnSync('lpadmin', ['-x', name]);
export const pauseQueue = (name: string): void => void sh('cupsdisable', [name]);
export const resumeQueue = (name: string): void => void sh('cupsenable', [name]);

/** The PDFs cups-pdf wrote for one Foyer job (any attempt). */
export function outputsOf(jobId: string): string[] {
  const dir = outputDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.startsWith(`foyer-${jobId}-`) && f.endsWith('.pdf')).map((f) => join(dir, f));
}

/** The page as it is seen (a /Rotate of 90 or 270 swaps width and height), in points. */
export function pageSize(file: string): { width: number; height: number } {
  const info = sh('pdfinfo', [file]);
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const rot = Number(/Page rot:\s+(\d+)/.exec(info)?.[1] ?? 0);
  if (!m) throw new Error(`pdfinfo found no page size in ${file}`);
  const [w, h] = [Number(m[1]), Number(m[2])];
  return rot % 180 === 90 ? { width: h, height: w } : { width: w, height: h };
}

export const pdfText = (file: string): string => sh('pdftotext', ['-enc', 'UTF-8', file, '-']);

export const ACTOR = { desk: 'Desk P', operator: 'ana' };
export const DAY = '2026-05-14';

/** A database with one event day and a few people (one with diacritics, one with a meeting). */
export function seededDb(path = ':memory:'): Db {
  const db = openDb(path);
  configureConference(db, ACTOR, { name: 'Print Test Conference', venue: 'Hall A', days: [DAY], timeZone: 'Europe/Bucharest', logo: null });
  const people = [
    ['p1', 'T-P1', 'Ioana Căpitanu'], ['p2', 'T-P2', 'Małgorzata Bieńkowska'], ['p3', 'T-P3', 'Søren Kierkegaard'],
    ['p4', 'T-P4', 'Ana Popescu'], ['p5', 'T-P5', 'Jürgen Weiß'], ['p6', 'T-P6', 'Zoë Ångström'],
  ] as const;
  apply(db, newEvent(ACTOR, 'attendees.imported', {
    batchId: 'b1',
    rows: people.map(([id, code, name]) => ({ id, codes: [code], fields: { ...emptyFields(name), organisation: 'Cluster Łódź' } })),
  }));
  return db;
}
