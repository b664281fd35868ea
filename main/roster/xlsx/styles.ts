import type { WorkbookZip } from './zip-parts.ts';
import { readXmlPart } from './zip-parts.ts';

// Excel's built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format is a date if, outside quoted text, colours and escapes, it has d, m, y, h or s. */
const isDateFormatCode = (code: string): boolean => /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** For each cell style (the s attribute of a cell), whether its number is a date. */
export async function readDateStyles(zip: WorkbookZip): Promise<boolean[]> {
  if (!zip.parts.has('xl/styles.xml')) return [];
  const customDate = new Map<number, boolean>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  await readXmlPart(zip, 'xl/styles.xml', {
    open: (tag) => {
      if (tag.name === 'numFmt') customDate.set(Number(tag.attributes.numFmtId), isDateFormatCode(String(tag.attributes.formatCode ?? '')));
      else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        dateStyles.push(customDate.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
      }
    },
    text: () => undefined,
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** An Excel date serial (days since 1899-12-30) as the old reader showed it: a day, or an ISO instant. */
export function serialToText(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  if (Number.isNaN(date.getTime())) return String(serial);
  return date.toISOString().replace('T00:00:00.000Z', '');
}
