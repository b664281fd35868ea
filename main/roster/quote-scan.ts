/**
 * The line on which the quoted cell that never closes begins. csv-parse reports where it gave up
 * (the end of the file), which is no help to someone looking for the stray quote; this walks the
 * text as the parser does (a quote opens a cell only at its start, "" inside is an escaped quote).
 */
export function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let openedAt = 0;
  let inQuote = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inQuote) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      }
      continue;
    }
    if (c === '"' && atCellStart) {
      inQuote = true;
      openedAt = line;
      atCellStart = false;
      continue;
    }
    atCellStart = c === delimiter || c === '\n';
  }
  return inQuote ? openedAt : undefined;
}
