/** Every interface string, in Hungarian and English. */
import type { Lang } from '../app/lang.ts';

export const STRINGS = {
  play: { hu: 'Lejátszás', en: 'Play' },
  pause: { hu: 'Szünet', en: 'Pause' },
  scrub: { hu: 'Idővonal', en: 'Timeline' },
  speed: { hu: 'Sebesség', en: 'Speed' },
  scenes: { hu: 'Jelenetek', en: 'Scenes' },
  close: { hu: 'Bezárás', en: 'Close' },
  unavailable: { hu: 'Nem elérhető', en: 'Unavailable' },
  language: { hu: 'English', en: 'Magyar' },
  languageLabel: { hu: 'Switch to English', en: 'Váltás magyarra' },
  scriptedCamera: { hu: 'Forgatókönyv szerinti kamera', en: 'Scripted camera' },
  enlarged: { hu: 'nagyítva', en: 'enlarged' },
  dismiss: { hu: 'Értesítés elrejtése', en: 'Dismiss notice' },
  viewFailed: {
    hu: 'A 3D nézet nem indult el ezen a gépen. A feliratok és az idővonal továbbra is működnek.',
    en: 'The 3D view could not start on this computer. Captions and the timeline still work.',
  },
  noScene: { hu: 'Válasszon jelenetet.', en: 'Choose a scene.' },
  groundTrack: { hu: 'Földi nyomvonal térképe', en: 'Ground-track map' },
  cityLightsNote: {
    hu: 'Mai felvételek: a nappali kép 2004-es (pl. a kiszáradt Aral-tó), az éjszakai fények 2012-esek, a korhoz halványítva',
    en: 'Present-day imagery: daylight from 2004 (e.g. the shrunken Aral Sea), city lights from 2012, dimmed for the era',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

export const NOTICES = {
  unknownScene: (value: string, fallback: { hu: string; en: string }) => ({
    hu: `Nincs „${value}” nevű jelenet; helyette: ${fallback.hu}.`,
    en: `There is no scene called "${value}"; showing ${fallback.en} instead.`,
  }),
  unavailableScene: (value: string, fallback: { hu: string; en: string }) => ({
    hu: `A(z) „${value}” jelenet most nem elérhető; helyette: ${fallback.hu}.`,
    en: `The scene "${value}" is unavailable right now; showing ${fallback.en} instead.`,
  }),
  badParam: (param: string, value: string) => ({
    hu: `Érvénytelen „${param}” paraméter („${value}”); az alapértelmezés érvényes.`,
    en: `Ignored the invalid "${param}" parameter ("${value}"); using the default.`,
  }),
  timeOutside: (value: string) => ({
    hu: `A „t=${value}” időpont kívül esik a jeleneten; a legközelebbi pont látható.`,
    en: `The time "t=${value}" lies outside the scene; showing the nearest moment.`,
  }),
  noScenes: () => ({
    hu: 'Egyik jelenet sem tölthető be. Részletek a jelenetlistában.',
    en: 'No scene could be loaded. See the scene list for details.',
  }),
};
