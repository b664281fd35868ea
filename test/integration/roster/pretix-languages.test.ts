import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { DESK, eventWith } from '../../helpers/db.ts';

// pretix check-in lists exported in German (semicolons, UTF-8 with BOM), French, Spanish, Romanian, Dutch and Polish. Their
// header rows follow the exporter's column order; the headers pretix's locale files were read for
// are in main/roster/presets-i18n.ts, the others are placed by their position (pretix-columns.ts).
const FIXTURES = join(import.meta.dirname, '../../fixtures/exports');
const dir = mkdtempSync(join(tmpdir(), 'foyer-pretix-languages-'));
type Db = ReturnType<typeof eventWith>;
const person = (db: Db, code: string) => {
  const id = attendeeIdByCode(db, code);
  return id === undefined ? undefined : getAttendee(db, id);
};
// Bucharest is UTC+3 in May: 06:00Z is 09:00 at the venue.
const at = (iso: string): Date => new Date(iso);

interface Export {
  readonly file: string;
  /** The file's headers for the columns a door decision hangs on. */
  readonly headers: Readonly<Record<'order' | 'name' | 'checkedIn' | 'attention' | 'comment' | 'blocked' | 'validFrom' | 'validUntil' | 'email', string>>;
  /** Codes: ticket code of a plain row, the blocked one, the one with a validity window, the one checked in at pretix. */
  readonly codes: Readonly<Record<'plain' | 'blocked' | 'window' | 'history', string>>;
  readonly blockedName: string;
  readonly history: string;
  /** The blocked row's "Blocked" cell with its neighbours, as it appears in the file, and the same row unblocked. */
  readonly block: readonly [string, string];
}

const EXPORTS: readonly Export[] = [
  {
    file: 'pretix-checkin-list-de.csv',
    headers: {
      order: 'Bestellnummer', name: 'Name Teilnehmer*in', checkedIn: 'Eingecheckt', attention: 'Benötigt besondere Behandlung', comment: 'Kommentar', blocked: 'Gesperrt', validFrom: 'Gültig ab', validUntil: 'Gültig bis', email: 'E-Mail',
    },
    codes: { plain: 'd4x8kq2mzr7w', blocked: 'h7c2vn9pq4xt', window: 'm2w8xr4hkd6s', history: 'a8mwe5rd3hsf' },
    blockedName: 'Ольга Коваленко',
    history: '13.05.2019 17:45',
    block: [';Ja;;;;;Kyiv;', ';;;;;;Kyiv;'],
  },
  {
    file: 'pretix-checkin-list-fr.csv',
    headers: {
      order: 'Code de commande', name: 'Nom du participant', checkedIn: 'Enregistré', attention: 'Nécessite une attention particulière', comment: 'Commentaire', blocked: 'Bloqué', validFrom: 'Valable depuis', validUntil: "Valable jusqu'au", email: 'E-Mail',
    },
    codes: { plain: 'q9z3tw6ybn1c', blocked: 'h7c2vn9pq4xt', window: 'm2w8xr4hkd6s', history: 'a8mwe5rd3hsf' },
    blockedName: 'Дмитро Шевченко',
    history: '13/05/2019 17:45',
    block: [',Oui,,,,,Kharkiv,', ',,,,,,Kharkiv,'],
  },
  {
    // Exported without secrets: the order code is what the ticket carries.
    file: 'pretix-checkin-list-es.csv',
    headers: {
      order: 'Código de la orden', name: 'Nombre del participante', checkedIn: 'Check-in', attention: 'Requiere atención especial', comment: 'Comentario', blocked: 'Bloqueado', validFrom: 'Válido desde', validUntil: 'Válido hasta', email: 'Correo electrónico',
    },
    codes: { plain: 'ECE01', blocked: 'ECE02', window: 'ECE03', history: 'ECE04' },
    blockedName: 'Олександр Бондаренко',
    history: '13/05/2019 17:45',
    block: [',Sí,,,,,Lviv,', ',,,,,,Lviv,'],
  },
  {
    file: 'pretix-checkin-list-ro.csv',
    headers: {
      order: 'ID comandă', name: 'Numele participantului', checkedIn: 'Check-in efectuat', attention: 'Necesită atenție specială', comment: 'Comentariu', blocked: 'Blocat', validFrom: 'Valid de la', validUntil: 'Valabil până la', email: 'E-mail',
    },
    codes: { plain: 't7xq2bn4kz9v', blocked: 'h7c2vn9pq4xt', window: 'm2w8xr4hkd6s', history: 'a8mwe5rd3hsf' },
    blockedName: 'Андрій Мельник',
    history: '13.05.2019, 17:45',
    block: [',Da,,,,,Odesa,', ',,,,,,Odesa,'],
  },
  {
    // Dutch writes "Zitplaatsnummer" for both "Seat ID" and "Seat number": the header repeats.
    file: 'pretix-checkin-list-nl.csv',
    headers: {
      order: 'Bestelcode', name: 'Naam van aanwezige', checkedIn: 'Ingecheckt', attention: 'Vereist speciale aandacht', comment: 'Opmerking', blocked: 'Geblokkeerd', validFrom: 'Geldig van', validUntil: 'Geldig tot', email: 'E-mail',
    },
    codes: { plain: 'p3k8wq5znm2r', blocked: 'h7c2vn9pq4xt', window: 'm2w8xr4hkd6s', history: 'a8mwe5rd3hsf' },
    blockedName: 'Богдан Ткаченко',
    history: '13-5-2019 17:45',
    block: [',Ja,,,,,Dnipro,', ',,,,,,Dnipro,'],
  },
  {
    // Polish leaves "Blocked", "Valid from" and "Valid until" in English; two headers read "Data zamówienia".
    file: 'pretix-checkin-list-pl.csv',
    headers: {
      order: 'Kod zamówienia', name: 'Imię uczestnika', checkedIn: 'Zameldowany', attention: 'Wymaga specjalnej uwagi', comment: 'Komentarz', blocked: 'Blocked', validFrom: 'Valid from', validUntil: 'Valid until', email: 'E-mail',
    },
    codes: { plain: 'p5d7gh3kwq8m', blocked: 'h7c2vn9pq4xt', window: 'm2w8xr4hkd6s', history: 'a8mwe5rd3hsf' },
    blockedName: 'Олена Шевчук',
    history: '13-05-2019  17:45',
    block: [',Tak,,,,,Łuck,', ',,,,,,Łuck,'],
  },
];

