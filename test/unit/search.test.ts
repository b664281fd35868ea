import { afterAll, describe, expect, it } from 'vitest';
import { search } from '../../main/search/search.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { DESK, eventWith, personNamed } from '../helpers/db.ts';

const people = [
  personNamed(1, 'Ana-Maria Căpitanu', { organisation: 'Transylvania IT Cluster', email: 'ana.capitanu@transylvania-it.ro' }),
  personNamed(2, 'Ioana Cosnița', { organisation: 'Cluster Agroalimentar Moldova' }),
  personNamed(3, 'Małgorzata Bieńkowska', { organisation: 'Klaster Technologii Medycznych Łódź' }),
  personNamed(4, 'Zsófia Kádár', { organisation: 'Pannon Autóipari Klaszter' }),
  personNamed(5, 'Олена Лисенко', { organisation: 'IT Cluster Lviv' }),
  personNamed(6, 'Μαρία Παπαδοπούλου', { organisation: 'Corallia mi-Cluster' }),
  personNamed(7, "Hélène Colonna d'Istria", { organisation: 'Pôle Mer Méditerranée' }),
  personNamed(8, 'Øystein Ødegaard', { organisation: 'NCE Blue Legasea' }),
  personNamed(9, 'Jörg Strauß', { organisation: 'Medical Valley Nürnberg' }),
  personNamed(10, 'Anca Popescu', { organisation: 'Capitanu Consulting' }),
  personNamed(11, 'Đorđe Đorđević', { organisation: 'Vojvodina ICT Cluster' }),
];
const db = eventWith(people);
afterAll(() => db.close());
const names = (q: string, limit?: number): string[] => search(db, q, limit).map((h) => h.attendee.displayName);

describe('search', () => {
  it('finds accented names typed without accents', () => {
    expect(names('bienkowska')).toEqual(['Małgorzata Bieńkowska']);
    expect(names('cosnita')).toEqual(['Ioana Cosnița']);
    expect(names('kadar')).toEqual(['Zsófia Kádár']);
    expect(names('odegaard')).toEqual(['Øystein Ødegaard']);
    expect(names('strauss')).toEqual(['Jörg Strauß']);
    expect(names('dordevic')).toEqual(['Đorđe Đorđević']);
    expect(names("colonna d'istria")).toEqual(["Hélène Colonna d'Istria"]);
    expect(names('d istria')).toEqual(["Hélène Colonna d'Istria"]);
  });

  it('finds Cyrillic and Greek by their own letters, case-insensitively', () => {
    expect(names('лисен')).toEqual(['Олена Лисенко']);
    expect(names('ЛИСЕНКО')).toEqual(['Олена Лисенко']);
    expect(names('παπαδοπουλου')).toEqual(['Μαρία Παπαδοπούλου']);
    expect(names('lisenko')).toEqual([]);
  });

  it('treats 1- and 2-character queries as prefixes of name words', () => {
    // Kádár by name first; then Bieńkowska, whose organisation starts with "Klaster".
    expect(search(db, 'k').map((h) => [h.attendee.displayName, h.match])).toEqual([
      ['Zsófia Kádár', 'name'],
      ['Małgorzata Bieńkowska', 'other'],
    ]);
    expect(search(db, 'ca').map((h) => h.match)).toEqual(['name', 'other']);
    expect(names('ca')).toEqual(['Ana-Maria Căpitanu', 'Anca Popescu']);
    expect(names('Ø')).toEqual(['Øystein Ødegaard']);
  });

  it('ranks an exact code first, then name prefixes, then other matches', () => {
    const byCode = search(db, 'code00004');
    expect(byCode[0]?.attendee.displayName).toBe('Zsófia Kádár');
    expect(byCode[0]?.match).toBe('code');
    const capitanu = search(db, 'capitanu');
    expect(capitanu.map((h) => [h.attendee.displayName, h.match])).toEqual([
      ['Ana-Maria Căpitanu', 'name'],
      ['Anca Popescu', 'other'],
    ]);
  });

  it('matches several words in any order, across name and organisation', () => {
    expect(names('capitanu ana')).toEqual(['Ana-Maria Căpitanu']);
    expect(names('ana transylvania')).toEqual(['Ana-Maria Căpitanu']);
    expect(names('maria')).toEqual(['Ana-Maria Căpitanu']);
    expect(names('μαρια')).toEqual(['Μαρία Παπαδοπούλου']);
  });

  it('finds by e-mail and by a fragment inside a word', () => {
    expect(names('ana.capitanu@')).toEqual(['Ana-Maria Căpitanu']);
    expect(names('kowska')).toEqual(['Małgorzata Bieńkowska']);
  });

  it('finds a fragment of a word that arrived with a desk edit', () => {
    const edited = eventWith([personNamed(1, 'Ion Popa', { organisation: 'Cluster Mobilier' })]);
    expect(search(edited, 'economy')).toEqual([]);
    apply(edited, newEvent(DESK, 'attendee.edited', { attendeeId: 'p1', patch: { organisation: 'Iași Bioeconomy Cluster' } }));
    expect(search(edited, 'economy').map((h) => h.attendee.displayName)).toEqual(['Ion Popa']);
    expect(search(edited, 'bioekonomy').map((h) => h.match)).toEqual(['typo']);
    edited.close();
  });

  it('forgives one typo in words of five letters or more', () => {
    const hits = search(db, 'bienkowksa');
    expect(hits.map((h) => [h.attendee.displayName, h.match])).toEqual([['Małgorzata Bieńkowska', 'typo']]);
    expect(names('kadr')).toEqual([]);
  });

  it('honours the limit and ignores blank queries', () => {
    expect(names('cluster', 3)).toHaveLength(3);
    expect(names('   ')).toEqual([]);
  });
});
