import type { Person } from '../../helpers/db.ts';

// A roster with what the kiosk attacks need: ticket codes like real ones (24 letters and digits,
// one of letters only), organisations shared by many people, addresses at organisation domains,
// and seven people with one family name.

const FIRST = ['Ana', 'Bogdan', 'Carmen', 'Dan', 'Elena', 'Florin', 'Gabriela', 'Horia', 'Ioana', 'Jonas', 'Karin', 'Lars', 'Maria', 'Nils', 'Oana'];
const FAMILY = ['Popescu', 'Ionescu', 'Lindqvist', 'Andersson', 'Kádár', 'Nowak', 'Bieńkowska', 'Căpitanu', 'Wasberg', 'Moreau', 'Rossi', 'Novak', 'Horváth', 'Petrov', 'Schmidt'];
const ORGS = ['Cluster Mureș', 'Skåne Cluster', 'Pannon Wood Cluster', 'Baltic Innovation Cluster', 'Agro Cluster Timiș'];
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A ticket code of 24 characters, stable for a seed. */
export function codeFor(seed: number, letters = ALPHABET): string {
  let x = seed * 2654435761 + 12345;
  let code = '';
  for (let i = 0; i < 24; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    code += letters[x % letters.length];
  }
  return code;
}

export const ECHEVERRIA = ['Ana', 'Beatriz', 'Carlos', 'Diego', 'Elena', 'Fernando', 'Gloria'];

export function kioskRoster(): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < 60; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const family = FAMILY[Math.floor(i / 4) % FAMILY.length] as string;
    const org = ORGS[i % ORGS.length] as string;
    const domain = `${org.split(' ')[0]?.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}-cluster.eu`;
    people.push({
      id: `p${i}`,
      code: i === 0 ? codeFor(i, 'abcdefghjkmnpqrstuvwxyz') : codeFor(i),
      fields: { displayName: `${first} ${family}`, firstName: first, familyName: family, organisation: org, email: `${first.toLowerCase()}.${i}@${domain}`, country: 'RO' },
    });
  }
  ECHEVERRIA.forEach((first, j) => {
    const i = 100 + j;
    people.push({
      id: `p${i}`,
      code: codeFor(i),
      fields: { displayName: `${first} Echeverría`, firstName: first, familyName: 'Echeverría', organisation: 'Cluster Andino', email: `${first.toLowerCase()}@andino.example`, country: 'CL' },
    });
  });
  people.push({ id: 'p200', code: codeFor(200), fields: { displayName: 'Li Wu', firstName: 'Li', familyName: 'Wu', organisation: 'Shenzhen Cluster', email: 'li.wu@sz.example', country: 'CN' } });
  people.push({ id: 'p201', code: codeFor(201), fields: { displayName: 'Vera Cancelled', firstName: 'Vera', familyName: 'Stornoway', organisation: 'Cluster Mureș', email: 'vera@stornoway.example', status: 'cancelled' } });
  people.push({ id: 'p202', code: codeFor(202), fields: { displayName: 'Otto Attention', firstName: 'Otto', familyName: 'Brandvold', organisation: 'Skåne Cluster', email: 'otto@brandvold.example', attention: true, notes: 'wheelchair: seat at the front' } });
  return people;
}
