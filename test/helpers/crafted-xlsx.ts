import { writeFileSync } from 'node:fs';
import { crc32, createDeflateRaw } from 'node:zlib';

// Builds XLSX files the way an attacker would: parts streamed through deflate (a gigabyte of XML
// becomes a megabyte of file), and optionally a size in the zip's directory that lies.

export interface CraftedPart {
  readonly name: string;
  /** The part's content, produced piece by piece so a huge part is never held whole. */
  readonly content: () => Iterable<string>;
  /** The uncompressed size the zip declares, when it should lie about it. */
  readonly declaredSize?: number;
}

interface Deflated { readonly data: Buffer; readonly crc: number; readonly size: number }

async function deflate(part: CraftedPart): Promise<Deflated> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => stream.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const text of part.content()) {
    const buf = Buffer.from(text, 'utf8');
    crc = crc32(buf, crc);
    size += buf.length;
    if (!stream.write(buf)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** Writes a zip of the given parts (deflated, no data descriptors); returns its size in bytes. */
export async function writeCraftedZip(path: string, parts: readonly CraftedPart[]): Promise<number> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const d = await deflate(part);
    const name = Buffer.from(part.name, 'utf8');
    const usize = part.declaredSize ?? d.size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(d.crc >>> 0, 14);
    header.writeUInt32LE(d.data.length, 18);
    header.writeUInt32LE(usize, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, d.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(d.crc >>> 0, 16);
    entry.writeUInt32LE(d.data.length, 20);
    entry.writeUInt32LE(usize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + d.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const file = Buffer.concat([...local, directory, end]);
  writeFileSync(path, file);
  return file.length;
}

const once = (text: string) => (): Iterable<string> => [text];

/** `text` repeated until about `bytes` (in pieces of about 64 KB). */
export function* repeated(text: string, bytes: number): Generator<string> {
  const piece = text.repeat(Math.max(1, Math.floor(65_536 / text.length)));
  for (let written = 0; written < bytes; written += piece.length) yield piece;
}

/** A minimal workbook whose first sheet and shared strings are given as streams of XML. */
export function workbookParts(sheet: () => Iterable<string>, options: { sharedStrings?: () => Iterable<string>; declaredSheetSize?: number } = {}): CraftedPart[] {
  const parts: CraftedPart[] = [
    { name: '[Content_Types].xml', content: once('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'xl/workbook.xml', content: once('<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', content: once('<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, ...(options.declaredSheetSize !== undefined ? { declaredSize: options.declaredSheetSize } : {}) },
  ];
  if (options.sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', content: options.sharedStrings });
  return parts;
}

/** A sheet: its header row, then the rows given. */
export function* sheetXml(rows: Iterable<string>): Generator<string> {
  yield '<?xml version="1.0"?><worksheet><sheetData>';
  yield '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Email</t></is></c></row>';
  yield* rows;
  yield '</sheetData></worksheet>';
}
