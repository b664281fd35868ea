import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readSyncConfig } from '../../db/queries/sync.ts';
import { InputError } from '../errors.ts';
import { ensureConference } from '../api/ensure-conference.ts';
import { startBackground } from '../api/background.ts';
import { createApi } from '../api/handlers.ts';
import { DEFAULT_RENDERER_DIR, startHttpServer } from '../api/http.ts';
import { UpdateBus } from '../api/updates.ts';
import { run } from './runner.ts';

/** Addresses other devices can use to reach a server bound to host. */
function reachableAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !i.internal && i.family === 'IPv4')
    .map((i) => (i as { address: string }).address);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the Foyer screens and API to browsers (desk, kiosk, dashboard) until stopped')
    .option('--host <host>', 'address to listen on; anything but loopback requires pairing', '127.0.0.1')
    .option('--port <port>', 'port (0 = any free port)', '4380')
    .option('--renderer <dir>', 'built renderer to serve', DEFAULT_RENDERER_DIR)
    .option('--no-demo', 'do not open the demo event when the database has no event')
    .action(
      run(program, async (ctx, o: { host: string; port: string; renderer: string; demo: boolean }) => {
        const port = Number(o.port);
        if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InputError('--port must be a whole number from 0 to 65535');
        const event = o.demo ? ensureConference(ctx.db, ctx.actor) : null;
        const bus = new UpdateBus();
        const background = startBackground(ctx.db, ctx.actor, bus);
        const api = createApi({ db: ctx.db, actor: ctx.actor, bus, printQueued: background.kick });
        // A desk set up to sync (Setup screen or `foyer sync`) syncs whenever it is open.
        const sync = api.sync.resume();
        const http = await startHttpServer({ api, host: o.host, port, rendererDir: resolve(o.renderer) });
        const lines = [`Foyer is serving ${ctx.dbPath}${event?.demo ? ` (opened the demo event "${event.name}")` : ''}`];
        for (const address of reachableAddresses(o.host)) {
          const base = `http://${address}:${http.port}/`;
          if (!http.pairing.required) lines.push(`  Desk:  ${base}`, `  Kiosk: ${base}#/kiosk`, `  Room door: ${base}#/door`);
          else {
            lines.push(`  Desk pairing link:  ${base}?token=${http.pairing.deskToken}#/desk`);
            lines.push(`  Kiosk pairing link: ${base}?token=${http.pairing.kioskToken}#/kiosk`);
            lines.push(`  Screen pairing link (read-only dashboard): ${base}?token=${http.pairing.screenToken}#/dashboard`);
            lines.push(`  Room door pairing link: ${base}?token=${http.pairing.doorToken}#/door`);
          }
        }
        const config = readSyncConfig(ctx.db);
        if (config && sync !== 'off') lines.push(`  Syncing as "${config.desk}" with ${config.servers.join(', ')} (Setup screen: Desks on the network).`);
        if (http.pairing.required) lines.push('  Anyone with a link can use this desk: share it only with staff devices.');
        lines.push('Press Ctrl+C to stop.');
        process.stdout.write(`${lines.join('\n')}\n`);
        await new Promise<void>((stop) => {
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await http.close();
        await api.sync.close();
        await background.stop();
        return { json: { stopped: true, port: http.port }, text: 'Stopped.' };
      }),
    );
}
