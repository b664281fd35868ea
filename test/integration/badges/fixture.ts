import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDb } from '../../../db/open.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { type AttendeeFields, emptyFields } from '../../../model/attendee.ts';

export const actor = { desk: 'Desk 1', operator: 'test' };

/** The names from the European Cluster Conference that badges must print exactly. */
export const PEOPLE: readonly (Partial<AttendeeFields> & { id: string; displayName: string; code: string })[] = [
  { id: 'p-capitanu', code: 'T-001', displayName: 'Ana-Maria Căpitanu', organisation: 'Clusterul Regional Nord-Est', country: 'RO', category: 'speaker', jobTitle: 'Cluster manager' },
  { id: 'p-cosnita', code: 'T-002', displayName: 'Ioana Cosnița', organisation: 'ASTRICO Nord-Est', country: 'RO', category: 'participant' },
  { id: 'p-bienkowska', code: 'T-003', displayName: 'Małgorzata Bieńkowska', organisation: 'Klaster Łódź', country: 'PL', category: 'organiser' },
  { id: 'p-kadar', code: 'T-004', displayName: 'Zoltán Kádár', organisation: 'Pannon Szövetség', country: 'HU', category: 'press' },
  { id: 'p-lysenko', code: 'T-005', displayName: 'Олена Лисенко', organisation: 'Кластер ІТ Львів', country: 'UA', category: 'vip' },
  { id: 'p-colonna', code: 'T-006', displayName: "Jean-Baptiste Colonna d'Istria", organisation: 'Pôle Mer Méditerranée', country: 'FR', category: 'staff' },
  { id: 'p-papadopoulos', code: 'T-007', displayName: 'Γιώργος Παπαδόπουλος', organisation: 'Σύνδεσμος Καινοτομίας Αθηνών', country: 'GR', category: 'exhibitor' },
  { id: 'p-short', code: 'T-008', displayName: 'Li Bo', organisation: 'EIT', country: 'BE', category: 'participant' },
  {
    id: 'p-long', code: 'T-009', displayName: 'Maria-Magdalena Căpitanu-Dumitrescu-Constantinescu',
    organisation: 'Asociația Clusterului de Inovare și Transfer Tehnologic pentru Industria Prelucrătoare a Lemnului și Mobilei din Regiunea Nord-Est',
    jobTitle: 'Director pentru cooperare internațională și dezvoltarea parteneriatelor strategice europene',
    country: 'Romania', category: 'speaker', email: 'maria@example.ro', shareContact: true,
  },
];

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `foyer-${prefix}-`));
}

/** A real database file with the event and the people above. */
export function badgeDb(dir = tempDir('badges'), name = 'European Cluster Conference 2019'): Db {
  const db = openDb(join(dir, 'foyer.sqlite'));
  configureConference(db, actor, { name, venue: 'Palace of Parliament, Bucharest', days: ['2019-05-14', '2019-05-15', '2019-05-16'], timeZone: 'Europe/Bucharest' });
  apply(db, newEvent(actor, 'attendees.imported', {
    batchId: 'b1',
    rows: PEOPLE.map(({ id, code, displayName, ...rest }) => ({ id, codes: [code], fields: { ...emptyFields(displayName), ...rest } })),
  }));
  return db;
}

export function pdfText(pdf: Buffer, dir = tempDir('pdf')): string {
  const file = join(dir, 'x.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The text with wrapped lines joined again: after a hyphen directly, elsewhere with a space. */
export const joinLines = (text: string): string => text.replace(/-\n/g, '-').replace(/\s+/g, ' ');

/** Renders page 1 of a PDF to PNG with poppler; returns the PNG's path. */
export function pdfToPng(pdf: Buffer, outBase: string, dpi = 150, page = 1): string {
  mkdirSync(join(outBase, '..'), { recursive: true });
  writeFileSync(`${outBase}.pdf`, pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', `${outBase}.pdf`, outBase]);
  return `${outBase}.png`;
}
