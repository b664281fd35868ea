import { LimitError, LIMITS } from '../limits.ts';
import { detached, readXmlPart, type WorkbookZip } from './zip-parts.ts';

/** The workbook's shared strings (the text of most cells), with their number and length limited. */
export async function readSharedStrings(zip: WorkbookZip): Promise<string[]> {
  if (!zip.parts.has('xl/sharedStrings.xml')) return [];
  const strings: string[] = [];
  let current: string[] = [];
  let length = 0;
  let inText = false;
  // Phonetic guides (<rPh>) are reading aids, not the cell's text.
  let inPhonetic = false;
  await readXmlPart(zip, 'xl/sharedStrings.xml', {
    open: (tag) => {
      if (tag.name === 'si') {
        current = [];
        length = 0;
      } else if (tag.name === 'rPh') inPhonetic = true;
      else if (tag.name === 't' && !inPhonetic) inText = true;
    },
    text: (text) => {
      if (!inText) return;
      length += text.length;
      if (length > LIMITS.cellChars) throw new LimitError('cellChars', `shared string ${strings.length + 1}`);
      current.push(text);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        if (strings.length >= LIMITS.sharedStrings) throw new LimitError('sharedStrings');
        strings.push(detached(current.length === 1 ? (current[0] as string) : current.join('')));
      }
    },
  });
  return strings;
}
