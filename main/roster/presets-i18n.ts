import { fold } from '../search/fold.ts';
import { normaliseHeader } from './columns.ts';

// pretix writes its check-in list in the language of whoever exports it: headers and the Yes/No
// cells are gettext strings. These are the translations of the English headers the check-in list
// exporter (plugins/checkinlists/exporters.py) writes, keyed by the English header's normalised
// form (the keys of the pretix preset's columns). Read from pretix's own locale files
// (src/pretix/locale/<lang>/LC_MESSAGES/django.po); where a header is not listed here, its place
// in the row says what it is (see pretix-columns.ts). A header whose translation is missing or
// marked fuzzy is written in English (Polish "Blocked", "Valid from"), which the English preset knows.
// A word pretix's translators used for two headers (Dutch "Zitplaatsnummer" is both "Seat ID" and
// "Seat number") lists both, in the order the export writes them.
type Translations = Readonly<Record<string, string | readonly [string, string]>>;

export interface PretixLanguage {
  readonly language: string;
  /** Header as the export writes it → the English header it stands for. */
  readonly headers: Translations;
  /** pretix's words for Yes and No in that language, where read. */
  readonly yes?: string;
  readonly no?: string;
}

const GERMAN: PretixLanguage = {
  language: 'de',
  yes: 'Ja',
  no: 'Nein',
  headers: {
    Bestellnummer: 'Order code', 'Name Teilnehmer*in': 'Attendee name', Produkt: 'Product', Preis: 'Price', 'E-Mail': 'E-mail',
    Telefonnummer: 'Phone number', Termin: 'Date', Beginn: 'Start date', Firma: 'Company', Gutscheincode: 'Voucher code',
    Bestelldatum: 'Order date', Bestelluhrzeit: 'Order time', 'Benötigt besondere Behandlung': 'Requires special attention',
    Kommentar: 'Comment', 'Sitzplatz-ID': 'Seat ID', Sitzbezeichnung: 'Seat name', Sitzbereich: 'Seat zone', Sitzreihe: 'Seat row',
    Sitzplatz: 'Seat number', Adresse: 'Address', Postleitzahl: 'ZIP code', Ort: 'City', Land: 'Country', Bundesstaat: 'State',
    Gesperrt: 'Blocked', 'Gültig ab': 'Valid from', 'Gültig bis': 'Valid until',
    // Not read from the locale file: the word the German export is known to use for the last entry.
    Eingecheckt: 'Checked in',
  },
};

const FRENCH: PretixLanguage = {
  language: 'fr',
  yes: 'Oui',
  no: 'Non',
  headers: {
    'Code de commande': 'Order code', 'Nom du participant': 'Attendee name', Produit: 'Product', Tarif: 'Price', 'E-Mail': 'E-mail',
    Date: 'Date', 'Date de début': 'Start date', 'Date de fin': 'End date', Société: 'Company', 'Date de commande': 'Order date',
    'Numéro de siège': ['Seat ID', 'Seat number'], 'Nom du siège': 'Seat name', 'Zone du siège': 'Seat zone',
    'Rangée du siège': 'Seat row', Bloqué: 'Blocked', 'Valable depuis': 'Valid from', "Valable jusqu'au": 'Valid until',
    Adresse: 'Address', 'Code Postal': 'ZIP code', Ville: 'City', Pays: 'Country',
  },
};

const SPANISH: PretixLanguage = {
  language: 'es',
  headers: {
    'Código de la orden': 'Order code', 'Nombre del participante': 'Attendee name', Producto: 'Product', Precio: 'Price',
    Fecha: 'Date', 'Fecha de inicio': 'Start date', 'Fecha final': 'End date', Compañía: 'Company', 'Fecha de la orden': 'Order date',
    'Hora de la orden': 'Order time', 'Requiere atención especial': 'Requires special attention', 'ID Asiento': 'Seat ID',
    'Nombre del asiento': 'Seat name', 'Zona del asiento': 'Seat zone', 'Fila del asiento': 'Seat row',
    'Número del asiento': 'Seat number', Bloqueado: 'Blocked', 'Válido desde': 'Valid from', 'Válido hasta': 'Valid until',
    Dirección: 'Address', 'Código postal': 'ZIP code', Ciudad: 'City', País: 'Country', Estado: 'State',
  },
};

