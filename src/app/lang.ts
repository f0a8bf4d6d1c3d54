export const LANGS = ['hu', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'hu' || value === 'en';
}
