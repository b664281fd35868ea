import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DESK_USER } from './hub-config.ts';
import { NEEDS_FINGERPRINT, type Pairing } from './pairing.ts';
import { greet, learnCertificate, pinnedTls } from './tls-pin.ts';
import { venueKeys } from './venue-secret.ts';

/** Said when a desk cannot connect for a reason it will not get over by retrying soon. */
export class PairingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PairingError';
  }
}

const BASE = {
  timeout: 2_000, reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 2_000, maxPingOut: 2,
} as const;

/**
 * Connects a desk to the hub. With a pairing that carries the certificate's fingerprint, only over
 * TLS to that certificate, as the desk identity. A token without fingerprint still reaches an older
 * hub without TLS (token authentication); a hub with TLS then gets a clear error instead of trust.
 * Without any token: an open test server.
 */
export async function connectDesk(servers: readonly string[], desk: string, pairing: Pairing | null): Promise<NatsConnection> {
  const name = `foyer ${desk}`;
  if (!pairing) return connect({ ...BASE, servers: [...servers], name });
  const keys = venueKeys(pairing.secret);
  if (pairing.fingerprint) {
    const pem = await learnCertificate(servers, pairing.fingerprint);
    return connect({ ...BASE, servers: [...servers], name, user: DESK_USER, pass: keys.authToken, tls: pinnedTls(pem, pairing.fingerprint) });
  }
  for (const server of servers) {
    const g = await greet(server).catch(() => null);
    if (g?.tls) throw new PairingError(NEEDS_FINGERPRINT);
  }
  return connect({ ...BASE, servers: [...servers], name, token: keys.authToken });
}
