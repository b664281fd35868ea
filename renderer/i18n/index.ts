import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ro from './ro.json';
import sv from './sv.json';

// Adding a language is one message file here plus one line in LANGUAGES.
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ro', name: 'Română' },
  { code: 'sv', name: 'Svenska' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'foyer.language';
const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
const initial = LANGUAGES.some((l) => l.code === saved) ? (saved as LanguageCode) : 'en';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ro: { translation: ro }, sv: { translation: sv } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = initial;

/** Switches the language; `remember` keeps it for the staff screens (the kiosk resets it). */
export function setLanguage(code: LanguageCode, remember = true): void {
  void i18next.changeLanguage(code);
  if (remember) localStorage.setItem(STORAGE_KEY, code);
}

export { i18next };
