import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../../main/roster/mapping.ts';
import { looksLikeNoName } from '../../../main/roster/name-guard.ts';
import type { Table } from '../../../main/roster/table.ts';

const table = (headers: string[], ...rows: string[][]): Table => ({ headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });

describe('the generic mapping never takes a column of numbers, codes or e-mails for the name', () => {
  it('stops on a "Name" column of badge numbers and suggests the column that holds names', () => {
    const t = table(['Name', 'Delegate', 'Email'],
      ['10442', 'Ana-Maria Căpitanu', 'ana@cluster.ro'], ['10443', 'Ștefan Cosnița', 'stefan@tm.ro'], ['10444', 'Jörg Strauß', 'jorg@f.de']);
    expect(() => resolveMapping(t)).toThrow(
      'Column "Name" was read as the name, but 100% of its cells are numbers, codes or e-mail addresses (e.g. "10442"), so nothing was imported. ' +
      'Suggested mapping: --map "Delegate=name" --map "Name=custom".',
    );
    const fixed = resolveMapping(t, { map: ['Delegate=name', 'Name=custom'] });
    expect(fixed.columns.map((c) => c.target)).toEqual(['custom', 'fullName', 'email']);
  });

  it('stops on a name column of e-mail addresses or ticket ids', () => {
    const emails = table(['Participant', 'Company'], ['ana@cluster.ro', 'Cluster'], ['stefan@tm.ro', 'TIC']);
    expect(() => resolveMapping(emails)).toThrow(/Column "Participant" was read as the name.*e-mail addresses \(e\.g\. "ana@cluster\.ro"\)/);
    const ids = table(['First name', 'Last name'], ['A-7KD92MX1', 'Kovács'], ['A-9QW11PL0', 'Papadopoulou'], ['t7xq2bn4kz9v', 'Căpitanu']);
    expect(() => resolveMapping(ids)).toThrow(/Column "First name" was read as the first name/);
  });

  it('trusts a column the user mapped, and names with a few odd cells', () => {
    const t = table(['Name'], ['10442'], ['10443']);
    expect(resolveMapping(t, { map: ['Name=name'] }).columns[0]?.target).toBe('fullName');
    const mostlyNames = table(['Name'], ['Ana-Maria Căpitanu'], ['Ștefan Cosnița'], ['10444']);
    expect(resolveMapping(mostlyNames).columns[0]?.target).toBe('fullName');
  });

  it.each([
    ['10442', true], ['+40 721 000 001', true], ['ana@cluster.ro', true], ['A-7KD92MX1', true], ['t7xq2bn4kz9v', true],
    ['Ana-Maria Căpitanu', false], ['Łukasz', false], ["O'Brien", false], ['Лисенко', false],
  ])('%s looks like no name: %s', (value, expected) => {
    expect(looksLikeNoName(value)).toBe(expected);
  });
});
