import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { findNatsServer, type Hub, startHub } from '../../../main/sync/hub.ts';
import { CERT_FILE, hubCertificate, KEY_FILE } from '../../../main/sync/hub-cert.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { DAY, eventCount, openDesk, seedEvent, snapshot, tempDir, waitFor } from './desks.ts';
import { freePort } from './nats-server.ts';

// The README's "three hubs, no single point of failure" recipe, run for real: three nats-servers
// sharing one certificate, routed to each other over TLS with that certificate pinned and the route
// password derived from the hub token, a stream with three replicas made by the hubs, two desks
// listing all three hubs. Any one hub may die and sync goes on.

const TOKEN = 'cluster-token-4e1d0c';
const NAMES = ['a', 'b', 'c'] as const;
/** A hub crash costs a leader election and a missed pull (measured 0.1–22 s here); generous on purpose. */
const PHASE_MS = 90_000;

interface Node {
  readonly name: string;
  readonly port: number;
  readonly clusterPort: number;
  readonly storeDir: string;
  hub?: Hub;
  readonly log: string[];
}

describe('a venue cluster of three hubs', () => {
  let dir: string;
  const nodes: Node[] = [];
  const desks: { name: string; db: Db; sync: SyncHandle }[] = [];
  const urls = (): string[] => nodes.map((n) => `nats://127.0.0.1:${n.port}`);

  const startNode = async (n: Node): Promise<void> => {
    const routes = nodes.filter((o) => o !== n).map((o) => `nats://127.0.0.1:${o.clusterPort}`);
    n.hub = await startHub(
      {
        port: n.port, storeDir: n.storeDir, host: '127.0.0.1', name: n.name, clusterPort: n.clusterPort, routes, token: TOKEN,
        streams: ['FOYERCLUSTER'], replicas: 3,
      },
      { log: (line) => n.log.push(line) },
    );
  };

  beforeAll(async () => {
    dir = tempDir();
    for (const name of NAMES) {
      const storeDir = join(dir, `hub-${name}`);
      mkdirSync(storeDir);
      nodes.push({ name, port: await freePort(), clusterPort: await freePort(), storeDir, log: [] });
    }
    // As the recipe says: the first hub's certificate and key copied into the other hubs' stores.
    await hubCertificate(nodes[0]?.storeDir as string);
    for (const n of nodes.slice(1)) {
      for (const file of [CERT_FILE, KEY_FILE]) copyFileSync(join(nodes[0]?.storeDir as string, file), join(n.storeDir, file));
    }
    await Promise.all(nodes.map(startNode));
  });
  afterAll(async () => {
    for (const d of desks) {
      await d.sync.stop();
      d.db.close();
    }
    await Promise.all(nodes.map((n) => n.hub?.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  const admit = (desk: { name: string; db: Db }, from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const r = checkIn(desk.db, { desk: desk.name, operator: 'op' }, { target: { code: `T${i}` }, day: DAY });
      expect(r.outcome, `T${i} at ${desk.name}`).toBe('admitted');
    }
  };
  const allAt = (count: number) => (): boolean => desks.every((d) => eventCount(d.db) === count);
  const counts = (): string => desks.map((d) => `${d.name}: ${eventCount(d.db)}`).join(', ');

  it('keeps two desks in sync while any one of the three hubs is down', { timeout: 4 * PHASE_MS }, async () => {
    const one = openDesk(dir, 'Desk 1');
    seedEvent(one, { desk: 'Desk 1', operator: 'lead' }, 300);
    for (const [name, db] of [['Desk 1', one], ['Desk 2', openDesk(dir, 'Desk 2')]] as const) {
      desks.push({ name, db, sync: startSync(db, { servers: urls(), desk: name, token: nodes[0]?.hub?.pairing ?? null, stream: 'FOYERCLUSTER' }) });
    }
    const [d1, d2] = desks as [(typeof desks)[0], (typeof desks)[0]];
    let expected = eventCount(one);
    await waitFor(allAt(expected), counts, PHASE_MS);

    // Hub a dies without a goodbye; both desks go on through b and c.
    await nodes[0]?.hub?.stop('SIGKILL');
    admit(d1, 0, 20);
    admit(d2, 20, 40);
    expected += 40;
    await waitFor(allAt(expected), counts, PHASE_MS);

    // a comes back and catches up from its peers; then b dies.
    await startNode(nodes[0] as Node);
    await nodes[1]?.hub?.stop('SIGKILL');
    admit(d2, 40, 60);
    admit(d1, 60, 80);
    expected += 40;
    await waitFor(allAt(expected), counts, PHASE_MS);

    expect(snapshot(d2.db)).toEqual(snapshot(d1.db));
    expect(d1.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(80);
  });

  it('refuses a server that tries to join the cluster without TLS, or with the route password but another certificate', async () => {
    const binary = findNatsServer() as string;
    const target = nodes[2] as Node;
    const before = target.log.length;
    const rogue = spawn(binary, ['-a', '127.0.0.1', '-p', String(await freePort()), '--cluster', `nats://127.0.0.1:${await freePort()}`,
      '--cluster_name', 'foyer', '--routes', `nats://127.0.0.1:${target.clusterPort}`], { stdio: 'ignore' });
    try {
      await waitFor(() => target.log.slice(before).some((l) => /TLS route handshake error/i.test(l)), () => target.log.slice(before).join('\n'));
    } finally {
      rogue.kill('SIGKILL');
    }
    // A machine given the venue token (so the route password) but not the hubs' certificate and key.
    const mark = target.log.length;
    const impostorStore = join(dir, 'impostor');
    mkdirSync(impostorStore);
    const impostorLog: string[] = [];
    const impostor = await startHub(
      {
        port: await freePort(), storeDir: impostorStore, host: '127.0.0.1', name: 'x', clusterPort: await freePort(),
        routes: [`nats://127.0.0.1:${target.clusterPort}`], token: TOKEN, streams: ['FOYERCLUSTER'], replicas: 1,
      },
      { log: (line) => impostorLog.push(line) },
    );
    try {
      await waitFor(() => target.log.slice(mark).some((l) => /TLS route handshake error/i.test(l)), () => target.log.slice(mark).join('\n'));
      expect(impostorLog.some((l) => /Route connection created/i.test(l))).toBe(false);
    } finally {
      await impostor.stop('SIGKILL');
    }
  });
});
