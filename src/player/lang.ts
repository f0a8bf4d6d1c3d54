export const LANGS = ['hu', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The other of the two languages (the language switch, the kiosk's second line). */
export function otherLang(lang: Lang): Lang {
  return lang === 'hu' ? 'en' : 'hu';
}

export function isLang(value: unknown): value is Lang {
  return value === 'hu' || value === 'en';
}
