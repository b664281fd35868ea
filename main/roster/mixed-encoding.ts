import iconv from 'iconv-lite';
import { guessSingleByteCodepage, type SingleByteCodepage } from './codepage-guess.ts';

export interface MixedEncoding {
  /** What the lines that are not UTF-8 were read as. */
  readonly encoding: SingleByteCodepage;
  /** Those lines (1-based), first ones only. */
  readonly lines: readonly number[];
  readonly lineCount: number;
}

export interface MixedDecoding {
  readonly text: string;
  readonly mixed: MixedEncoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Buffer): boolean => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const hasHighBytes = (bytes: Buffer): boolean => bytes.some((b) => b >= 0x80);

/** Lines named in the report; the count says how many in all. */
const LINES_NAMED = 20;

/**
 * A file that is not UTF-8 as a whole, but whose accented lines are UTF-8 except some (rows pasted
 * in from an older Windows export): each line is read in its own encoding instead of the whole
 * file in the wrong one, and the odd lines are named. Returns undefined for a file in one encoding.
 */
export function decodeMixedLines(buf: Buffer): MixedDecoding | undefined {
  const lines: Buffer[] = [];
  for (let start = 0; start <= buf.length; ) {
    const end = buf.indexOf(10, start);
    const stop = end < 0 ? buf.length : end + 1;
    lines.push(buf.subarray(start, stop));
    start = stop;
    if (end < 0) break;
  }
  let utf8Lines = 0;
  const odd: number[] = [];
  lines.forEach((line, i) => {
    if (!hasHighBytes(line)) return;
    if (isUtf8(line)) utf8Lines++;
    else odd.push(i);
  });
  // Mixed only when UTF-8 shows itself (accented lines that decode as UTF-8) beside lines that do not.
  if (utf8Lines === 0 || odd.length === 0) return undefined;
  const encoding = guessSingleByteCodepage(Buffer.concat(odd.map((i) => lines[i] as Buffer)));
  const oddSet = new Set(odd);
  const text = lines.map((line, i) => (oddSet.has(i) ? iconv.decode(line, encoding) : line.toString('utf8'))).join('');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, mixed: { encoding, lines: odd.slice(0, LINES_NAMED).map((i) => i + 1), lineCount: odd.length } };
}
