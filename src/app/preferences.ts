/**
 * What a visitor chose and expects to find again next time: language and caption settings.
 * Kept in localStorage; unreadable or foreign values are ignored, never trusted.
 */
import { isLang, type Lang } from '../player/lang.ts';
import type { AppStore, CaptionSize } from '../player/store.ts';

const KEY = 'urverseny.preferences';

export interface Preferences {
  lang?: Lang;
  captions?: { on: boolean; size: CaptionSize };
}

const SIZES: readonly CaptionSize[] = ['small', 'medium', 'large'];

export function readPreferences(storage: Pick<Storage, 'getItem'> | undefined): Preferences {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const captions = value.captions as Record<string, unknown> | undefined;
    return {
      ...(isLang(value.lang) ? { lang: value.lang } : {}),
      ...(captions &&
      typeof captions.on === 'boolean' &&
      SIZES.includes(captions.size as CaptionSize)
        ? { captions: { on: captions.on, size: captions.size as CaptionSize } }
        : {}),
    };
  } catch {
    return {};
  }
}

/** Writes the preferences whenever they change; returns the unsubscribe. */
export function keepPreferences(store: AppStore, storage: Pick<Storage, 'setItem'>): () => void {
  let last = '';
  const write = () => {
    const { lang, captions } = store.getState();
    const text = JSON.stringify({ lang, captions });
    if (text === last) return;
    last = text;
    try {
      storage.setItem(KEY, text);
    } catch {
      // Private mode or a full disk: the choice lasts for this visit only.
    }
  };
  write();
  return store.subscribe(write);
}