const ROMANIAN: PretixLanguage = {
  language: 'ro',
  headers: {
    'ID comandă': 'Order code', 'Numele participantului': 'Attendee name', Produs: 'Product', Dată: 'Date',
    'Data începerii': 'Start date', 'Data încheierii': 'End date', Companie: 'Company', 'ID scaun': 'Seat ID',
    'Numele scaunului': 'Seat name', 'Zona scaunului': 'Seat zone', 'Rândul de scaune': 'Seat row', 'Numărul scaunului': 'Seat number',
    Blocat: 'Blocked', 'Valid de la': 'Valid from', 'Valabil până la': 'Valid until', Adresă: 'Address', 'Cod poștal': 'ZIP code',
    Oraș: 'City', Țară: 'Country', Județ: 'State',
  },
};

const DUTCH: PretixLanguage = {
  language: 'nl',
  headers: {
    Bestelcode: 'Order code', 'Naam van aanwezige': 'Attendee name', Begindatum: 'Start date', Einddatum: 'End date',
    Bedrijf: 'Company', Zitplaatsnummer: ['Seat ID', 'Seat number'], Zitplaatsnaam: 'Seat name', Zitplaatsgebied: 'Seat zone',
    Zitplaatsrij: 'Seat row', Geblokkeerd: 'Blocked', 'Geldig van': 'Valid from', 'Geldig tot': 'Valid until', Adres: 'Address',
    Postcode: 'ZIP code', Stad: 'City', Land: 'Country', Staat: 'State',
  },
};

const POLISH: PretixLanguage = {
  language: 'pl',
  headers: {
    'Imię uczestnika': 'Attendee name', Produkt: 'Product', Cena: 'Price', Data: 'Date', 'Data rozpoczęcia': 'Start date',
    'Data zakończenia': 'End date', 'Data zamówienia': ['Order date', 'Order time'], 'Wymaga specjalnej uwagi': 'Requires special attention',
    'Nazwa miejsca': 'Seat name', Strefa: 'Seat zone', Rząd: 'Seat row', 'Numer miejsca': 'Seat number',
  },
};

const ITALIAN: PretixLanguage = {
  language: 'it',
  headers: {
    'Nome del partecipante': 'Attendee name', Prodotto: 'Product', Prezzo: 'Price', Data: 'Date', 'Data di inizio': 'Start date',
    'Data di fine': 'End date', "Data dell'ordine": 'Order date', "Orario dell'ordine": 'Order time', 'ID del posto': 'Seat ID',
    'Nome del posto': 'Seat name', 'Zona del posto': 'Seat zone', 'Fila del posto': 'Seat row', 'Numero di posto': 'Seat number',
  },
};

export const PRETIX_LANGUAGES: readonly PretixLanguage[] = [GERMAN, FRENCH, SPANISH, ROMANIAN, DUTCH, POLISH, ITALIAN];

/** For each language, normalised header → the normalised English headers it stands for, in order. */
export const PRETIX_HEADER_KEYS: readonly ReadonlyMap<string, readonly string[]>[] = PRETIX_LANGUAGES.map(
  (l) => new Map(Object.entries(l.headers).map(([local, english]) => [
    normaliseHeader(local), (typeof english === 'string' ? [english] : english).map(normaliseHeader),
  ])),
);

/** pretix's Yes in every language listed, folded as value-maps compares cells. */
export const PRETIX_YES_WORDS: readonly string[] = PRETIX_LANGUAGES.flatMap((l) => (l.yes ? [fold(l.yes)] : []));
export const PRETIX_NO_WORDS: readonly string[] = PRETIX_LANGUAGES.flatMap((l) => (l.no ? [fold(l.no)] : []));
