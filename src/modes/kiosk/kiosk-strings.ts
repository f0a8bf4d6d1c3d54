/** The kiosk's own words, in Hungarian and English (the player's strings are in src/ui). */
import type { Lang } from '../../player/lang.ts';

export const KIOSK_STRINGS = {
  touchToExplore: { hu: 'Érintse meg a felfedezéshez', en: 'Touch to explore' },
  stillThere: { hu: 'Itt van még?', en: 'Still there?' },
  backToLoop: {
    hu: 'Hamarosan újraindul a bemutató.',
    en: 'The show will start again shortly.',
  },
  continue: { hu: 'Folytatom', en: 'Continue' },
  secondsLeft: { hu: 'másodperc', en: 'seconds' },
  starting: { hu: 'Indul…', en: 'Starting…' },
} as const;

export type KioskStringKey = keyof typeof KIOSK_STRINGS;

export function kt(key: KioskStringKey, lang: Lang): string {
  return KIOSK_STRINGS[key][lang];
}
