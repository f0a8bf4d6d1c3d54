import type { Lang } from '../../player/lang.ts';
import { otherLang } from '../../player/lang.ts';
import { kt } from './kiosk-strings.ts';

export interface StillThereProps {
  lang: Lang;
  secondsLeft: number;
  onContinue: () => void;
}

/** "Still there?": a countdown after the visitor went quiet; any touch keeps the session. */
export function StillThere({ lang, secondsLeft, onContinue }: StillThereProps) {
  const second = otherLang(lang);
  return (
    <div
      className="kiosk-still-there"
      data-kiosk-overlay=""
      data-testid="kiosk-countdown"
      role="alertdialog"
      aria-labelledby="kiosk-still-there-title"
      onClick={onContinue}
    >
      <div className="kiosk-still-there-box">
        <h2 id="kiosk-still-there-title">
          <span lang={lang}>{kt('stillThere', lang)}</span>{' '}
          <span lang={second} className="kiosk-second">
            {kt('stillThere', second)}
          </span>
        </h2>
        <p className="kiosk-countdown-number" aria-live="polite" data-testid="kiosk-seconds">
          {secondsLeft}
        </p>
        <p>
          <span lang={lang}>{kt('backToLoop', lang)}</span>{' '}
          <span lang={second} className="kiosk-second">
            {kt('backToLoop', second)}
          </span>
        </p>
        <button type="button" onClick={onContinue}>
          {kt('continue', lang)} / {kt('continue', second)}
        </button>
      </div>
    </div>
  );
}
