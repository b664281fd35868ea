import { describe, expect, it } from 'vitest';
import { KIOSK_METHODS, METHOD_NAMES } from '../../main/api/contract.ts';
import type { Api } from '../../main/api/handlers.ts';
import { methodAllowed, SCREEN_METHODS } from '../../main/api/http-auth.ts';
import { type IpcListener, registerIpcHandlers } from '../../main/api/ipc-table.ts';
import { isPhysicalScan, isWedgeBurst } from '../../model/scan-capture.ts';

// The method whitelist shared by the HTTP tokens and the Electron kiosk window, without Electron.

function fakeIpc(kioskLocked: { value: boolean }) {
  const handlers = new Map<string, IpcListener>();
  const calls: string[] = [];
  const api = { call: async (method: string) => { calls.push(method); return { ok: true, value: null }; } } as unknown as Api;
  registerIpcHandlers({ handle: (c, l) => handlers.set(c, l) }, api, () => true, () => (kioskLocked.value ? 'kiosk' : 'desk'));
  return { invoke: (method: string, input: unknown = {}) => handlers.get(`foyer:${method}`)!({}, input), calls };
}

describe('who may call what', () => {
  it('gives the locked kiosk window over IPC exactly the kiosk token’s methods', async () => {
    const locked = { value: true };
    const ipc = fakeIpc(locked);
    for (const method of METHOD_NAMES) {
      const r = await ipc.invoke(method);
      expect(r.ok, method).toBe(methodAllowed('kiosk', method));
    }
    expect(ipc.calls.sort()).toEqual([...KIOSK_METHODS].sort());
    expect(await ipc.invoke('roster.search', { query: 'a' })).toMatchObject({ ok: false, error: { code: 'denied' } });
    locked.value = false; // after kiosk.leave with the staff PIN
    expect((await ipc.invoke('roster.search', { query: 'a' })).ok).toBe(true);
  });

  it('keeps the roster out of the kiosk and screen tables', () => {
    for (const role of ['kiosk', 'screen'] as const) {
      for (const m of ['roster.search', 'attendee.get', 'attendee.edit', 'lists.export', 'import.commit', 'print.badge', 'printers.setRules', 'staff.setPin'] as const) {
        expect(methodAllowed(role, m), `${role} ${m}`).toBe(false);
      }
    }
    expect(SCREEN_METHODS.every((m) => methodAllowed('screen', m) && !KIOSK_METHODS.includes(m) || m === 'event.get')).toBe(true);
    expect(METHOD_NAMES.every((m) => methodAllowed('desk', m))).toBe(true);
  });

  it('gives the room door its session and matchmaking methods and nothing else', () => {
    expect(METHOD_NAMES.filter((m) => methodAllowed('door', m)).sort()).toEqual(['door.meetings', 'door.scan', 'door.sessions', 'door.status', 'meetings.scan']);
    for (const m of ['meetings.report', 'meetings.exportReport', 'meetings.forAttendee', 'roster.search', 'checkin.scan', 'kiosk.scan'] as const) {
      expect(methodAllowed('door', m), m).toBe(false);
    }
  });

  it('tells a scanner’s burst from typing', () => {
    const code = 'k3v9pq7ymx2b8rt4zc6nw5hd';
    expect(isWedgeBurst(code, Array(23).fill(6))).toBe(true);
    expect(isWedgeBurst(code, [...Array(19).fill(6), 70, 42, 33, 77])).toBe(true); // a few late keys on a busy tablet
    expect(isWedgeBurst(code, Array(23).fill(65))).toBe(false); // the fastest typist
    expect(isWedgeBurst(code, [...Array(16).fill(6), ...Array(7).fill(45)])).toBe(false); // too many slow keys
    expect(isWedgeBurst(code, [...Array(22).fill(6), 400])).toBe(false); // a pause: someone typed the last key
    expect(isWedgeBurst(code, Array(5).fill(6))).toBe(false); // fewer keys than characters: pasted
    expect(isPhysicalScan(code, { via: 'camera' })).toBe(true);
  });
});
