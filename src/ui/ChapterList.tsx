import { useEffect, useMemo, useState } from 'react';
import { useAppState, useAppStore, useFrameSubscription } from '../player/player-context.ts';
import { chapterIndexAt, chapterName, chaptersOf, chapterTime } from './chapters.ts';
import { formatUtcReadout } from './format.ts';
import { t } from './strings.ts';

/** The scene's chapters with their UTC; each jumps there. Re-renders only when the chapter changes. */
export function ChapterList() {
  const store = useAppStore();
  const subscribeFrame = useFrameSubscription();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const chapters = useMemo(() => (scene ? chaptersOf(scene) : []), [scene]);
  const [current, setCurrent] = useState(0);
  useEffect(
    () => subscribeFrame((frame) => setCurrent(chapterIndexAt(chapters, frame.playbackSec))),
    [subscribeFrame, chapters],
  );
  if (chapters.length === 0) return null;
  return (
    <nav className="chapter-list" aria-labelledby="chapters-title" data-testid="chapter-list">
      <h3 id="chapters-title">{t('chapters', lang)}</h3>
      <ol>
        {chapters.map((chapter, i) => (
          <li key={chapter.id}>
            <button
              type="button"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => store.seek(chapterTime(chapter))}
            >
              <span className="chapter-time">{formatUtcReadout(chapter.utcMs).slice(5, 16)}</span>
              <span className="chapter-name">{chapterName(chapter, lang)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
