import { useEffect, useState } from 'react';
import { useFrameSubscription } from '../player/player-context.ts';
import type { Lang } from '../player/lang.ts';
import type { CaptionSize } from '../player/store.ts';
import type { CompiledCaption } from '../core/script/compiled-scene.ts';
import { JoinedText } from './JoinedText.tsx';

export interface CaptionOverlayProps {
  lang: Lang;
  on?: boolean;
  size?: CaptionSize;
}

/** The narration caption of the moment; re-renders only when the caption changes. */
export function CaptionOverlay({ lang, on = true, size = 'medium' }: CaptionOverlayProps) {
  const subscribeFrame = useFrameSubscription();
  const [caption, setCaption] = useState<CompiledCaption | null>(null);
  useEffect(() => subscribeFrame((frame) => setCaption(frame.caption)), [subscribeFrame]);
  return (
    <div className={`captions ${size}`} aria-live="polite" data-testid="caption" data-on={on}>
      {caption && on ? (
        <p lang={lang}>
          <JoinedText text={caption[lang]} />
        </p>
      ) : null}
    </div>
  );
}
