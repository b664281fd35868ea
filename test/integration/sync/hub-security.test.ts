import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { DESK_USER } from '../../../main/sync/hub-config.ts';
import { CONFIG_FILE } from '../../../main/sync/hub-config.ts';
import { CERT_FILE, KEY_FILE } from '../../../main/sync/hub-cert.ts';
import { parsePairing } from '../../../main/sync/pairing.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { learnCertificate, pinnedTls } from '../../../main/sync/tls-pin.ts';
import { venueKeys } from '../../../main/sync/venue-secret.ts';
import { eventCount, openDesk, seedEvent, tempDir, waitFor } from './desks.ts';
import { startNats, type TestNats } from './nats-server.ts';
import { startProxy } from './tcp-proxy.ts';

// Issue 14 §3, as an attacker on the venue network would try it: read the traffic, use a desk's
// credentials against the stream, pretend to be the hub.

const TOKEN = '6f1c2b9a0d4e8f7a3b5c1d2e9f0a8b7c';

describe('a venue hub nobody on the network can read or wipe', () => {
  let hub: TestNats;
  let impostor: TestNats;
  let dir: string;
  const running: { db: Db; sync: SyncHandle }[] = [];

  beforeAll(async () => {
    hub = await startNats({ token: TOKEN });
    // Another hub with the same venue token but its own certificate: a machine pretending to be the hub.
    impostor = await startNats({ token: TOKEN });
    dir = tempDir();
  });
  afterAll(async () => {
    for (const d of running) {
      await d.sync.stop();
      d.db.close();
    }
    await hub.dispose();
    await impostor.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const desk = (name: string, url: string, token: string | null = hub.pairing): { db: Db; sync: SyncHandle } => {
    const db = openDesk(dir, name);
    const d = { db, sync: startSync(db, { servers: [url], desk: name, token }) };
    running.push(d);
    return d;
  };

  it('runs nats-server from a config file only its owner can read, with no secret on its command line', () => {
    const process = hub.hub()?.process;
    const argv = readFileSync(`/proc/${process?.pid}/cmdline`, 'utf8').split('\0');
    expect(argv).toEqual([expect.stringMatching(/nats-server$/), '-c', join(hub.storeDir, CONFIG_FILE), '']);
    const keys = venueKeys(TOKEN);
    const secrets = [TOKEN, keys.authToken, keys.routePassword, readFileSync(join(hub.storeDir, 'hub-admin'), 'utf8').trim()];
    for (const secret of secrets) expect(argv.join(' ')).not.toContain(secret);
    for (const file of [CONFIG_FILE, CERT_FILE, KEY_FILE, 'hub-admin']) {
      expect((statSync(join(hub.storeDir, file)).mode & 0o777).toString(8), file).toBe('600');
    }
    // The desk identity may use the stream's API for its consumer only; the admin has no such limit.
    const config = readFileSync(join(hub.storeDir, CONFIG_FILE), 'utf8');
    expect(config).toContain('"$JS.API.CONSUMER.MSG.NEXT.FOYER.*"');
    expect(config).not.toMatch(/STREAM\.(CREATE|PURGE|DELETE|UPDATE)/);
  });

  it('lets a desk\'s credentials add events and read the stream, but never purge, delete or create one', async () => {
    const { fingerprint } = parsePairing(hub.pairing as string);
    const pem = await learnCertificate([hub.url], fingerprint as string);
    const nc = await connect({ servers: hub.url, user: DESK_USER, pass: venueKeys(TOKEN).authToken, tls: pinnedTls(pem, fingerprint as string) });
    try {
      const jsm = await jetstreamManager(nc, { checkAPI: false });
      const before = (await jsm.streams.info('FOYER')).state.messages;
      await expect(jsm.streams.purge('FOYER')).rejects.toThrow(/Permissions Violation/);
      await expect(jsm.streams.delete('FOYER')).rejects.toThrow(/Permissions Violation/);
      await expect(jsm.streams.add({ name: 'MINE', subjects: ['mine.>'] })).rejects.toThrow(/Permissions Violation/);
      const info = await jsm.streams.info('FOYER');
      await expect(jsm.streams.update('FOYER', { ...info.config, max_msgs: 1 })).rejects.toThrow(/Permissions Violation/);
      expect((await jsm.streams.info('FOYER')).state.messages).toBe(before);
    } finally {
      await nc.close();
    }
  });

  it('shows someone capturing the traffic no credential, no subject and no attendee name', async () => {
    const proxy = await startProxy(hub.port, { capture: true });
    try {
      const a = desk('Captured', proxy.url);
      seedEvent(a.db, { desk: 'Captured', operator: 'lead' }, 50);
      await waitFor(() => a.sync.status().connected && a.sync.status().waitingToSend === 0, () => JSON.stringify(a.sync.status()));
      const wire = proxy.captured();
      expect(wire.length).toBeGreaterThan(10_000); // the roster went through
      const keys = venueKeys(TOKEN);
      for (const secret of [TOKEN, keys.authToken, '"pass"', 'CONNECT', 'foyer.events', 'Person 7', 'Org 3']) {
        expect(wire.includes(Buffer.from(secret)), secret).toBe(false);
      }
      // The greeting is all that is in clear before TLS starts (0x16: a TLS handshake record).
      const clear = wire.subarray(0, wire.indexOf('\r\n') + 2).toString('latin1');
      expect(clear).toMatch(/^INFO \{.*"tls_required":true.*\} ?\r\n$/);
      expect(wire.indexOf(0x16)).toBe(clear.length);
    } finally {
      await proxy.close();
    }
  });

  it('refuses a hub whose certificate is not the one in the pairing, and sends it nothing', async () => {
    const fooled = desk('Fooled', impostor.url);
    await waitFor(() => /pretending to be the hub/.test(String(fooled.sync.status().lastError)), () => JSON.stringify(fooled.sync.status()));
    expect(fooled.sync.status().connected).toBe(false);
    const fingerprint = parsePairing(impostor.pairing as string).fingerprint as string;
    const impostorConfig = readFileSync(join(impostor.storeDir, CONFIG_FILE), 'utf8');
    expect(impostorConfig).toContain('"desk"'); // it would accept the desk's password, were it sent
    const nc = await connect({
      servers: impostor.url, user: DESK_USER, pass: venueKeys(TOKEN).authToken,
      tls: pinnedTls(await learnCertificate([impostor.url], fingerprint), fingerprint),
    });
    try {
      const js = await jetstreamManager(nc, { checkAPI: false });
      // Not one event of the fooled desk reached it.
      expect((await js.streams.info('FOYER')).state.messages).toBe(0);
    } finally {
      await nc.close();
    }

    // A plain token (no fingerprint) is not trusted with a TLS hub either: a clear error, not a silent trust.
    const old = desk('Old token', hub.url, TOKEN);
    await waitFor(() => /has no certificate fingerprint/.test(String(old.sync.status().lastError)), () => JSON.stringify(old.sync.status()));
    expect(old.sync.status().connected).toBe(false);
    expect(eventCount(old.db)).toBe(0);
  });
});
