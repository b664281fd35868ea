import { readSyncConfig } from '../../../db/queries/sync.ts';
import { InputError } from '../../errors.ts';
import { parseServers } from '../../sync/config.ts';
import { formatPairing, parsePairing } from '../../sync/pairing.ts';
import { syncStatus } from '../../sync/status.ts';
import type { Output } from '../contract.ts';
import type { ApiContext, HandlersOf } from '../handler-types.ts';

const PROTOCOLS = new Set(['nats:', 'tls:']);

/** "hub, nats://10.0.0.2:4222" → URLs, or an InputError naming the first one that is not a NATS address. */
export function serversFrom(input: string): string[] {
  const servers = parseServers(input);
  if (servers.length === 0) throw new InputError('Give the server, e.g. nats://192.168.1.10:4222.');
  for (const server of servers) {
    let url: URL;
    try {
      url = new URL(server);
    } catch {
      throw new InputError(`"${server}" is not a server address: write it like nats://192.168.1.10:4222.`);
    }
    const port = url.port === '' ? 4222 : Number(url.port);
    if (!PROTOCOLS.has(url.protocol) || url.hostname === '' || url.pathname.replace('/', '') !== '' || port < 1 || port > 65_535) {
      throw new InputError(`"${server}" is not a NATS server address: write it like nats://192.168.1.10:4222.`);
    }
  }
  return servers;
}

/** The status as the contract shows it (the stored token never leaves the core). */
export const syncView = (ctx: ApiContext): Output<'sync.status'> => {
  const s = syncStatus(ctx.db, ctx.now());
  return { ...s, servers: [...s.servers] };
};

/** Sync between desks: status, connect / disconnect from the Setup screen. */
export const syncHandlers: HandlersOf<'sync'> = {
  'sync.status': (_input, ctx) => syncView(ctx),
  'sync.configure': async ({ servers, desk, token }, ctx) => {
    const list = serversFrom(servers);
    const stored = readSyncConfig(ctx.db);
    // TOKEN#FINGERPRINT as `foyer hub` printed it; a bad fingerprint is refused here, not at connect.
    const pairing = token ? formatPairing(parsePairing(token)) : null;
    await ctx.sync.configure({ servers: list, desk, token: token === undefined ? (stored?.token ?? null) : pairing });
    const view = syncView(ctx);
    ctx.bus.publish({ type: 'sync', status: view });
    return view;
  },
  'sync.stop': async (_input, ctx) => {
    await ctx.sync.disconnect();
    const view = syncView(ctx);
    ctx.bus.publish({ type: 'sync', status: view });
    return view;
  },
};
