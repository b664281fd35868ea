import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../main/roster/read-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-decode-'));
let n = 0;
const write = (bytes: Buffer): string => {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
};
const utf16be = (text: string): Buffer => iconv.encode(text, 'utf-16be');

// Shaped like Excel's "CSV (separator: semicolon)" on a Romanian or Polish Windows: Windows-1250,
// CRLF, semicolons, and the cedilla forms ş ţ (1250 has no comma-below ș ț).
const CENTRAL = [
  'Nume;Prenume;Email;Organizaţie;Ţară',
  'Căpitanu;Ana-Maria;ana.capitanu@cluster.ro;Asociaţia Clusterelor;România',
  'Cosniţa;Ştefan;stefan@tm.ro;Cluster TIC Timişoara;România',
  'Bieńkowska;Małgorzata;m.bienkowska@lodz.pl;Klaster Łódź;Polska',
  'Żółkiewski;Łukasz;lukasz@zg.pl;Śląski Klaster;Polska',
  'Dvořák;Jiří;jiri@cz.cz;Moravskoslezský klastr;Česko',
].join('\r\n');

const WESTERN = [
  'Nachname,Vorname,E-Mail,Firma,Land',
  'Müller,Jürgen,jm@fraunhofer.de,Fraunhofer,Deutschland',
  'Lefèvre,Hélène,helene@pole.fr,Pôle Véhicule du Futur,France',
  'Østergaard,Søren,soren@dk.dk,Clean Cluster,Danmark',
  'Åström,Björn,bjorn@se.se,Klustret Väst,Sverige',
  'Garçon,François,fg@be.be,Agoria,Belgique',
].join('\r\n');

describe('encoding and delimiter detection', () => {
  it('reads a semicolon Windows-1250 Excel export with Romanian and Polish names', async () => {
    const r = await readTable(write(iconv.encode(CENTRAL, 'windows-1250')));
    expect(r.encoding).toBe('windows-1250');
    expect(r.delimiter).toBe(';');
    expect(r.table.headers).toEqual(['Nume', 'Prenume', 'Email', 'Organizaţie', 'Ţară']);
    expect(r.table.rows.map((x) => x.cells[0])).toEqual(['Căpitanu', 'Cosniţa', 'Bieńkowska', 'Żółkiewski', 'Dvořák']);
    expect(r.table.rows[1]?.cells[1]).toBe('Ştefan');
    expect(r.table.rows[3]?.cells[1]).toBe('Łukasz');
  });

  it('tells Romanian-only 1250 (ă ş ţ, no Polish letters) from 1252', async () => {
    const text = 'Nume;Prenume\r\nCăpitanu;Ana\r\nŢurcanu;Ştefan\r\nBrătianu;Ioan\r\n';
    const r = await readTable(write(iconv.encode(text, 'windows-1250')));
    expect(r.encoding).toBe('windows-1250');
    expect(r.table.rows.map((x) => x.cells[0])).toEqual(['Căpitanu', 'Ţurcanu', 'Brătianu']);
  });

  it('reads Windows-1252 with German, French and Nordic names as 1252, not 1250', async () => {
    const r = await readTable(write(iconv.encode(WESTERN, 'windows-1252')));
    expect(r.encoding).toBe('windows-1252');
    expect(r.delimiter).toBe(',');
    expect(r.table.rows.map((x) => `${x.cells[1]} ${x.cells[0]}`)).toEqual([
      'Jürgen Müller', 'Hélène Lefèvre', 'Søren Østergaard', 'Björn Åström', 'François Garçon',
    ]);
  });

  it('reads a UTF-16 LE tab-separated "Unicode text" export with its BOM', async () => {
    const text = CENTRAL.replaceAll(';', '\t').replaceAll('ş', 'ș').replaceAll('ţ', 'ț').replaceAll('Ş', 'Ș');
    const r = await readTable(write(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])));
    expect(r.encoding).toBe('utf-16le');
    expect(r.delimiter).toBe('\t');
    expect(r.table.headers[0]).toBe('Nume');
    expect(r.table.rows[1]?.cells.slice(0, 2)).toEqual(['Cosnița', 'Ștefan']);
  });

  it('reads UTF-16 BE with its BOM', async () => {
    const r = await readTable(write(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Name,Email\nЛисенко Олена,olena@ua.ua\n')])));
    expect(r.encoding).toBe('utf-16be');
    expect(r.table.rows[0]?.cells).toEqual(['Лисенко Олена', 'olena@ua.ua']);
  });

  it('reads UTF-8 with a BOM and strips it from the first header', async () => {
    const r = await readTable(write(Buffer.from('\uFEFFFirst name;Last name\nȘtefan;Cosnița\n', 'utf8')));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.table.headers).toEqual(['First name', 'Last name']);
    expect(r.table.rows[0]?.cells).toEqual(['Ștefan', 'Cosnița']);
  });

  it('reads UTF-8 without a BOM, keeping a quoted comma inside a cell', async () => {
    const r = await readTable(write(Buffer.from('Name,Organisation\n"Bieńkowska, Małgorzata","Klaster Łódź, PL"\n', 'utf8')));
    expect(r.encoding).toBe('utf-8');
    expect(r.delimiter).toBe(',');
    expect(r.table.rows[0]?.cells).toEqual(['Bieńkowska, Małgorzata', 'Klaster Łódź, PL']);
  });

  it('numbers rows by their line in the file, across quoted line breaks', async () => {
    const r = await readTable(write(Buffer.from("Name;Notes\r\nAna;\"two\r\nlines\"\r\nIon;x\r\n\r\nEva;y", "utf8")));
    expect(r.table.rows.map((x) => x.line)).toEqual([2, 4, 6]);
  });

  it('numbers rows by their line when every record is one line, and after a blank line', async () => {
    const plain = await readTable(write(Buffer.from('Name;Notes\nAna;a\nIon;b\nEva;c', 'utf8')));
    expect(plain.table.rows.map((x) => x.line)).toEqual([2, 3, 4]);
    const blank = await readTable(write(Buffer.from('Name;Notes\nAna;a\n\nIon;b\nEva;c\n', 'utf8')));
    expect(blank.table.rows.map((x) => x.line)).toEqual([2, 4, 5]);
  });
});
