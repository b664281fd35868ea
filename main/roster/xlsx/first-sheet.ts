import { readXmlPart, type WorkbookZip } from './zip-parts.ts';

/** The path of the workbook's first worksheet: the first <sheet> of workbook.xml, through its relationship. */
export async function firstSheetPath(zip: WorkbookZip): Promise<string | undefined> {
  let firstId: string | undefined;
  if (zip.parts.has('xl/workbook.xml')) {
    await readXmlPart(zip, 'xl/workbook.xml', {
      open: (tag) => {
        if (tag.name === 'sheet' && firstId === undefined) firstId = String(tag.attributes['r:id'] ?? '');
      },
      text: () => undefined,
      close: () => undefined,
    });
  }
  let target: string | undefined;
  if (firstId && zip.parts.has('xl/_rels/workbook.xml.rels')) {
    await readXmlPart(zip, 'xl/_rels/workbook.xml.rels', {
      open: (tag) => {
        if (tag.name === 'Relationship' && tag.attributes.Id === firstId) target = String(tag.attributes.Target ?? '');
      },
      text: () => undefined,
      close: () => undefined,
    });
  }
  if (target) {
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (zip.parts.has(path)) return path;
  }
  // No usable workbook.xml: the lowest-numbered sheet part.
  const sheets = [...zip.parts.keys()].filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  return sheets.sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))[0];
}
