import { createServer, type Server, type Socket, connect } from 'node:net';
import { freePort } from './nats-server.ts';

/**
 * A TCP forwarder between one desk and the server, so a test can cut that desk's network (all
 * connections dropped, new ones refused) and heal it, while the other desks carry on. It also
 * records every byte it forwards, both ways, as someone listening on the venue network would.
 */
export interface TcpProxy {
  readonly url: string;
  readonly cut: () => void;
  readonly heal: () => void;
  readonly close: () => Promise<void>;
  /** Everything forwarded so far, both directions (only when started with `capture`). */
  readonly captured: () => Buffer;
}

export async function startProxy(targetPort: number, options: { capture?: boolean } = {}): Promise<TcpProxy> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  const chunks: Buffer[] = [];
  let open = true;
  const server: Server = createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    if (options.capture) for (const s of [client, upstream]) s.on('data', (d: Buffer) => chunks.push(Buffer.from(d)));
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `nats://127.0.0.1:${port}`,
    cut: () => {
      open = false;
      for (const s of sockets) s.destroy();
    },
    heal: () => {
      open = true;
    },
    captured: () => Buffer.concat(chunks),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
