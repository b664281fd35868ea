import { normaliseHeader, type Target } from './columns.ts';

export interface Preset {
  readonly name: string;
  readonly label: string;
  /** Recognised when every one of these (normalised) headers is present. */
  readonly signature: readonly string[];
  /** Headers (normalised) this export uses with a meaning the generic mapping would not guess. */
  readonly columns: Readonly<Record<string, Target>>;
}

// pretix "Check-in list" CSV/XLSX export (plugins/checkinlists): "Order code", "Attendee name",
// "Attendee name: <part>" per name scheme, "Product", "Price", "Checked in", "Checked out",
// "Automatically checked in", "Paid" (with pending orders), "Secret" (optional), "E-mail",
// questions, "Company", "Voucher code", "Order date", "Requires special attention", "Comment", seats.
// The order code is shared by every ticket of an order, so the scanned code is the Secret.
const pretix: Preset = {
  name: 'pretix',
  label: 'pretix check-in list',
  signature: ['order code', 'attendee name', 'product'],
  columns: {
    'order code': 'orderCode', 'attendee name': 'fullName', 'attendee name title': 'custom',
    'attendee name given name': 'firstName', 'attendee name family name': 'familyName',
    'attendee name first name': 'firstName', 'attendee name last name': 'familyName', 'attendee name full name': 'fullName',
    product: 'category', price: 'ignore', 'checked in': 'ignore', 'checked out': 'ignore', 'automatically checked in': 'ignore',
    paid: 'custom', secret: 'code', 'e mail': 'email', email: 'email', company: 'organisation', country: 'country',
    'voucher code': 'ignore', 'order date': 'ignore', 'requires special attention': 'attention', comment: 'notes',
    date: 'ignore', 'start date': 'ignore', 'end date': 'ignore', 'seat id': 'ignore',
  },
};

// Eventbrite "Attendee summary" report: "Order #", "Order Date", "First Name", "Last Name", "Email",
// "Quantity", "Ticket Type", "Attendee #", "Barcode #", "Order Type", "Total Paid", "Fees Paid",
// "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", then profile questions
// ("Home Address 1", "Job Title", "Company", "Work Phone", …).
const eventbrite: Preset = {
  name: 'eventbrite',
  label: 'Eventbrite attendee report',
  signature: ['order', 'barcode', 'attendee status'],
  columns: {
    order: 'orderCode', 'order date': 'ignore', 'first name': 'firstName', 'last name': 'familyName', email: 'email',
    quantity: 'ignore', 'ticket type': 'category', attendee: 'custom', barcode: 'code', 'order type': 'ignore',
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
  signature: ['public id', 'short id', 'first name'],
  columns: {
    id: 'custom', 'first name': 'firstName', 'last name': 'familyName', email: 'email', status: 'status',
    'is checked in': 'ignore', 'checked in at': 'ignore', 'product id': 'ignore', 'ticket id': 'ignore',
    'product name': 'category', 'ticket name': 'category', 'event id': 'ignore', 'public id': 'code', 'short id': 'custom',
    'created date': 'ignore', 'last updated date': 'ignore', notes: 'notes',
  },
};

export const PRESETS: readonly Preset[] = [pretix, eventbrite, hiEvents];
export const GENERIC_PRESET = 'generic';

/** The preset whose signature the headers carry, else undefined (generic mapping). */
export function detectPreset(headers: readonly string[]): Preset | undefined {
  const present = new Set(headers.map(normaliseHeader));
  return PRESETS.find((p) => p.signature.every((h) => present.has(h)));
}

export const presetByName = (name: string): Preset | undefined =>
  PRESETS.find((p) => p.name === name.toLowerCase() || p.name.replace('.', '') === name.toLowerCase());
