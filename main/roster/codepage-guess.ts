import chardet from 'chardet';
import iconv from 'iconv-lite';

export type SingleByteCodepage = 'windows-1250' | 'windows-1252';

// How likely a letter is in names on a European roster: 2 common, 1 uncommon, 0 rare.
// Only letters where Windows-1250 and Windows-1252 disagree about the same byte matter.
const WEIGHT_1250: Readonly<Record<string, number>> = Object.fromEntries(
  [...'ăĂłŁńŃśŚżŻąĄęĘćĆčČěĚřŘůŮőŐűŰşŞţŢšŠžŽ'].map((c) => [c, 2])
    .concat([...'źŹňŇďĎťŤľĽđĐ'].map((c) => [c, 1]))
    .concat([...'ŕŔĺĹ'].map((c) => [c, 0])),
);
const WEIGHT_1252: Readonly<Record<string, number>> = Object.fromEntries(
  [...'àÀèÈêÊåÅæÆøØñÑœŒšŠžŽ'].map((c) => [c, 2])
    .concat([...'ãÃõÕìÌòÒùÙûÛïÏÿŸ'].map((c) => [c, 1]))
    .concat([...'þÞðÐ'].map((c) => [c, 0])),
);

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/**
 * Scores how plausible a decoding is, looking only at bytes ≥ 0x80 (ASCII reads the same in both):
 * a letter scores by its weight; a symbol glued to a letter (the "£ukasz" of a Polish "Łukasz"
 * read as 1252, "Cosniþa" is a letter but a rare one) costs 3; an undefined byte costs 5.
 */
function plausibility(text: string, weights: Readonly<Record<string, number>>): number {
  let score = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c.charCodeAt(0) < 0x80) continue;
    if (c === '\uFFFD' || (c >= '\u0080' && c <= '\u009F')) score -= 5;
    else if (isLetter(c)) score += weights[c] ?? 0;
    else if (isLetter(chars[i - 1]) || isLetter(chars[i + 1])) score -= 3;
  }
  return score;
}

/** chardet's vote, from its language models: positive for Central European, negative for Western. */
function chardetVote(buf: Buffer): number {
  let vote = 0;
  for (const guess of chardet.analyse(buf)) {
    if (guess.name === 'ISO-8859-2' || guess.name === 'windows-1250') vote += guess.confidence;
    if (guess.name === 'ISO-8859-1' || guess.name === 'windows-1252') vote -= guess.confidence;
  }
  return vote;
}

/**
 * Windows-1250 (Central European: Romanian, Polish, Czech, Hungarian…) or Windows-1252 (Western)?
 * Both are valid for any byte sequence, so we decode both ways and ask which text looks like names:
 * 1250 wins when its letters (ă ş ţ ł ń ś ż ą ę č ř ő ű…) score higher than what the same bytes
 * mean in 1252 (ã º þ ³ ñ ¿ ¹ ê è ø õ û…). Symbols inside words are decisive (Polish ł → ³,
 * Romanian ş → º, ś → œ). When letters tie (French è reads as Czech č), chardet's language models
 * break the tie; if they cannot either, Western (1252) is the safer default.
 */
export function guessSingleByteCodepage(buf: Buffer): SingleByteCodepage {
  const sample = buf.subarray(0, 256 * 1024);
  const central = plausibility(iconv.decode(sample, 'windows-1250'), WEIGHT_1250);
  const western = plausibility(iconv.decode(sample, 'windows-1252'), WEIGHT_1252);
  if (central !== western) return central > western ? 'windows-1250' : 'windows-1252';
  return chardetVote(sample) > 0 ? 'windows-1250' : 'windows-1252';
}
