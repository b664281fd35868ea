import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DOOR_METHODS, KIOSK_METHODS, type MethodName } from './contract.ts';

// Pairing: on loopback only this machine can connect, so no token. On any other address every
// request must carry a pairing token: the desk token opens everything, the kiosk token only the
// kiosk's methods (so a tablet left at the entrance cannot read the roster), the screen token only
// what a dashboard on the wall reads, the door token only the room door's methods. The Electron
// window in kiosk mode gets the kiosk's methods over IPC too (main/api/ipc-table.ts).

export type Role = 'desk' | 'kiosk' | 'screen' | 'door';

export interface Pairing {
  readonly required: boolean;
  readonly deskToken: string | null;
  readonly kioskToken: string | null;
  readonly screenToken: string | null;
  readonly doorToken: string | null;
}

/** What a read-only dashboard screen needs: figures, queues and help flags; no edits, no lists to take away. */
export const SCREEN_METHODS: readonly MethodName[] = [
  'event.get', 'stats.get', 'print.queue', 'printers.list', 'checkin.doubleAdmissions', 'help.list', 'sync.status',
];

/** The methods each role may call; the desk may call them all. */
const ROLE_METHODS: Readonly<Record<Exclude<Role, 'desk'>, readonly MethodName[]>> = {
  kiosk: KIOSK_METHODS,
  screen: SCREEN_METHODS,
  door: DOOR_METHODS,
};

export const methodAllowed = (role: Role, method: MethodName): boolean => role === 'desk' || ROLE_METHODS[role].includes(method);

export const COOKIE = 'foyer_token';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::ffff:127.0.0.1';
}

const newToken = (): string => randomBytes(24).toString('base64url');

export function createPairing(host: string, tokens: { desk?: string; kiosk?: string; screen?: string; door?: string } = {}): Pairing {
  if (isLoopback(host)) return { required: false, deskToken: null, kioskToken: null, screenToken: null, doorToken: null };
  return {
    required: true, deskToken: tokens.desk ?? newToken(), kioskToken: tokens.kiosk ?? newToken(),
    screenToken: tokens.screen ?? newToken(), doorToken: tokens.door ?? newToken(),
  };
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The token a request carries: Authorization: Bearer, then ?token=, then the pairing cookie. */
export function tokenOf(req: IncomingMessage, url: URL): { token: string; fromQuery: boolean } | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return { token: auth.slice(7).trim(), fromQuery: false };
  const query = url.searchParams.get('token');
  if (query) return { token: query, fromQuery: true };
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return { token: decodeURIComponent(value.join('=')), fromQuery: false };
  }
  return null;
}

/** Who the request is, or null when it must be refused (401). */
export function roleOf(pairing: Pairing, token: string | undefined): Role | null {
  if (!pairing.required) return 'desk';
  if (token === undefined) return null;
  if (pairing.deskToken && same(token, pairing.deskToken)) return 'desk';
  if (pairing.kioskToken && same(token, pairing.kioskToken)) return 'kiosk';
  if (pairing.screenToken && same(token, pairing.screenToken)) return 'screen';
  if (pairing.doorToken && same(token, pairing.doorToken)) return 'door';
  return null;
}

/**
 * On loopback, a page from another site could reach us through DNS rebinding (its host name
 * resolving to 127.0.0.1). Browsers always send the Host they think they talk to, so accept only
 * loopback names there.
 */
export function hostAllowed(pairing: Pairing, hostHeader: string | undefined): boolean {
  if (pairing.required) return true; // the token is the guard
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0] ?? '';
  return isLoopback(name);
}

export const pairingCookie = (token: string): string =>
  `${COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${7 * 24 * 3600}`;
