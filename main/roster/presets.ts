import { type ColumnZone, normaliseHeader, type Target } from './columns.ts';
import { type ColumnCells, pretixKeys } from './pretix-columns.ts';

export interface Preset {
  readonly name: string;
  readonly label: string;
  /** Recognised when every one of these (normalised) headers is present. */
  readonly signature: readonly string[];
  /** Headers (normalised) this export uses with a meaning the generic mapping would not guess. */
  readonly columns: Readonly<Record<string, Target>>;
  /** The system's name, as said in a status reason ("blocked in pretix"). */
  readonly system: string;
  /** The key in `columns` of each header, when a header's spelling alone does not say it (exports in other languages). */
  readonly keys?: (headers: readonly string[], cells: ColumnCells) => readonly string[];
  /** The zone each date column (key as in `columns`) is written in; a column not named here is in the event's zone. */
  readonly timeZones?: Readonly<Record<string, ColumnZone>>;
}

// pretix "Check-in list" CSV/XLSX export (plugins/checkinlists): "Order code", "Attendee name",
// "Attendee name: <part>" per name scheme, "Product", "Price", "Checked in", "Checked out",
// "Automatically checked in", "Paid" (with pending orders), "Secret" (optional), "E-mail",
// "Phone number", questions, "Company", "Voucher code", "Order date", "Order time", "Requires special
// attention", "Comment", seats, "Blocked" (the export's word for Yes, or empty), "Valid from", "Valid
// until" (the export language's short date-time format), "Address", "ZIP code", "City", "Country", "State".
// The order code is shared by every ticket of an order, so the scanned code is the Secret.
// "Checked in" is when pretix last admitted the ticket: history, never a check-in at this venue.
// Exported in another language, the headers are translated (presets-i18n.ts, pretix-columns.ts).
const pretix: Preset = {
  name: 'pretix',
  label: 'pretix check-in list',
  system: 'pretix',
  keys: pretixKeys,
  signature: ['order code', 'attendee name', 'product'],
  // pretix's check-in list exporter (CSVCheckinList.iterate_list) converts "Checked in" and the order
  // date to the event's zone (astimezone), but formats "Valid from" / "Valid until" with
  // date_format(op.valid_from) unconverted: Django formats an aware datetime in its own tzinfo, and
  // the database hands it back in UTC. So those two are UTC wall-clock times.
  timeZones: { 'checked in': 'event', 'valid from': 'UTC', 'valid until': 'UTC' },
  columns: {
    'order code': 'orderCode', 'attendee name': 'fullName', 'attendee name title': 'custom',
    'attendee name given name': 'firstName', 'attendee name family name': 'familyName',
    'attendee name first name': 'firstName', 'attendee name last name': 'familyName', 'attendee name full name': 'fullName',
    product: 'category', price: 'ignore', 'checked in': 'checkedInAtSource', 'checked out': 'ignore',
    'automatically checked in': 'ignore', paid: 'custom', secret: 'code', 'e mail': 'email', email: 'email',
    'phone number': 'custom', company: 'organisation', country: 'country', 'voucher code': 'ignore', 'order date': 'ignore',
    'order time': 'ignore', 'requires special attention': 'attention', comment: 'attentionNote',
    date: 'ignore', 'start date': 'ignore', 'end date': 'ignore', 'seat id': 'ignore', 'seat name': 'custom',
    'seat zone': 'custom', 'seat row': 'custom', 'seat number': 'custom', blocked: 'blocked', 'valid from': 'validFrom',
    'valid until': 'validUntil', address: 'ignore', 'zip code': 'ignore', city: 'ignore', state: 'ignore',
  },
};

// Eventbrite "Attendee summary" report: "Order #", "Order Date", "First Name", "Last Name", "Email",
// "Quantity", "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
// "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", then profile questions
// ("Home Address 1", "Job Title", "Company", "Work Phone", …). "Barcode #" appears only in some
// reports. The attendee number and the barcode both identify the ticket, so both check the person in.
const eventbrite: Preset = {
  name: 'eventbrite',
  label: 'Eventbrite attendee report',
  system: 'Eventbrite',
  signature: ['order', 'attendee', 'ticket type', 'attendee status'],
  columns: {
    order: 'orderCode', 'order date': 'ignore', 'first name': 'firstName', 'last name': 'familyName', email: 'email',
    quantity: 'ignore', 'ticket type': 'category', attendee: 'code', barcode: 'code', group: 'custom', 'order type': 'ignore',
    'total paid': 'ignore', 'fees paid': 'ignore', 'eventbrite fees': 'ignore', 'eventbrite payment processing': 'ignore',
    currency: 'ignore', 'attendee status': 'status', company: 'organisation', 'job title': 'jobTitle',
    'work country': 'country', 'home country': 'custom', 'billing country': 'custom',
  },
};

// Hi.Events attendee export (AttendeesExport): "ID", "First Name", "Last Name", "Email", "Status",
// "Is Checked In", "Checked In At", "Product ID"/"Ticket ID", "Product Name"/"Ticket Name", "Event ID",
// "Public ID" (what its QR codes carry), "Short ID", "Created Date", "Last Updated Date", "Notes", questions.
const hiEvents: Preset = {
  name: 'hi.events',
  label: 'Hi.Events attendee export',
  system: 'Hi.Events',
  signature: ['public id', 'short id', 'first name'],
  columns: {
    id: 'custom', 'first name': 'firstName', 'last name': 'familyName', email: 'email', status: 'status',
    'is checked in': 'ignore', 'checked in at': 'checkedInAtSource', 'product id': 'ignore', 'ticket id': 'ignore',
    'product name': 'category', 'ticket name': 'category', 'event id': 'ignore', 'public id': 'code', 'short id': 'custom',
    'created date': 'ignore', 'last updated date': 'ignore', notes: 'notes',
  },
};

export const PRESETS: readonly Preset[] = [pretix, eventbrite, hiEvents];
export const GENERIC_PRESET = 'generic';

const noCells: ColumnCells = () => [];

/** The key in `preset.columns` of each header; `cells` gives a column's values where the header alone is not enough. */
export const presetKeys = (preset: Preset, headers: readonly string[], cells: ColumnCells = noCells): readonly string[] =>
  preset.keys?.(headers, cells) ?? headers.map(normaliseHeader);

/** The preset whose signature the headers carry, else undefined (generic mapping). */
export function detectPreset(headers: readonly string[], cells: ColumnCells = noCells): Preset | undefined {
  return PRESETS.find((p) => {
    const present = new Set(presetKeys(p, headers, cells));
    return p.signature.every((h) => present.has(h));
  });
}

/** The file's own spelling of the headers that made a preset recognised, for the report. */
export function signatureHeaders(preset: Preset, headers: readonly string[]): string[] {
  const keys = presetKeys(preset, headers);
  return preset.signature.map((key) => headers[keys.indexOf(key)] ?? key);
}

export const presetByName = (name: string): Preset | undefined =>
  PRESETS.find((p) => p.name === name.toLowerCase() || p.name.replace('.', '') === name.toLowerCase());
