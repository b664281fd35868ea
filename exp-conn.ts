import { connect } from '@nats-io/transport-node';
import { jetstreamManager, jetstream } from '@nats-io/jetstream';
import { readFileSync } from 'node:fs';
const pem = readFileSync('/tmp/hubexp/cert.pem', 'utf8');
const fp = process.argv[2] ?? '';
const tls = { ca: [pem], checkServerIdentity: (_h: string, cert: { fingerprint256: string }) => cert.fingerprint256.replaceAll(':', '').toLowerCase() === fp ? undefined : new Error('fingerprint mismatch ' + cert.fingerprint256) };
try {
  const admin = await connect({ servers: 'nats://10.1.1.1:1,127.0.0.1:14222'.split(',').slice(1), user: 'admin', pass: 'adminpw', tls });
  const ajsm = await jetstreamManager(admin, { checkAPI: false });
  try { await ajsm.streams.add({ name: 'FOYER', subjects: ['foyer.events.>'] }); } catch (e) { console.log('add', (e as Error).message); }
  console.log('admin ok');
  const nc = await connect({ servers: '127.0.0.1:14222', user: 'desk', pass: 'deskpw', tls });
  (async () => { for await (const s of nc.status()) console.log('status', s.type, (s as any).error?.message ?? ''); })();
  const jsm = await jetstreamManager(nc, { checkAPI: false });
  console.log('info', (await jsm.streams.info('FOYER')).state);
  const js = jetstream(nc);
  console.log('pub', await js.publish('foyer.events.x', 'hi', { msgID: 'a1' }));
  await jsm.consumers.add('FOYER', { durable_name: 'desk_x', ack_policy: 'all' as any });
  const c = await js.consumers.get('FOYER', 'desk_x');
  const m = await c.next(); console.log('next', m?.seq); m?.ack();
  try { await jsm.streams.purge('FOYER'); console.log('PURGE ALLOWED'); } catch (e) { console.log('purge refused:', (e as Error).name, (e as Error).message); }
  try { await jsm.streams.delete('FOYER'); console.log('DELETE ALLOWED'); } catch (e) { console.log('delete refused:', (e as Error).name, (e as Error).message); }
  try { await jsm.streams.add({ name: 'OTHER', subjects: ['x.>'] }); console.log('ADD ALLOWED'); } catch (e) { console.log('add refused:', (e as Error).name, (e as Error).message); }
  console.log('closed?', nc.isClosed());
  await nc.close(); await admin.close();
} catch (e) { console.log('ERR', (e as Error).name, (e as Error).message, (e as any).cause?.message); }
