import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from '../errors.ts';
import { guessSingleByteCodepage } from './codepage-guess.ts';
import { decodeMixedLines, type MixedEncoding } from './mixed-encoding.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Set when most lines are UTF-8 and some are not: those were read in their own encoding. */
  readonly mixed?: MixedEncoding;
}

// Checked in place: decoding the file only to see whether it decodes cost as much memory as the file.
const isValidUtf8 = (buf: Buffer): boolean => isUtf8(buf);

/**
 * UTF-16 without a BOM still shows itself: in Latin text every other byte is zero. Excel always
 * writes the BOM, but other tools do not.
 */
function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

function detectEncoding(buf: Buffer): TextEncoding {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8-bom';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return utf16;
  if (isValidUtf8(buf)) return 'utf-8';
  return guessSingleByteCodepage(buf);
}

const ICONV_NAME: Record<TextEncoding, string> = {
  'utf-8': 'utf-8', 'utf-8-bom': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
  'windows-1250': 'windows-1250', 'windows-1252': 'windows-1252',
};

/**
 * Text has no NUL and few control characters; binary junk decoded as text has many. We look at
 * the first 64 KB and refuse the file rather than import garbage.
 */
function assertLooksLikeText(text: string): void {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new InputError('This file contains binary data (NUL bytes): it is not a CSV or XLSX spreadsheet.');
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) control++;
  }
  if (control > Math.max(2, sample.length * 0.01)) {
    throw new InputError('This file looks like binary data, not a CSV or XLSX spreadsheet.');
  }
}

/** Detects the encoding (BOMs, UTF-16 shape, valid UTF-8, then 1250 vs 1252) and decodes. */
export function decodeText(buf: Buffer): DecodedText {
  const encoding = detectEncoding(buf);
  if (encoding === 'windows-1250' || encoding === 'windows-1252') {
    const mixed = decodeMixedLines(buf);
    if (mixed) {
      assertLooksLikeText(mixed.text);
      return { text: mixed.text, encoding: 'utf-8', mixed: mixed.mixed };
    }
  }
  // iconv-lite strips a BOM by default; plain UTF-8 is decoded by Node in one allocation.
  const text = encoding === 'utf-8' ? buf.toString('utf8') : iconv.decode(buf, ICONV_NAME[encoding]);
  assertLooksLikeText(text);
  return { text, encoding };
}
