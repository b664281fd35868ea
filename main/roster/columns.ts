import { fold } from '../search/fold.ts';

/** What a column of a roster file can become. `orderCode` is a code only when no ticket-code column exists. */
export const TARGETS = [
  'firstName', 'familyName', 'fullName', 'email', 'organisation', 'jobTitle', 'country', 'category',
  'code', 'orderCode', 'status', 'notes', 'attention', 'consent', 'custom', 'ignore',
  'attentionNote', 'blocked', 'validFrom', 'validUntil', 'checkedInAtSource',
] as const;
export type Target = (typeof TARGETS)[number];

/** Targets that several columns may share (every code column adds a code). */
export const MULTI_TARGETS: ReadonlySet<Target> = new Set(['code', 'custom', 'ignore']);

/** A header reduced to lowercase ASCII words: "E-mail" → "e mail", "Attendee name: Given name" → "attendee name given name". */
export const normaliseHeader = (header: string): string => fold(header).replace(/[^a-z0-9]+/g, ' ').trim();

/** Accepted spellings of a target in `--map "Header=field"`. */
export const TARGET_ALIASES: Readonly<Record<string, Target>> = {
  first: 'firstName', firstname: 'firstName', given: 'firstName',
  last: 'familyName', lastname: 'familyName', family: 'familyName', familyname: 'familyName', surname: 'familyName',
  name: 'fullName', fullname: 'fullName', displayname: 'fullName',
  email: 'email', mail: 'email',
  organisation: 'organisation', organization: 'organisation', company: 'organisation', org: 'organisation',
  jobtitle: 'jobTitle', job: 'jobTitle', position: 'jobTitle',
  country: 'country', category: 'category', tickettype: 'category', type: 'category',
  code: 'code', barcode: 'code', ordercode: 'orderCode', order: 'orderCode',
  status: 'status', notes: 'notes', note: 'notes', attention: 'attention', consent: 'consent', publish: 'consent', custom: 'custom', ignore: 'ignore', skip: 'ignore',
  attentionnote: 'attentionNote', blocked: 'blocked', validfrom: 'validFrom', validuntil: 'validUntil',
  checkedin: 'checkedInAtSource', checkedinatsource: 'checkedInAtSource',
};

// Generic header spellings (normalised), English first, then the languages of our users.
const GENERIC: Readonly<Record<Exclude<Target, 'custom' | 'ignore'>, readonly string[]>> = {
  firstName: [
    'first name', 'firstname', 'given name', 'forename', 'attendee first name', 'attendee name given name',
    'attendee name first name', 'prenume', 'imie', 'vorname', 'prenom', 'nome', 'nombre', 'keresztnev', 'fornavn',
    'fornamn', 'etunimi', 'voornaam', 'jmeno', 'krestni jmeno', 'meno', 'ime',
  ],
  familyName: [
    'last name', 'lastname', 'family name', 'surname', 'attendee last name', 'attendee name family name',
    'attendee name last name', 'nume de familie', 'nume', 'nazwisko', 'nachname', 'familienname', 'nom de famille', 'nom',
    'cognome', 'apellido', 'apellidos', 'vezeteknev', 'efternavn', 'efternamn', 'sukunimi', 'achternaam', 'prijmeni',
    'priezvisko', 'prezime',
  ],
  fullName: [
    'name', 'full name', 'attendee name', 'attendee', 'participant', 'participant name', 'display name', 'badge name',
    'nume si prenume', 'nume complet', 'numele', 'imie i nazwisko', 'imie nazwisko', 'vollstandiger name',
    'nom complet', 'nome completo', 'nombre completo', 'teljes nev', 'nev', 'navn', 'namn', 'nimi', 'jmeno a prijmeni',
  ],
  email: [
    'email', 'e mail', 'email address', 'e mail address', 'attendee email', 'attendee e mail', 'mail', 'adresa email',
    'adresa de email', 'adresa e mail', 'adresa de e mail', 'adres email', 'adres e mail', 'e mail adresse', 'courriel', 'correo', 'correo electronico',
  ],
  organisation: [
    'company', 'organisation', 'organization', 'org', 'institution', 'employer', 'affiliation', 'company name',
    'organisation name', 'organization name', 'firma', 'companie', 'compania', 'organizatie', 'institutie',
    'organizacja', 'instytucja', 'unternehmen', 'organisation', 'entreprise', 'societe', 'empresa', 'azienda',
    'szervezet', 'foretag', 'virksomhed', 'yritys',
  ],
  jobTitle: ['job title', 'position', 'role', 'function', 'job', 'functie', 'pozitie', 'stanowisko', 'funktion', 'berufsbezeichnung', 'poste', 'fonction', 'cargo', 'beosztas'],
  country: ['country', 'country code', 'work country', 'home country', 'tara', 'kraj', 'land', 'pays', 'pais', 'paese', 'orszag', 'maa', 'stat'],
  category: [
    'ticket type', 'ticket', 'category', 'product', 'product name', 'ticket name', 'ticket class', 'registration type',
    'attendee type', 'badge type', 'participant type', 'type', 'tip bilet', 'tip participant', 'categorie',
    'kategoria', 'kategorie', 'rodzaj biletu', 'ticketart', 'categoria',
  ],
  code: [
    'code', 'ticket code', 'barcode', 'bar code', 'secret', 'qr code', 'qr', 'ticket number', 'ticket no', 'ticket id',
    'ticket secret', 'public id', 'cod', 'cod bilet', 'kod', 'kod biletu', 'ticketnummer', 'ticketcode', 'badge code',
  ],
  orderCode: ['order code', 'order', 'order number', 'order no', 'order id', 'order reference', 'booking reference', 'comanda', 'numar comanda', 'zamowienie', 'bestellnummer'],
  status: ['status', 'attendee status', 'order status', 'registration status', 'ticket status', 'stare', 'stan', 'statut', 'estado'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', 'observatii', 'mentiuni', 'uwagi', 'bemerkungen', 'bemerkung', 'anmerkungen'],
  attention: ['requires special attention', 'special attention', 'attention'],
  // Agreement to appear on the published participant list.
  consent: [
    'consent', 'publish', 'publication consent', 'consent to publish', 'publish name', 'participant list consent',
    'list consent', 'agree to publish', 'acord publicare', 'acord', 'zgoda', 'zgoda na publikacje', 'einwilligung',
    'einwilligung veroffentlichung', 'veroffentlichung', 'consentement', 'samtycke', 'publicering',
  ],
  attentionNote: ['attention note', 'check in note', 'checkin note'],
  blocked: ['blocked', 'ticket blocked'],
  validFrom: ['valid from', 'valid since'],
  validUntil: ['valid until', 'valid to', 'valid till'],
  checkedInAtSource: [],
};

const GENERIC_INDEX: ReadonlyMap<string, Target> = new Map(
  Object.entries(GENERIC).flatMap(([target, names]) => names.map((n) => [n, target as Target] as const)),
);

/** The field a header means in the generic mapping, if any. */
export const genericTarget = (header: string): Target | undefined => GENERIC_INDEX.get(normaliseHeader(header));

/** Where a date column's wall-clock times are: at the venue ('event'), or in UTC, converted to the venue's on import. */
export type ColumnZone = 'event' | 'UTC';

/** One column of a file and the attendee field it fills. */
export interface ColumnMapping {
  readonly index: number;
  readonly header: string;
  readonly target: Target;
  /** The zone the file writes this column's dates in, when its preset says it is not the event's. */
  readonly zone?: 'UTC';
}
