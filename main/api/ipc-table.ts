import { channelOf, METHOD_NAMES, type Result } from './contract.ts';
import type { Api } from './handlers.ts';

// The IPC transport without Electron: one handler per contract method on a fixed channel, each
// forwarding to the same api.call the HTTP transport uses. main/app/ipc.ts passes the real
// ipcMain; tests pass a plain object that records the handlers.

export type IpcListener = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void;
}

/** Tells whether an IPC message comes from our own renderer (Electron checks the sender frame). */
export type SenderCheck = (event: unknown) => boolean;

export function registerIpcHandlers(ipc: IpcMainLike, api: Api, trusted: SenderCheck = () => true): string[] {
  return METHOD_NAMES.map((method) => {
    const channel = channelOf(method);
    ipc.handle(channel, async (event, ...args) => {
      if (!trusted(event)) return { ok: false, error: { code: 'denied', message: 'IPC from an untrusted frame.' } };
      if (args.length > 1) return { ok: false, error: { code: 'invalid', message: `${method} takes one argument.` } };
      return api.call(method, args[0]);
    });
    return channel;
  });
}
