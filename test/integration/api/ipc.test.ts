import { describe, expect, it } from 'vitest';
import { channelOf, METHOD_NAMES, type Result } from '../../../main/api/contract.ts';
import { type IpcListener, registerIpcHandlers } from '../../../main/api/ipc-table.ts';
import { INVALID_INPUTS, PEOPLE, testApi } from './fixture.ts';

/** Stands in for Electron's ipcMain: records what the IPC transport registers. */
function recordingIpc() {
  const handlers = new Map<string, IpcListener>();
  return {
    handlers,
    handle(channel: string, listener: IpcListener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
}

const fromRenderer = { senderFrame: { url: 'app://foyer/index.html' } };

function setUp() {
  const api = testApi();
  const ipc = recordingIpc();
  registerIpcHandlers(ipc, api, (e) => (e as typeof fromRenderer).senderFrame?.url.startsWith('app://foyer/') ?? false);
  const invoke = async (method: string, input: unknown, event: unknown = fromRenderer): Promise<Result<unknown>> => {
    const handler = ipc.handlers.get(channelOf(method as never));
    if (!handler) throw new Error(`no IPC handler for ${method}`);
    return handler(event, input);
  };
  return { api, ipc, invoke };
}

describe('IPC transport (handler table, no Electron)', () => {
  it('registers exactly one handler per contract method, on its own channel', () => {
    const { ipc } = setUp();
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `foyer:${m}`).sort());
  });

  it('answers every method fed invalid input with a validation error, and keeps serving', async () => {
    const { invoke } = setUp();
    for (const method of METHOD_NAMES) {
      for (const input of INVALID_INPUTS) {
        const r = await invoke(method, input);
        expect(r.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) expect(r.error.code, `${method} ${JSON.stringify(input)}: ${r.error.message}`).toBe('invalid');
      }
    }
    const after = await invoke('roster.search', { query: 'stefan' });
    expect(after.ok && (after.value as { attendee: { id: string } }[])[0]?.attendee.id).toBe('p1');
  });

  it('names the offending field in the validation issues', async () => {
    const { invoke } = setUp();
    const r = await invoke('roster.search', { query: 'x', limit: 1000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toContain('limit');
  });

  it('refuses messages from a frame that is not the app, and extra arguments', async () => {
    const { invoke, ipc } = setUp();
    const r = await invoke('roster.search', { query: 'stefan' }, { senderFrame: { url: 'https://evil.example/' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'denied' } });
    const extra = await ipc.handlers.get('foyer:roster.search')!(fromRenderer, { query: 'a' }, 'more');
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('checks in, refuses a second check-in, undoes, and checks in again', async () => {
    const { invoke, api } = setUp();
    const seen: string[] = [];
    api.bus.subscribe((u) => seen.push(u.type));
    const first = await invoke('checkin.scan', { code: PEOPLE[1]!.code });
    expect(first).toMatchObject({ ok: true, value: { outcome: 'admitted', attendee: { id: 'p2', displayName: 'Åsa Lindqvist' }, day: '2019-05-14' } });
    const again = await invoke('checkin.scan', { attendeeId: 'p2' });
    expect(again).toMatchObject({ ok: true, value: { outcome: 'already' } });
    const checkinId = first.ok ? (first.value as { checkinId: string }).checkinId : '';
    const undone = await invoke('checkin.undo', { checkinId });
    expect(undone).toMatchObject({ ok: true, value: { id: checkinId, undoneBy: 'Ioana at Desk 1' } });
    expect(await invoke('checkin.undo', { checkinId })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await invoke('checkin.scan', { code: PEOPLE[1]!.code })).toMatchObject({ ok: true, value: { outcome: 'admitted' } });
    expect(seen).toEqual(['checkin', 'checkin.undone', 'checkin']);
  });

  it('does not leak internal columns (rowid, field clock) to the renderer', async () => {
    const { invoke } = setUp();
    const r = await invoke('attendee.get', { id: 'p3' });
    expect(r.ok).toBe(true);
    const attendee = (r as { value: { attendee: Record<string, unknown> } }).value.attendee;
    expect(attendee.displayName).toBe('Ana-Maria Ghiță');
    expect(attendee).not.toHaveProperty('rowid');
    expect(attendee).not.toHaveProperty('fieldClock');
    expect(await invoke('attendee.get', { id: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
