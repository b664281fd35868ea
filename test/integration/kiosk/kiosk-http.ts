import { request } from 'node:http';
import type { Db } from '../../../db/open.ts';
import { createApi } from '../../../main/api/handlers.ts';
import { type FoyerHttpServer, startHttpServer } from '../../../main/api/http.ts';
import type { KioskLimits } from '../../../main/kiosk/rate-limit.ts';
import { DESK } from '../../helpers/db.ts';

// A real `foyer serve`-style HTTP server on a real database, reached as a paired device would reach
// it: with a pairing token, from a chosen loopback address (127.0.0.x stands for devices on the LAN).

export const TOKENS = { desk: 'desk-token-for-kiosk-tests', kiosk: 'kiosk-token-for-kiosk-tests', screen: 'screen-token-for-kiosk-tests' };

export interface Answer {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: { ok: boolean; value?: any; error?: { code: string; message: string } };
}

export interface Device {
  call(method: string, input: unknown): Promise<Answer>;
}

export interface KioskServer {
  readonly http: FoyerHttpServer;
  readonly clock: { now: number };
  device(token: string, address?: string): Device;
  close(): Promise<void>;
}

export async function serveKiosk(db: Db, options: { limits?: KioskLimits; start?: string } = {}): Promise<KioskServer> {
  const clock = { now: Date.parse(options.start ?? '2019-05-14T07:30:00Z') };
  const api = createApi({ db, actor: DESK, now: () => new Date(clock.now), ...(options.limits ? { kioskLimits: options.limits } : {}) });
  const http = await startHttpServer({ api, host: '0.0.0.0', port: 0, rendererDir: '/nonexistent', tokens: TOKENS });
  const device = (token: string, address = '127.0.0.1'): Device => ({
    call: (method, input) =>
      new Promise((done, failed) => {
        const body = JSON.stringify(input);
        const req = request(
          { host: '127.0.0.1', port: http.port, localAddress: address, method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } },
          (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => {
              try {
                done({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] });
              } catch (err) {
                failed(err as Error);
              }
            });
          },
        );
        req.on('error', failed).end(body);
      }),
  });
  return { http, clock, device, close: () => http.close() };
}

/** Limits high enough that only what the search and scan themselves reveal is measured. */
export const NO_LIMITS: KioskLimits = Object.fromEntries(
  (['search', 'scan', 'email', 'email-wrong', 'pin'] as const).map((a) => [a, { perClient: { limit: 1e9, windowMs: 60_000 }, perRole: { limit: 1e9, windowMs: 60_000 } }]),
) as KioskLimits;

/** A keyboard-wedge burst for `code`: 8 ms between keys. */
export const wedge = (code: string) => ({ via: 'wedge' as const, gapsMs: Array.from({ length: code.length - 1 }, () => 8) });
/** The same code typed by a quick person. */
export const typed = (code: string) => ({ via: 'wedge' as const, gapsMs: Array.from({ length: code.length - 1 }, (_, i) => 110 + (i % 5) * 20) });
