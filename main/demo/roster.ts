import { fold } from '../search/fold.ts';
import { type AttendeeFields, emptyFields } from '../../model/attendee.ts';
import { type NamePool, POOLS } from './names.ts';
import { pick, secret } from './random.ts';

export interface DemoAttendee {
  readonly id: string;
  readonly codes: string[];
  readonly fields: AttendeeFields;
  /** Index of the cluster this person represents in the matchmaking, if any. */
  readonly clusterIndex: number | null;
}

export interface DemoOrganisation {
  readonly name: string;
  readonly country: string;
  readonly domain: string;
}

export const MATCHMAKING_CLUSTERS = 149;

const EXTRA_SECTORS = ['Agrifood', 'ICT', 'Wood and Furniture', 'Textile', 'Energy', 'Health', 'Tourism', 'Bio-economy', 'Automotive', 'Logistics'];

// Regions that host clusters, for the clusters beyond the named ones ("Dobrogea Energy Cluster").
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  Romania: ['Dobrogea', 'Oltenia', 'Muntenia', 'Banat', 'Crișana', 'Maramureș', 'Bucovina', 'Argeș', 'Sibiu', 'Brăila'],
  Poland: ['Podkarpackie', 'Lubelskie', 'Warmińsko-Mazurskie', 'Świętokrzyskie', 'Opolskie'],
  Hungary: ['Győr', 'Debrecen', 'Pécs', 'Székesfehérvár'],
  Germany: ['Sachsen', 'Thüringen', 'Saarland', 'Rheinland-Pfalz', 'Ostwestfalen'],
  Ukraine: ['Lviv', 'Dnipro', 'Odesa', 'Chernivtsi', 'Zakarpattia'],
  France: ['Auvergne', 'Bretagne', 'Occitanie', 'Grand Est'],
  Spain: ['Aragón', 'Castilla y León', 'Murcia'],
  Italy: ['Emilia-Romagna', 'Puglia', 'Friuli Venezia Giulia'],
  Greece: ['Crete', 'Epirus', 'Thessaly'],
  Czechia: ['Jihomoravský', 'Plzeňský'],
  Turkey: ['Bursa', 'İzmir', 'Konya'],
  Sweden: ['Västerbotten', 'Skåne'],
  Portugal: ['Minho', 'Alentejo'],
  Moldova: ['Bălți', 'Chișinău'], // Romanian-speaking: the Romanian name pool fits
};

/** The 149 clusters of the matchmaking: the named ones, then regional sector clusters. */
export function clusters(rnd: () => number): DemoOrganisation[] {
  const out = POOLS.flatMap((p) => p.clusterNames.map((name) => ({ name, country: p.country })));
  const regional = Object.entries(REGIONS).flatMap(([country, regions]) => regions.map((region) => ({ country, region })));
  while (out.length < MATCHMAKING_CLUSTERS) {
    const { country, region } = pick(rnd, regional);
    const name = `${region} ${pick(rnd, EXTRA_SECTORS)} Cluster`;
    if (!out.some((o) => o.name === name)) out.push({ name, country });
  }
  return out.map((o) => ({ ...o, domain: domainOf(o.name) }));
}

const OTHER_ORGANISATIONS: readonly (readonly [string, string])[] = [
  ['European Commission, DG GROW', 'Belgium'], ['European Commission, DG REGIO', 'Belgium'], ['EASME', 'Belgium'],
  ['Ministerul Economiei', 'Romania'], ['Ministerul Cercetării și Inovării', 'Romania'], ['Agenția pentru Dezvoltare Regională Nord-Est', 'Romania'],
  ['Universitatea Politehnica din București', 'Romania'], ['Universitatea „Alexandru Ioan Cuza” din Iași', 'Romania'],
  ['European Cluster Collaboration Platform', 'Belgium'], ['Enterprise Europe Network', 'Belgium'], ['OECD', 'France'],
  ['Fraunhofer-Institut für System- und Innovationsforschung', 'Germany'], ['Politechnika Warszawska', 'Poland'],
  ['Committee of the Regions', 'Belgium'], ['Euractiv', 'Belgium'], ['Agerpres', 'Romania'], ['Ziarul Financiar', 'Romania'],
  ['Clusterland Oberösterreich', 'Germany'], ['TCI Network', 'Spain'], ['Ministry of Economic Development of Ukraine', 'Ukraine'],
];

export const otherOrganisations = (): DemoOrganisation[] =>
  OTHER_ORGANISATIONS.map(([name, country]) => ({ name, country, domain: domainOf(name) }));

function domainOf(name: string): string {
  const words = fold(name).replace(/[^a-z0-9 ]/g, '').split(' ').filter((w) => w.length > 2);
  return `${words.slice(0, 3).join('-') || 'org'}.eu`;
}

const JOB_TITLES: Record<string, readonly string[]> = {
  cluster: ['Cluster Manager', 'Innovation Manager', 'Internationalisation Manager', 'Project Manager', 'Executive Director', 'Business Developer'],
  official: ['Policy Officer', 'Head of Unit', 'Director General', 'Adviser to the Minister', 'Programme Manager'],
  academic: ['Researcher', 'Professor', 'Research Fellow'],
  press: ['Journalist', 'Editor', 'Photographer'],
};

/** One person with a name and letters true to the country of their pool. */
export function person(rnd: () => number, pool: NamePool, org: DemoOrganisation, role: keyof typeof JOB_TITLES): AttendeeFields {
  const woman = rnd() < 0.48;
  const first = pick(rnd, woman ? pool.women : pool.men);
  let family = pick(rnd, woman && pool.familiesWomen ? pool.familiesWomen : pool.families);
  if (woman && pool.country === 'Poland') family = family.replace(/ski$/, 'ska');
  const local = `${fold(first)}.${fold(family)}`.replace(/[^a-z0-9.]/g, '');
  const latin = /^[a-z.]+$/.test(local) && local.length > 2 ? local : `${secret(rnd, 6)}`;
  return {
    ...emptyFields(`${first} ${family}`),
    firstName: first,
    familyName: family,
    organisation: org.name,
    jobTitle: pick(rnd, JOB_TITLES[role] as readonly string[]),
    country: org.country,
    email: `${latin}@${org.domain}`,
    shareContact: rnd() < 0.6,
  };
}

export const poolOf = (country: string): NamePool => POOLS.find((p) => p.country === country) ?? (POOLS[0] as NamePool);

/** A pool drawn in proportion to the pools' weights (Romania, as host, most often). */
export function weightedPool(rnd: () => number): NamePool {
  const total = POOLS.reduce((s, p) => s + p.weight, 0);
  let r = rnd() * total;
  for (const p of POOLS) {
    r -= p.weight;
    if (r < 0) return p;
  }
  return POOLS[0] as NamePool;
}
