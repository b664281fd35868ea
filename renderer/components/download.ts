/** A file the core made, offered to the user to save (the Electron shell asks where). */
export interface FileFromCore {
  readonly fileName: string;
  readonly mime: string;
  readonly base64: string;
}

/** The bytes of a file the core sent as base64 (IPC and JSON carry strings well). */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function offerDownload(file: FileFromCore): void {
  const bytes = bytesFromBase64(file.base64);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample for a slow save dialog.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
