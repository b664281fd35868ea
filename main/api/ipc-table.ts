import { channelOf, METHOD_NAMES, type Result } from './contract.ts';
import type { Api } from './handlers.ts';
import { methodAllowed, type Role } from './http-auth.ts';

// The IPC transport without Electron: one handler per contract method on a fixed channel, each
// forwarding to the same api.call the HTTP transport uses. main/app/ipc.ts passes the real
// ipcMain; tests pass a plain object that records the handlers.

export type IpcListener = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void;
}

/** Tells whether an IPC message comes from our own renderer (Electron checks the sender frame). */
export type SenderCheck = (event: unknown) => boolean;

/**
 * The window's role right now: 'kiosk' while it is a locked kiosk, so it may call exactly the
 * methods a kiosk-paired device may call over HTTP (http-auth.ts methodAllowed); 'desk' otherwise.
 */
export type WindowRole = () => Role;

export function registerIpcHandlers(ipc: IpcMainLike, api: Api, trusted: SenderCheck = () => true, roleNow: WindowRole = () => 'desk'): string[] {
  return METHOD_NAMES.map((method) => {
    const channel = channelOf(method);
    ipc.handle(channel, async (event, ...args) => {
      if (!trusted(event)) return { ok: false, error: { code: 'denied', message: 'IPC from an untrusted frame.' } };
      const role = roleNow();
      if (!methodAllowed(role, method)) return { ok: false, error: { code: 'denied', message: `This window is a ${role}: ${method} is not available.` } };
      if (args.length > 1) return { ok: false, error: { code: 'invalid', message: `${method} takes one argument.` } };
      return api.call(method, args[0], { role, client: 'ipc', onMachine: true });
    });
    return channel;
  });
}
