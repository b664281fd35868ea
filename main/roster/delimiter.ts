export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** Counts a delimiter on each of the first lines, skipping quoted text (a comma in "Cluj, RO"). */
function countsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) count++;
    else if (!inQuotes && c === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (counts.length < maxLines && count > 0) counts.push(count);
  return counts;
}

/**
 * The delimiter that splits the header into the most columns and the following lines into the
 * same number: Excel writes ";" where the decimal mark is a comma, and tab for "Unicode text".
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = countsPerLine(text, d, 50);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((n) => n === header).length;
    const score = consistent * 1000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export const delimiterName = (d: Delimiter): string => (d === '\t' ? 'tab' : d === ';' ? 'semicolon' : 'comma');
