import { writeFileSync } from 'node:fs';

const FIRST = ['Ana-Maria', 'Ștefan', 'Łukasz', 'Małgorzata', 'Zoltán', 'Jürgen', 'Søren', 'Ioana', 'Dmytro', 'Eleni', 'Hélène', 'Bogdan'];
const FAMILY = ['Căpitanu', 'Cosnița', 'Bieńkowska', 'Nowak', 'Kovács', 'Müller', 'Østergaard', 'Popescu', 'Shevchenko', 'Papadopoulou', 'Lefèvre', 'Dvořák'];
const ORGS = ['Cluster Mobilitate Urbană', 'Klaster Łódź', 'Innovation Norway', 'Fraunhofer', 'Transilvania IT', 'Pannon Business Network'];
const TYPES = ['Participant', 'Speaker', 'Press', 'Staff', 'VIP', 'Exhibitor'];

/** A generic roster CSV of `n` people with unique codes and e-mails (UTF-8, comma). */
export function writeGeneratedCsv(path: string, n: number): void {
  const lines = ['First name,Last name,Email,Company,Country,Ticket type,Code'];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const family = FAMILY[(i * 7) % FAMILY.length] as string;
    const org = ORGS[i % ORGS.length] as string;
    lines.push(`${first},${family},person${i}@example.org,"${org}",RO,${TYPES[i % TYPES.length]},T${String(i).padStart(7, '0')}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
