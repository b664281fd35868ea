/** A file's bytes as base64 (the contract carries import files and logos as strings). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode takes a limited number of arguments
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function fileToDataUrl(file: Blob): Promise<string> {
  return `data:${file.type || 'application/octet-stream'};base64,${await fileToBase64(file)}`;
}
