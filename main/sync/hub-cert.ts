// @peculiar/x509 (through tsyringe) needs the Reflect metadata API; node:crypto can make keys but
// not an X.509 certificate.
import 'reflect-metadata';
import { createHash, webcrypto, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

/** The hub's certificate and key in its store: one pair for every hub of a cluster. */
export const CERT_FILE = 'hub-cert.pem';
export const KEY_FILE = 'hub-key.pem';

/** The hub's TLS identity, kept with its store: one certificate for every hub of a venue cluster. */
export interface HubCertificate {
  readonly certFile: string;
  readonly keyFile: string;
  readonly pem: string;
  /** SHA-256 of the certificate (DER) in hex: what desks pin (`openssl x509 -fingerprint -sha256` shows it too). */
  readonly fingerprint: string;
  /** SHA-256 of its public key (SPKI) in hex: what nats-server pins for routes between hubs. */
  readonly publicKeyHash: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const YEARS = 10;
type KeyPair = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];

/** The certificate's fingerprint as desks compare it: 64 lowercase hex digits. */
export const fingerprintOf = (pem: string): string => createHash('sha256').update(new X509Certificate(pem).raw).digest('hex');

function describe(certFile: string, keyFile: string): HubCertificate {
  const pem = readFileSync(certFile, 'utf8');
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return { certFile, keyFile, pem, fingerprint: fingerprintOf(pem), publicKeyHash: createHash('sha256').update(spki).digest('hex') };
}

const toPem = (label: string, der: ArrayBuffer): string =>
  `-----BEGIN ${label}-----\n${(Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;

/**
 * The hub's certificate and key from its store, made on first start (self-signed, ECDSA P-256, ten
 * years: desks pin it, so no authority and no renewal are needed for an offline venue). Both files
 * are readable by their owner only.
 */
export async function hubCertificate(storeDir: string): Promise<HubCertificate> {
  const certFile = join(storeDir, CERT_FILE);
  const keyFile = join(storeDir, KEY_FILE);
  if (existsSync(certFile) && existsSync(keyFile)) return describe(certFile, keyFile);
  mkdirSync(storeDir, { recursive: true });
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as KeyPair;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex').replace(/^[89a-f]/, '1'),
    name: 'CN=Foyer hub',
    notBefore: new Date(now - 24 * 3600_000), // a desk whose clock is a little behind still accepts it
    notAfter: new Date(now + YEARS * 365 * 24 * 3600_000),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      // Hubs present it to each other on routes, as server and as client.
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'foyer-hub' }, { type: 'dns', value: 'localhost' }, { type: 'ip', value: '127.0.0.1' }]),
    ],
  });
  const key = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  // The key first: a certificate without its key would be taken as complete on the next start.
  writeFileSync(keyFile, toPem('PRIVATE KEY', key), { mode: 0o600 });
  writeFileSync(certFile, cert.toString('pem'), { mode: 0o600 });
  return describe(certFile, keyFile);
}
