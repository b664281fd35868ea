import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { userInfo } from 'node:os';

// A minimal IPP/1.1 client (RFC 8010 encoding) for the two questions lp/lpstat cannot answer
// precisely: the state of one job (completed vs aborted vs cancelled, and why it waits) and
// the jobs of a queue by title. It talks to the local cupsd, over its domain socket when there
// is one, so it needs no credentials and no TCP listener.

export type IppValue = string | number | boolean;
export type IppAttributes = Record<string, IppValue[]>;
export interface IppResponse {
  readonly status: number;
  /** One group per object: operation attributes first, then one per job or printer. */
  readonly groups: readonly { tag: number; attributes: IppAttributes }[];
}

export const OP = { getJobAttributes: 0x0009, getJobs: 0x000a, getPrinterAttributes: 0x000b } as const;
export const STATUS_NOT_FOUND = 0x0406;

const TAG = { operation: 0x01, end: 0x03, integer: 0x21, boolean: 0x22, enum: 0x23, keyword: 0x44, uri: 0x45, charset: 0x47, language: 0x48, name: 0x42 } as const;

type Attr = readonly [tag: number, name: string, values: readonly (string | number)[]];

function encode(operation: number, requestId: number, attrs: readonly Attr[]): Buffer {
  const parts: Buffer[] = [Buffer.from([0x01, 0x01, operation >> 8, operation & 0xff]), u32(requestId), Buffer.from([TAG.operation])];
  for (const [tag, name, values] of attrs) {
    values.forEach((v, i) => {
      const n = Buffer.from(i === 0 ? name : '', 'utf8');
      const value = typeof v === 'number' ? u32(v) : Buffer.from(v, 'utf8');
      parts.push(Buffer.from([tag]), u16(n.length), n, u16(value.length), value);
    });
  }
  parts.push(Buffer.from([TAG.end]));
  return Buffer.concat(parts);
}

function decode(buf: Buffer): IppResponse {
  const status = buf.readUInt16BE(2);
  const groups: { tag: number; attributes: IppAttributes }[] = [];
  let i = 8;
  let last = '';
  while (i < buf.length) {
    const tag = buf[i++] as number;
    if (tag === TAG.end) break;
    if (tag < 0x10) {
      groups.push({ tag, attributes: {} });
      continue;
    }
    const nameLength = buf.readUInt16BE(i);
    const name = buf.toString('utf8', i + 2, i + 2 + nameLength);
    i += 2 + nameLength;
    const valueLength = buf.readUInt16BE(i);
    const raw = buf.subarray(i + 2, i + 2 + valueLength);
    i += 2 + valueLength;
    const value: IppValue =
      tag === TAG.integer || tag === TAG.enum ? raw.readInt32BE(0) : tag === TAG.boolean ? raw[0] === 1 : raw.toString('utf8');
    if (name) last = name;
    const group = groups.at(-1);
    if (group) (group.attributes[last] ??= []).push(value);
  }
  return { status, groups };
}

const u16 = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** Where cupsd listens: $CUPS_SERVER (a socket path or host[:port]), else its socket, else localhost:631. */
function server(): { socketPath: string } | { host: string; port: number } {
  const env = process.env.CUPS_SERVER;
  if (env?.startsWith('/')) return { socketPath: env };
  if (env) {
    const [host, port] = env.split(':');
    return { host: host || 'localhost', port: Number(port) || 631 };
  }
  for (const socketPath of ['/run/cups/cups.sock', '/var/run/cups/cups.sock', '/private/var/run/cupsd']) {
    if (existsSync(socketPath)) return { socketPath };
  }
  return { host: 'localhost', port: 631 };
}

let nextRequestId = 1;

/** Sends one IPP operation to the local cupsd. `target` is the operation's printer-uri or job-uri (none for CUPS-Get-*). */
export function ipp(operation: number, target: readonly [name: 'printer-uri' | 'job-uri', uri: string] | null, extra: readonly Attr[] = [], timeoutMs = 10_000): Promise<IppResponse> {
  const body = encode(operation, nextRequestId++, [
    [TAG.charset, 'attributes-charset', ['utf-8']],
    [TAG.language, 'attributes-natural-language', ['en']],
    ...(target ? [[TAG.uri, target[0], [target[1]]] as const] : []),
    [TAG.name, 'requesting-user-name', [userInfo().username]],
    ...extra,
  ]);
  return new Promise((resolve, reject) => {
    const req = request(
      { ...server(), method: 'POST', path: '/', timeout: timeoutMs, headers: { 'Content-Type': 'application/ipp', 'Content-Length': body.length, Host: 'localhost' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`the print spooler answered HTTP ${res.statusCode}`));
          else resolve(decode(Buffer.concat(chunks)));
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('the print spooler did not answer in time')));
    req.on('error', reject);
    req.end(body);
  });
}

export const requested = (names: readonly string[]): Attr => [TAG.keyword, 'requested-attributes', names];
export const keyword = (name: string, value: string): Attr => [TAG.keyword, name, [value]];
export const integer = (name: string, value: number): Attr => [TAG.integer, name, [value]];
