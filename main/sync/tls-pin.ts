import { createHash, X509Certificate } from 'node:crypto';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';

// A desk trusts the hub's self-signed certificate because its fingerprint came with the pairing,
// not because an authority signed it. Node's TLS cannot check a fingerprint before it rejects an
// unknown certificate, so a desk first looks at the certificate the hub presents (a TLS handshake
// and nothing else: no credential is sent), compares its fingerprint, and then connects trusting
// exactly that certificate, checking the fingerprint again on every (re)connection.

export class HubImpostorError extends Error {
  constructor(server: string, presented: string, expected: string) {
    super(
      `The hub at ${server} presented certificate ${presented.slice(0, 16)}…, not the one in this desk's pairing ` +
        `(${expected.slice(0, 16)}…): it may be a machine pretending to be the hub. Nothing was sent to it. ` +
        'Check the server address and the pairing `foyer hub` printed.',
    );
    this.name = 'HubImpostorError';
  }
}

/** What a hub says about itself before any credential is sent. */
export type HubGreeting = { readonly tls: false } | { readonly tls: true; readonly pem: string; readonly fingerprint: string };

const sha256 = (der: Buffer): string => createHash('sha256').update(der).digest('hex');
const pemOf = (der: Buffer): string => new X509Certificate(der).toString();

/** Reads the server's INFO line and, when it speaks TLS, its certificate. */
export function greet(server: string, timeoutMs = 3_000): Promise<HubGreeting> {
  const url = new URL(server);
  const port = Number(url.port || 4222);
  return new Promise<HubGreeting>((resolve, reject) => {
    let socket: Socket = tcpConnect(port, url.hostname);
    const fail = (err: Error): void => {
      socket.destroy();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error(`${server} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const finish = (g: HubGreeting): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(g);
    };
    socket.once('error', (err) => {
      clearTimeout(timer);
      fail(err);
    });
    let text = '';
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const info = /^INFO\s+(\{.*\})\s*$/.exec(text.slice(0, end));
      if (!info) return fail(new Error(`${server} is not a NATS server`));
      const { tls_required: required, tls_available: available } = JSON.parse(info[1] as string) as Record<string, unknown>;
      if (!required && !available) return finish({ tls: false });
      const secure = tlsConnect({ socket, rejectUnauthorized: false }, () => {
        const raw = secure.getPeerCertificate().raw;
        if (!raw) return fail(new Error(`${server} presented no certificate`));
        finish({ tls: true, pem: pemOf(raw), fingerprint: sha256(raw) });
      });
      secure.once('error', (err) => {
        clearTimeout(timer);
        fail(err);
      });
      socket = secure;
    };
    socket.on('data', onData);
  });
}

/** The first hub of the list that answers; an impostor anywhere in the list stops the desk. */
export async function learnCertificate(servers: readonly string[], fingerprint: string): Promise<string> {
  let lastError: Error | undefined;
  for (const server of servers) {
    let g: HubGreeting;
    try {
      g = await greet(server);
    } catch (err) {
      lastError = err instanceof Error ? err : new Error(String(err));
      continue;
    }
    if (!g.tls) throw new Error(`The hub at ${server} does not use TLS: this desk's pairing expects a hub started by this version of \`foyer hub\`.`);
    if (g.fingerprint !== fingerprint) throw new HubImpostorError(server, g.fingerprint, fingerprint);
    return g.pem;
  }
  throw lastError ?? new Error('No server to connect to.');
}

/** nats.js TLS options that trust only this certificate, and check its fingerprint on every connection. */
export function pinnedTls(pem: string, fingerprint: string): Record<string, unknown> {
  return {
    ca: pem,
    // Replaces the host name check: hubs are reached by addresses nobody knew when the certificate was made.
    checkServerIdentity: (host: string, cert: PeerCertificate): Error | undefined => {
      const presented = sha256(cert.raw);
      return presented === fingerprint ? undefined : new HubImpostorError(host, presented, fingerprint);
    },
  };
}
