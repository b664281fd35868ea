import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectRootFor } from './config.ts';
import type { HubCertificate } from './hub-cert.ts';
import { venueKeys } from './venue-secret.ts';

// nats-server's own configuration for a venue hub, written to a file only its owner can read (so no
// secret ever sits on a command line, where `ps` shows it to every user of the machine).
//
// Three identities:
// - desk: every desk (they share the venue token). May publish events and read the stream through
//   its own consumer; nothing else. It cannot create, purge, change or delete a stream.
// - admin: the hub process itself, with a random password kept in the store. Creates the stream at
//   start (with the cluster's replicas) and is the only one that may purge it.
// - route: the hubs of a cluster between each other, over TLS with the venue certificate pinned.

export const DESK_USER = 'desk';
export const ADMIN_USER = 'admin';
const ROUTE_USER = 'route';
export const CONFIG_FILE = 'nats.conf';
const ADMIN_FILE = 'hub-admin';

export interface HubConfigInput {
  readonly port: number;
  readonly host: string;
  readonly storeDir: string;
  readonly name?: string;
  /** The venue token: desks and routes derive their passwords from it. */
  readonly token: string;
  readonly streams: readonly string[];
  readonly cluster?: { readonly port: number; readonly routes: readonly string[]; readonly name: string };
}

/** The hub's admin password, made on first start and kept beside its store (owner only). */
export function adminPassword(storeDir: string): string {
  const file = join(storeDir, ADMIN_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('hex');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** JetStream API subjects a desk needs on one stream: read its info, run its own durable consumer, ack. */
export function deskSubjects(stream: string): string[] {
  return [
    `${subjectRootFor(stream)}.*`,
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.*`,
    `$JS.API.CONSUMER.INFO.${stream}.*`,
    `$JS.API.CONSUMER.DELETE.${stream}.*`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.*`,
    `$JS.ACK.${stream}.>`,
  ];
}

const q = (s: string): string => JSON.stringify(s);
const list = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`;

/** nats://host:6222 → nats-route://route:PASSWORD@host:6222 (a route that names a user is kept). */
function routeUrl(route: string, password: string): string {
  if (route.includes('@')) return route;
  const hostPort = route.replace(/^[a-z-]+:\/\//, '');
  return `nats-route://${ROUTE_USER}:${password}@${hostPort}`;
}

/** The configuration text (see the identities above). */
export function hubConfigText(o: HubConfigInput, cert: HubCertificate, admin: string): string {
  const keys = venueKeys(o.token);
  const tlsFiles = `cert_file: ${q(cert.certFile)}\n    key_file: ${q(cert.keyFile)}`;
  const lines = [
    `listen: ${q(`${o.host}:${o.port}`)}`,
    ...(o.name ? [`server_name: ${q(o.name)}`] : []),
    `jetstream {\n  store_dir: ${q(o.storeDir)}\n}`,
    `tls {\n    ${tlsFiles}\n    timeout: 3\n}`,
    'authorization {',
    '  users: [',
    `    { user: ${q(ADMIN_USER)}, password: ${q(admin)} }`,
    `    { user: ${q(DESK_USER)}, password: ${q(keys.authToken)}, permissions: {`,
    `        publish: { allow: ${list(o.streams.flatMap(deskSubjects))} }`,
    `        subscribe: { allow: ${list(['_INBOX.>'])} }`,
    '    } }',
    '  ]',
    '}',
  ];
  if (o.cluster) {
    lines.push(
      'cluster {',
      `  name: ${q(o.cluster.name)}`,
      `  listen: ${q(`0.0.0.0:${o.cluster.port}`)}`,
      `  authorization { user: ${q(ROUTE_USER)}, password: ${q(keys.routePassword)}, timeout: 3 }`,
      // Hubs are reached by IP addresses nobody knows in advance, so the name in the certificate
      // cannot be checked; the certificate's key is pinned instead, on both ends of a route.
      `  tls {\n    ${tlsFiles}\n    ca_file: ${q(cert.certFile)}\n    insecure: true\n    pinned_certs: ${list([cert.publicKeyHash])}\n    timeout: 3\n  }`,
      `  routes: ${list(o.cluster.routes.map((r) => routeUrl(r, keys.routePassword)))}`,
      '}',
    );
  }
  return `# Written by \`foyer hub\` on every start: edit its options instead.\n${lines.join('\n')}\n`;
}

/** Writes the configuration file (owner only) and returns its path. */
export function writeHubConfig(o: HubConfigInput, cert: HubCertificate): string {
  const file = join(o.storeDir, CONFIG_FILE);
  writeFileSync(file, hubConfigText(o, cert, adminPassword(o.storeDir)), { mode: 0o600 });
  chmodSync(file, 0o600); // a file left by an older run keeps its mode otherwise
  return file;
}
