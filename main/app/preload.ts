import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, METHOD_NAMES, UPDATE_CHANNEL } from '../api/contract.ts';

// window.foyer: exactly one function per contract method, each bound to its own fixed channel.
// No generic invoke(channel) is exposed, so the page cannot reach any other IPC channel.
const methods = Object.fromEntries(
  METHOD_NAMES.map((method) => {
    const channel = channelOf(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
);

function onUpdate(listener: (update: unknown) => void): () => void {
  // The Electron event object is not passed on: it would give the page a handle to the sender.
  const forward = (_event: IpcRendererEvent, update: unknown): void => listener(update);
  ipcRenderer.on(UPDATE_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(UPDATE_CHANNEL, forward);
  };
}

contextBridge.exposeInMainWorld('foyer', Object.freeze({ ...methods, onUpdate }));
