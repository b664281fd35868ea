/**
 * Rewrites Windows (CRLF) and old Mac (CR) line ends as LF in the bytes themselves, in place, so
 * that line numbers count the same for every file. Done before decoding: rewriting the decoded
 * text cost twice the file's size in memory at once. Only for encodings where CR and LF are single
 * bytes (UTF-8 and the Windows code pages), never UTF-16.
 */
export function unixLineEndsInPlace(buf: Buffer): Buffer {
  let i = buf.indexOf(13);
  if (i < 0) return buf;
  let j = i;
  for (; i < buf.length; i++) {
    const b = buf[i] as number;
    if (b === 13) {
      if (buf[i + 1] === 10) continue;
      buf[j++] = 10;
    } else {
      buf[j++] = b;
    }
  }
  return buf.subarray(0, j);
}
