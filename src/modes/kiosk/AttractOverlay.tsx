import type { Lang } from '../../player/lang.ts';
import { otherLang } from '../../player/lang.ts';
import { kt } from './kiosk-strings.ts';

export interface AttractOverlayProps {
  /** The language of the scene now playing; the other one is shown smaller. */
  lang: Lang;
  /** The visitor touched the screen. */
  onTouch: () => void;
}

/**
 * Covers the screen while the attract loop plays: the whole screen is one touch target, with a
 * gentle "Touch to explore" call to action. The tap is taken on click, so it reaches nothing below.
 */
export function AttractOverlay({ lang, onTouch }: AttractOverlayProps) {
  const second = otherLang(lang);
  return (
    <button
      type="button"
      className="kiosk-attract-overlay"
      data-kiosk-overlay=""
      data-testid="kiosk-attract"
      onClick={onTouch}
    >
      <span className="kiosk-cta">
        <span lang={lang} className="kiosk-cta-main">
          {kt('touchToExplore', lang)}
        </span>{' '}
        <span lang={second} className="kiosk-cta-second">
          {kt('touchToExplore', second)}
        </span>
      </span>
    </button>
  );
}
