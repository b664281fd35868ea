import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../errors.ts';
import { LimitError, LIMITS } from '../limits.ts';

/** The parts of a workbook we read, by path inside the zip. */
export interface WorkbookZip {
  readonly parts: ReadonlyMap<string, import('unzipper').ZipEntry>;
  /** Unzipped bytes read so far, over every part (checked against LIMITS.unzippedBytes). */
  unzipped: number;
}

/** Opens the zip's directory; what the entries declare is checked before anything is unzipped. */
export async function openWorkbookZip(buf: Buffer): Promise<WorkbookZip> {
  const { Open } = await import('unzipper');
  let files;
  try {
    ({ files } = await Open.buffer(buf));
  } catch {
    throw new InputError('This is a ZIP file but not a readable XLSX workbook (its table of contents is damaged).');
  }
  const declared = files.reduce((sum, f) => sum + f.uncompressedSize, 0);
  if (declared > LIMITS.unzippedBytes) throw new LimitError('unzippedBytes');
  return { parts: new Map(files.filter((f) => f.type === 'File').map((f) => [f.path, f])), unzipped: 0 };
}

/** Events of one XML part, as the reader wants them. */
export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Streams one part through an XML parser, counting unzipped bytes as they come (a part may lie
 * about its size) and refusing a single token (a cell's text, a tag) longer than any cell can be,
 * which the parser would otherwise hold whole in memory.
 */
export async function readXmlPart(zip: WorkbookZip, path: string, handlers: XmlHandlers): Promise<void> {
  const entry = zip.parts.get(path);
  if (!entry) throw new InputError(`This workbook has no ${path}: it is not a readable XLSX file.`);
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ position: false, xmlns: false });
  let sinceEvent = 0;
  parser.on('opentag', (tag) => {
    sinceEvent = 0;
    handlers.open(tag);
  });
  parser.on('text', (text) => {
    sinceEvent = 0;
    handlers.text(text);
  });
  parser.on('closetag', (tag) => {
    sinceEvent = 0;
    handlers.close(tag.name);
  });
  const decoder = new TextDecoder('utf-8');
  // A cell of 32,767 characters is at most about 131 KB of XML; a token much longer is not a cell.
  const maxToken = LIMITS.cellChars * 4 + 64 * 1024;
  const stream = entry.stream();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      zip.unzipped += chunk.length;
      if (zip.unzipped > LIMITS.unzippedBytes) throw new LimitError('unzippedBytes');
      sinceEvent += chunk.length;
      parser.write(decoder.decode(chunk, { stream: true }));
      if (sinceEvent > maxToken) throw new LimitError('cellChars', path);
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    stream.destroy();
    if (err instanceof InputError) throw err;
    // The parser's or zlib's own wording ("Invalid row number in model", "unexpected end of file") stays out.
    throw new InputError(`This XLSX workbook is damaged: ${path} cannot be read. Open it in Excel and save it again, or export CSV.`);
  }
}

/**
 * A copy of a piece of text that does not keep the chunk it was cut from alive: V8 cuts substrings
 * as views of their parent, so a kept cell would hold its whole 64 KB chunk of XML in memory.
 */
export const detached = (text: string): string => (text.length < 13 ? text : (` ${text}`).slice(1));