const mappingOf = (report: { mapping: readonly { header: string; field: string }[] }): Record<string, string> =>
  Object.fromEntries(report.mapping.map((m) => [m.header, m.field]));

describe.each(EXPORTS)('pretix check-in list in $file', (x) => {
  const imported = async (db: Db, path = join(FIXTURES, x.file)) => importFile(db, DESK, path);

  it('is recognised as pretix with no manual mapping, every door column mapped', async () => {
    const db = eventWith([]);
    const r = await imported(db);
    expect(r).toMatchObject({ preset: 'pretix', added: 4, problems: [] });
    expect(r.presetReason.startsWith(`detected from the headers "${x.headers.order}", "${x.headers.name}", `)).toBe(true);
    expect(mappingOf(r)).toMatchObject({
      [x.headers.name]: 'fullName', [x.headers.checkedIn]: 'checkedInAtSource', [x.headers.blocked]: 'blocked',
      [x.headers.validFrom]: 'validFrom', [x.headers.validUntil]: 'validUntil', [x.headers.email]: 'email',
      [x.headers.attention]: 'attention', [x.headers.comment]: 'attentionNote',
      // The scanned code: the ticket's secret when the export has one, else the order code.
      [x.headers.order]: x.codes.plain.startsWith('ECE') ? 'code' : 'orderCode',
    });
    expect(person(db, x.codes.plain)).toMatchObject({ status: 'active', validFrom: null, validUntil: null });
    expect(person(db, x.codes.blocked)?.displayName).toBe(x.blockedName);
  });

  it('refuses the blocked ticket at every door with its reason', async () => {
    const db = eventWith([]);
    await imported(db);
    for (const desk of [DESK, { desk: 'Kiosk 1', operator: 'self-service' }]) {
      const r = checkIn(db, desk, { target: { code: x.codes.blocked }, now: at('2019-05-14T07:00:00Z') });
      expect(r).toMatchObject({ outcome: 'refused', reason: 'blocked', message: 'Registration blocked: blocked in pretix.' });
    }
  });

  it('enforces the validity window written in the export language', async () => {
    const db = eventWith([]);
    await imported(db);
    expect(person(db, x.codes.window)).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-14T18:00' });
    const early = checkIn(db, DESK, { target: { code: x.codes.window }, now: at('2019-05-14T05:59:00Z') });
    expect(early).toMatchObject({ outcome: 'refused', reason: 'not-yet-valid', message: 'Ticket valid from 14 May 09:00.' });
    expect(checkIn(db, DESK, { target: { code: x.codes.window }, now: at('2019-05-14T06:00:00Z') }).outcome).toBe('admitted');
  });

  it('keeps the check-in at pretix as history, not a check-in here', async () => {
    const db = eventWith([]);
    const r = await imported(db);
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0);
    // Ștefan is flagged for attention: staff confirm, then he is checked in here for the first time.
    expect(person(db, x.codes.history)).toMatchObject({ checkedInAtSource: x.history, attention: true });
    expect(checkIn(db, DESK, { target: { code: x.codes.history }, now: at('2019-05-14T07:00:00Z'), confirmAttention: true }).outcome).toBe('admitted');
    expect(r.warnings.join(' ')).toMatch(/1 person was already checked in at pretix: kept as history/);
  });

  it('unblocks the ticket when a re-import has the blocked cell empty', async () => {
    const db = eventWith([]);
    await imported(db);
    const text = readFileSync(join(FIXTURES, x.file), 'utf8');
    expect(text).toContain(x.block[0]);
    const unblocked = join(dir, `unblocked-${x.file}`);
    writeFileSync(unblocked, text.replace(x.block[0], x.block[1]));
    expect(await imported(db, unblocked)).toMatchObject({ updated: 1, problems: [] });
    expect(person(db, x.codes.blocked)).toMatchObject({ status: 'active', statusReason: '' });
    expect(checkIn(db, DESK, { target: { code: x.codes.blocked }, now: at('2019-05-14T07:00:00Z') }).outcome).toBe('admitted');
  });
});
