import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type ErrorCode, isMethodName, type LiveUpdate, type Result } from './contract.ts';
import type { Api } from './handlers.ts';
import { createPairing, hostAllowed, methodAllowed, type Pairing, pairingCookie, type Role, roleOf, tokenOf } from './http-auth.ts';
import { serveStatic } from './http-static.ts';

// The LAN transport: POST /api/<method> with a JSON body, GET /api/events (server-sent events),
// and the built renderer for everything else. Same API object as the IPC transport.

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const BODY_LIMIT = 1 << 20;
/** Roster files (and the designer's images and fonts) travel base64-encoded in the body. */
const IMPORT_BODY_LIMIT = 96 << 20;
const HEARTBEAT_MS = 25_000;

const STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid: 400, unauthorized: 401, denied: 403, 'not-found': 404, unavailable: 501, internal: 500, 'rate-limited': 429,
};

export interface HttpOptions {
  readonly api: Api;
  readonly host?: string;
  readonly port?: number;
  readonly rendererDir?: string;
  /** Fixed tokens (tests, or a restart that keeps paired devices); random when absent. */
  readonly tokens?: { desk?: string; kiosk?: string; screen?: string; door?: string };
}

export interface FoyerHttpServer {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  readonly pairing: Pairing;
  close(): Promise<void>;
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const failure = (res: ServerResponse, code: ErrorCode, message: string): void =>
  sendJson(res, STATUS[code], { ok: false, error: { code, message } } satisfies Result<never>);

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleCall(api: Api, role: Role, onMachine: boolean, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return failure(res, 'invalid', 'Call API methods with POST.');
  if (!isMethodName(method)) return failure(res, 'not-found', `Unknown method "${method}".`);
  if (!methodAllowed(role, method)) return failure(res, 'denied', `This device is paired as a ${role}.`);
  // Requiring JSON also means a cross-site form cannot post here without a CORS preflight, which we never grant.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return failure(res, 'invalid', 'Send the input as application/json.');
  let raw: string;
  try {
    raw = await readBody(req, method.startsWith('import.') || method.startsWith('designer.add') ? IMPORT_BODY_LIMIT : BODY_LIMIT);
  } catch (err) {
    if (!(err instanceof BodyTooLarge)) throw err;
    res.setHeader('connection', 'close');
    sendJson(res, 413, { ok: false, error: { code: 'invalid', message: 'The request body is too large.' } });
    req.destroy();
    return;
  }
  let input: unknown;
  try {
    input = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    return failure(res, 'invalid', 'The request body is not valid JSON.');
  }
  // The device's address: the kiosk's limits count per device as well as per token.
  const result = await api.call(method, input, { role, client: req.socket.remoteAddress ?? 'unknown', onMachine });
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
}

/** Updates that name a person: a screen hears only that something changed, so it reloads its figures. */
const PERSONAL: ReadonlySet<LiveUpdate['type']> = new Set(['checkin', 'checkin.undone', 'attendee.changed', 'roster.imported', 'import.progress']);
/** A room door hears counts, meetings held (ids only) and that other desks' events arrived, never who checked in where. */
const DOOR_UPDATES: ReadonlySet<LiveUpdate['type']> = new Set(['session.checkin', 'remote-events', 'meeting.held']);

/** What a role may hear: a kiosk only that the event changed; a screen no names; a door counts. Null: nothing. */
function visibleTo(role: Role, update: LiveUpdate): LiveUpdate | null {
  if (role === 'desk') return update;
  if (role === 'screen') return PERSONAL.has(update.type) ? { type: 'remote-events', count: 1 } : update;
  if (role === 'door' && DOOR_UPDATES.has(update.type)) return update;
  return update.type === 'event.changed' ? update : null;
}

function handleEvents(api: Api, role: Role, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write('retry: 3000\n\n');
  const unsubscribe = api.bus.subscribe((update) => {
    const visible = visibleTo(role, update);
    if (visible) res.write(`data: ${JSON.stringify(visible)}\n\n`);
  });
  // A comment line now and then keeps proxies and idle timeouts from cutting the stream.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const stop = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('error', stop);
}

export async function startHttpServer(options: HttpOptions): Promise<FoyerHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const pairing = createPairing(host, options.tokens);
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const { api } = options;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://foyer.invalid');
    if (!hostAllowed(pairing, req.headers.host)) return failure(res, 'denied', 'Unexpected Host header.');
    const presented = tokenOf(req, url);
    const role = roleOf(pairing, presented?.token);
    if (role === null) {
      return failure(res, 'unauthorized', 'This Foyer desk needs pairing: open the pairing link that `foyer serve` printed.');
    }
    // A first load through the pairing link leaves a cookie, so the app's own requests are paired too.
    if (pairing.required && presented?.fromQuery && req.method === 'GET') res.setHeader('set-cookie', pairingCookie(presented.token));
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return failure(res, 'invalid', 'Use GET for the event stream.');
      return handleEvents(api, role, req, res);
    }
    if (url.pathname.startsWith('/api/')) return handleCall(api, role, !pairing.required, url.pathname.slice(5), req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
      return;
    }
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const outcome = await serveStatic(rendererDir, url.pathname, res, req.method === 'HEAD');
    if (outcome === 'forbidden') failure(res, 'denied', 'Outside the app.');
    else if (outcome === 'not-found') failure(res, 'not-found', `Not found: ${url.pathname} (is the renderer built? npm run build)`);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error('foyer: HTTP request failed:', err);
      if (!res.headersSent) failure(res, 'internal', 'The request failed.');
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', failed);
      ready();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    host,
    port,
    pairing,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

