import { useEffect, useRef } from 'react';
import { useAppState, useFrameSubscription } from '../player/player-context.ts';
import { enlargementText } from './format.ts';
import { t } from './strings.ts';

/** "×N enlarged": shown whenever a spacecraft is drawn bigger than life. */
export function ScaleBadge() {
  const subscribeFrame = useFrameSubscription();
  const lang = useAppState((s) => s.lang);
  const badge = useRef<HTMLDivElement>(null);
  const factor = useRef<HTMLSpanElement>(null);
  useEffect(
    () =>
      subscribeFrame((frame) => {
        const text = enlargementText(frame);
        if (badge.current) badge.current.hidden = text === null;
        if (text !== null && factor.current && factor.current.textContent !== text)
          factor.current.textContent = text;
      }),
    [subscribeFrame],
  );
  return (
    <div ref={badge} className="scale-badge" data-testid="scale-badge" hidden>
      <span ref={factor} /> {t('enlarged', lang)}
    </div>
  );
}
