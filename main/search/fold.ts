// Folding makes "bienkowska" find "Bieńkowska": every Latin letter with a diacritic or stroke is
// reduced to its base letters, Cyrillic and Greek lose their accents, and case is dropped.
// Unicode decomposition (NFKD) handles combining marks; the letters below have no decomposition
// (a stroke or a ligature is part of the letter), so they are mapped by hand.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', ß: 'ss', ẞ: 'ss', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h',
  ŧ: 't', ŀ: 'l', ĸ: 'k', ŋ: 'n', ſ: 's', ƒ: 'f', ɨ: 'i', ƀ: 'b', ɓ: 'b', ɗ: 'd', ƙ: 'k', ƴ: 'y',
  ȥ: 'z', ʒ: 'z', ǥ: 'g', ɇ: 'e', ɉ: 'j', ɍ: 'r', ɏ: 'y', ƶ: 'z', ꝁ: 'k', ς: 'σ',
  // Typographic apostrophes and dashes, so "d’Istria" and "d'Istria" fold alike.
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '–': '-', '—': '-',
};
const UNDECOMPOSABLE_RE = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'gu');
const MARKS_RE = /\p{M}+/gu;
const NOT_PLAIN_ASCII_RE = /[^ -~]/;
const APOSTROPHE_RE = /`/g;

/** Case- and accent-free form of a text, used both for indexing and for queries. */
export function fold(text: string): string {
  // Most codes and e-mails, and many names, are plain ASCII: lower-casing is all they need.
  if (!NOT_PLAIN_ASCII_RE.test(text)) return text.toLowerCase().replace(APOSTROPHE_RE, "'");
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(UNDECOMPOSABLE_RE, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFC');
}

const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 20_000;

/**
 * fold() for texts that repeat across a roster (first names, family names, organisations): an
 * import of 100k people folds a few thousand distinct ones instead of 300k.
 */
export function foldRepeated(text: string): string {
  let folded = remembered.get(text);
  if (folded === undefined) {
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    folded = fold(text);
    remembered.set(text, folded);
  }
  return folded;
}

const WORD_SPLIT_RE = /[^\p{L}\p{N}]+/u;

/** Folded words of a text: the units that prefix search matches against. */
export function foldedWords(text: string): string[] {
  return splitFolded(fold(text));
}

/** Words of an already folded text. */
export function splitFolded(folded: string): string[] {
  return folded.split(WORD_SPLIT_RE).filter((w) => w.length > 0);
}
