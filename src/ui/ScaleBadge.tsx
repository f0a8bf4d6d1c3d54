import { useEffect, useRef } from 'react';
import { subscribeFrame } from '../app/frame-bus.ts';
import { useAppState } from '../app/store-context.ts';
import { enlargementText } from './format.ts';
import { t } from './strings.ts';

/** "×N enlarged": shown whenever a spacecraft is drawn bigger than life. */
export function ScaleBadge() {
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
    [],
  );
  return (
    <div ref={badge} className="scale-badge" data-testid="scale-badge" hidden>
      <span ref={factor} /> {t('enlarged', lang)}
    </div>
  );
}
