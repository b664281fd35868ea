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

const HEADER_ROLES = ['order', 'name', 'checkedIn', 'attention', 'comment', 'blocked', 'validFrom', 'validUntil', 'email'] as const;

interface Export {
  readonly file: string;
  /** The file's headers for the columns a door decision hangs on, in HEADER_ROLES order. */
  readonly headers: Readonly<Record<(typeof HEADER_ROLES)[number], string>>;
  /** Codes: ticket code of a plain row, the blocked one, the one with a validity window, the one checked in at pretix. */
  readonly codes: Readonly<Record<'plain' | 'blocked' | 'window' | 'history', string>>;
  readonly blockedName: string;
  /** The "Checked in" cell of the row checked in at pretix. */
  readonly history: string;
  /** The blocked row's "Blocked" cell with its neighbours, as it appears in the file, and the same row unblocked. */
  readonly block: readonly [string, string];
}

// The same people in every export: the blocked, validity-window and checked-in rows carry these secrets.
const SECRETS = { blocked: 'h7c2vn9pq4xt', window: 'm2w8xr4hkd6s', history: 'a8mwe5rd3hsf' };

/** One export: its door headers (separated by "|"), its plain row's code, the blocked row (name, Yes word, city). */
function pretixExport(file: string, headers: string, plain: string, blocked: readonly [string, string, string], history: string, sep = ','): Export {
  const [blockedName, yes, city] = blocked;
  const names = headers.split('|');
  return {
    file, blockedName, history,
    headers: Object.fromEntries(HEADER_ROLES.map((role, i) => [role, names[i] ?? ''])) as Export['headers'],
    codes: plain.startsWith('EC') ? { plain, blocked: `${plain.slice(0, 4)}2`, window: `${plain.slice(0, 4)}3`, history: `${plain.slice(0, 4)}4` } : { plain, ...SECRETS },
    block: [`${sep}${yes}${sep.repeat(5)}${city}${sep}`, `${sep.repeat(6)}${city}${sep}`],
  };
}

const EXPORTS: readonly Export[] = [
  pretixExport('pretix-checkin-list-de.csv', 'Bestellnummer|Name Teilnehmer*in|Eingecheckt|Benötigt besondere Behandlung|Kommentar|Gesperrt|Gültig ab|Gültig bis|E-Mail',
    'd4x8kq2mzr7w', ['Ольга Коваленко', 'Ja', 'Kyiv'], '13.05.2019 17:45', ';'),
  pretixExport('pretix-checkin-list-fr.csv', "Code de commande|Nom du participant|Enregistré|Nécessite une attention particulière|Commentaire|Bloqué|Valable depuis|Valable jusqu'au|E-Mail",
    'q9z3tw6ybn1c', ['Дмитро Шевченко', 'Oui', 'Kharkiv'], '13/05/2019 17:45'),
  // Exported without secrets: the order code is what the ticket carries.
  pretixExport('pretix-checkin-list-es.csv', 'Código de la orden|Nombre del participante|Check-in|Requiere atención especial|Comentario|Bloqueado|Válido desde|Válido hasta|Correo electrónico',
    'ECE01', ['Олександр Бондаренко', 'Sí', 'Lviv'], '13/05/2019 17:45'),
  pretixExport('pretix-checkin-list-ro.csv', 'ID comandă|Numele participantului|Check-in efectuat|Necesită atenție specială|Comentariu|Blocat|Valid de la|Valabil până la|E-mail',
    't7xq2bn4kz9v', ['Андрій Мельник', 'Da', 'Odesa'], '13.05.2019, 17:45'),
  // Dutch writes "Zitplaatsnummer" for both "Seat ID" and "Seat number": the header repeats.
  pretixExport('pretix-checkin-list-nl.csv', 'Bestelcode|Naam van aanwezige|Ingecheckt|Vereist speciale aandacht|Opmerking|Geblokkeerd|Geldig van|Geldig tot|E-mail',
    'p3k8wq5znm2r', ['Богдан Ткаченко', 'Ja', 'Dnipro'], '13-5-2019 17:45'),
  // Polish leaves "Blocked", "Valid from" and "Valid until" in English; two headers read "Data zamówienia".
  pretixExport('pretix-checkin-list-pl.csv', 'Kod zamówienia|Imię uczestnika|Zameldowany|Wymaga specjalnej uwagi|Komentarz|Blocked|Valid from|Valid until|E-mail',
    'p5d7gh3kwq8m', ['Олена Шевчук', 'Tak', 'Łuck'], '13-05-2019  17:45'),
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
      [x.headers.order]: x.codes.plain.startsWith('EC') ? 'code' : 'orderCode',
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

  it('enforces the validity window written in the export language, in UTC as pretix writes it', async () => {
    const db = eventWith([]);
    await imported(db);
    // The file says 06:00-15:00 (UTC): 09:00-18:00 in Bucharest.
    expect(person(db, x.codes.window)).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-14T18:00' });
    const scan = (iso: string) => checkIn(db, DESK, { target: { code: x.codes.window }, now: at(iso) });
    expect(scan('2019-05-14T05:59:00Z')).toMatchObject({ outcome: 'refused', reason: 'not-yet-valid', message: 'Ticket valid from 14 May 09:00.' });
    expect(scan('2019-05-14T06:00:00Z').outcome).toBe('admitted');
    // 17:59 at the venue: still valid (already in); 18:00: over.
    expect(scan('2019-05-14T14:59:00Z').outcome).toBe('already');
    expect(scan('2019-05-14T15:00:00Z')).toMatchObject({ outcome: 'refused', reason: 'no-longer-valid', message: 'Ticket valid until 14 May 18:00.' });
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
