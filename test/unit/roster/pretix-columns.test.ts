import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../../main/roster/mapping.ts';
import type { Table } from '../../../main/roster/table.ts';

const table = (headers: string[], ...rows: string[][]): Table => ({ headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });
const fieldsOf = (t: Table): Record<string, string> => Object.fromEntries(resolveMapping(t).columns.map((c) => [c.header, c.target]));

// A German check-in list as pretix writes it; `at` replaces the header or the first row's cell at a position.
const GERMAN = [
  'Bestellnummer', 'Name Teilnehmer*in', 'Produkt', 'Preis', 'Eingecheckt', 'Ausgecheckt', 'Automatisch eingecheckt', 'Bezahlt', 'Secret',
  'E-Mail', 'Telefonnummer', 'Ernährung', 'Firma', 'Gutscheincode', 'Bestelldatum', 'Bestelluhrzeit', 'Benötigt besondere Behandlung',
  'Kommentar', 'Sitzplatz-ID', 'Sitzbezeichnung', 'Sitzbereich', 'Sitzreihe', 'Sitzplatz', 'Gesperrt', 'Gültig ab', 'Gültig bis',
  'Adresse', 'Postleitzahl', 'Ort', 'Land', 'Bundesstaat',
];
const ROW = [
  'ECD02', 'Ольга Коваленко', 'Konferenzticket', '250.00', '', '', 'Nein', 'Ja', 'h7c2vn9pq4xt', 'olha@kyiv.ua', '', 'vegan', 'Kyiv IT Cluster',
  '', '2019-03-02', '08:01:44', 'Nein', '', '', '', '', '', '', 'Ja', '14.05.2019 09:00', '', '', '', 'Kyiv', 'UA', '',
];
const at = (list: readonly string[], index: number, value: string): string[] => list.map((v, i) => (i === index ? value : v));
const BLOCKED = GERMAN.indexOf('Gesperrt');

describe('pretix check-in lists in other languages', () => {
  it('reads headers in any case, with stray spaces, and keeps the question columns', () => {
    const t = table(GERMAN.map((h, i) => (i % 2 ? h.toUpperCase() : ` ${h}  `)), ROW);
    const m = resolveMapping(t);
    expect(m.preset).toBe('pretix');
    expect(m.columns.map((c) => c.target)).toEqual([
      'orderCode', 'fullName', 'category', 'ignore', 'checkedInAtSource', 'ignore', 'ignore', 'custom', 'code', 'email', 'custom', 'custom',
      'organisation', 'ignore', 'ignore', 'ignore', 'attention', 'attentionNote', 'ignore', 'custom', 'custom', 'custom', 'custom',
      'blocked', 'validFrom', 'validUntil', 'ignore', 'ignore', 'ignore', 'country', 'ignore',
    ]);
  });

  it('places a column by its position only when its values are what pretix writes there', () => {
    // A "Blocked" header the tables do not know: one word in every blocked row is a block…
    expect(fieldsOf(table(at(GERMAN, BLOCKED, 'Sperre'), ROW)).Sperre).toBe('blocked');
    // …dates or codes are not: the column stays a custom field rather than blocking everyone.
    expect(fieldsOf(table(at(GERMAN, BLOCKED, 'Sperre'), at(ROW, BLOCKED, '14.05.2019')))).toMatchObject({ Sperre: 'custom' });
    // "Paid" holds Yes/No, "Secret" one code per ticket, whatever their headers say.
    const renamed = at(at(GERMAN, 7, 'Zahlung'), 8, 'Ticketcode-QR');
    expect(fieldsOf(table(renamed, ROW))).toMatchObject({ Zahlung: 'custom', 'Ticketcode-QR': 'code' });
  });

  it('does not take any German file with a name and a product for a pretix export', () => {
    const t = table(['Nummer', 'Name', 'Produkt', 'Firma', 'E-Mail'], ['7', 'Jürgen Weiß', 'Ticket', 'Fraunhofer', 'j@f.de']);
    expect(resolveMapping(t).preset).toBe('generic');
    // pretix's own words for the attendee and the product, but none of the check-in list's other columns.
    expect(resolveMapping(table(['Nummer', 'Name Teilnehmer*in', 'Produkt', 'Name'], ['A1', 'Jürgen', 'Ticket', 'Jürgen Weiß'])).preset).toBe('generic');
  });
});
