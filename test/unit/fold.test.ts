import { describe, expect, it } from 'vitest';
import { fold, foldedWords } from '../../main/search/fold.ts';

// Every letter the issue lists, and the rest of the Latin letters with a diacritic or stroke used in
// European names, each with the base letters it must fold to.
const LETTERS: Record<string, string> = {
  ă: 'a', â: 'a', î: 'i', ș: 's', ş: 's', ț: 't', ţ: 't', ł: 'l', ń: 'n', ż: 'z', ő: 'o', ű: 'u', ø: 'o', æ: 'ae',
  œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ç: 'c', ğ: 'g', š: 's', ž: 'z', č: 'c', ě: 'e', ř: 'r', ů: 'u',
  á: 'a', à: 'a', ä: 'a', å: 'a', ã: 'a', ą: 'a', ā: 'a', ć: 'c', ď: 'd', é: 'e', è: 'e', ê: 'e', ë: 'e', ę: 'e',
  ė: 'e', ē: 'e', í: 'i', ì: 'i', ï: 'i', ī: 'i', į: 'i', ķ: 'k', ĺ: 'l', ľ: 'l', ļ: 'l', ñ: 'n', ň: 'n', ņ: 'n',
  ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ō: 'o', ŕ: 'r', ś: 's', ť: 't', ú: 'u', ù: 'u', û: 'u', ü: 'u', ū: 'u',
  ų: 'u', ý: 'y', ÿ: 'y', ź: 'z', ģ: 'g', ħ: 'h', ŋ: 'n', ŧ: 't',
};

describe('fold', () => {
  it.each(Object.entries(LETTERS))('folds %s (and its capital) to %s', (letter, base) => {
    expect(fold(letter)).toBe(base);
    expect(fold(letter.toUpperCase())).toBe(letter === 'ß' ? 'ss' : base);
  });

  it('folds the capitals that have no lower-case round trip', () => {
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('ẞ')).toBe('ss');
    expect(fold('ŁÓDŹ')).toBe('lodz');
  });

  it('folds real names to what people type', () => {
    expect(fold('Căpitanu')).toBe('capitanu');
    expect(fold('Cosnița')).toBe('cosnita');
    expect(fold('Bieńkowska')).toBe('bienkowska');
    expect(fold('Kádár')).toBe('kadar');
    expect(fold('Ødegaard')).toBe('odegaard');
    expect(fold('Þórsdóttir')).toBe('thorsdottir');
    expect(fold('Strauß')).toBe('strauss');
    expect(fold('Đorđević')).toBe('dordevic');
  });

  it('lowers Cyrillic and Greek and drops their accents', () => {
    expect(fold('Лисенко')).toBe('лисенко');
    expect(fold('Їжак')).toBe('іжак');
    expect(fold('Παπαδόπουλος')).toBe(fold('παπαδοπουλοσ'));
    expect(fold('ΆΈΉΊΌΎΏ')).toBe('αεηιουω');
  });

  it('makes typographic and straight apostrophes equal', () => {
    expect(fold('Colonna d’Istria')).toBe(fold("Colonna d'Istria"));
  });

  it('splits into folded words on spaces, hyphens and apostrophes', () => {
    expect(foldedWords("Ana-Maria Colonna d'Istria")).toEqual(['ana', 'maria', 'colonna', 'd', 'istria']);
  });
});
