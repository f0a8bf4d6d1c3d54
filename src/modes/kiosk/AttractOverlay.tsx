import { useEffect, useRef } from 'react';
import type { Lang } from '../../player/lang.ts';
import { otherLang } from '../../player/lang.ts';
import { usePlayer } from '../../player/player-context.ts';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion.ts';
import { breatheWithFrames } from './cta-breath.ts';
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
  const { frames, wall } = usePlayer();
  const reducedMotion = usePrefersReducedMotion();
  const cta = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const element = cta.current;
    if (!element || reducedMotion) return;
    const stop = breatheWithFrames(frames.subscribe, wall.nowSec, (opacity) => {
      element.style.opacity = opacity.toFixed(3);
    });
    return () => {
      stop();
      element.style.opacity = '';
    };
  }, [frames, wall, reducedMotion]);
  return (
    <button
      type="button"
      className="kiosk-attract-overlay"
      data-kiosk-overlay=""
      data-testid="kiosk-attract"
      onClick={onTouch}
    >
      <span ref={cta} className="kiosk-cta">
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
