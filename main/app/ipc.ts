import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { UPDATE_CHANNEL } from '../api/contract.ts';
import type { Api } from '../api/handlers.ts';
import { registerIpcHandlers } from '../api/ipc-table.ts';
import { isAppUrl } from './policy.ts';

/**
 * One ipcMain.handle per contract method, all answering through the same api.call as HTTP. While
 * the window is a locked kiosk it may call only the kiosk's methods, as a kiosk token over HTTP.
 */
export function registerIpc(api: Api, kioskLocked: () => boolean = () => false): void {
  registerIpcHandlers(
    ipcMain,
    api,
    (event) => isAppUrl((event as IpcMainInvokeEvent).senderFrame?.url ?? ''),
    () => (kioskLocked() ? 'kiosk' : 'desk'),
  );
  // Live updates go to every window of the app.
  api.bus.subscribe((update) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && isAppUrl(win.webContents.getURL())) win.webContents.send(UPDATE_CHANNEL, update);
    }
  });
}
