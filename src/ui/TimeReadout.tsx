import { useEffect, useMemo, useRef } from 'react';
import { useAppState, useFrameSubscription } from '../player/player-context.ts';
import { chapterIndexAt, chapterName, chaptersOf } from './chapters.ts';
import { formatMissionTime, formatUtcReadout } from './format.ts';
import { t } from './strings.ts';

/**
 * UTC now, and below it the mission elapsed time and the chapter playing. Written straight to
 * the DOM from the frame bus; the date part of the UTC hides on narrow screens.
 */
export function TimeReadout() {
  const subscribeFrame = useFrameSubscription();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const utcDate = useRef<HTMLSpanElement>(null);
  const utcTime = useRef<HTMLSpanElement>(null);
  const met = useRef<HTMLSpanElement>(null);
  const chapter = useRef<HTMLSpanElement>(null);
  const launchUtcMs = scene?.launchUtcMs ?? null;
  const chapters = useMemo(() => (scene ? chaptersOf(scene) : []), [scene]);

  useEffect(() => {
    let chapterIndex = -1;
    return subscribeFrame((frame) => {
      // "1975-07-17 16:09:09 UTC": the date in its own span so narrow screens can drop it.
      const [date, time] = formatUtcReadout(frame.utcMs).split(' ', 2) as [string, string];
      if (utcDate.current) utcDate.current.textContent = `${date} `;
      if (utcTime.current) utcTime.current.textContent = `${time} UTC`;
      if (met.current)
        met.current.textContent =
          launchUtcMs === null ? '' : formatMissionTime(frame.utcMs, launchUtcMs);
      const index = chapterIndexAt(chapters, frame.playbackSec);
      if (chapter.current && index !== chapterIndex) {
        chapterIndex = index;
        chapter.current.textContent = chapterName(chapters[index], lang);
      }
    });
  }, [subscribeFrame, launchUtcMs, chapters, lang]);

  return (
    <div className="readout">
      <span className="utc" data-testid="utc-readout">
        <span ref={utcDate} className="utc-date" />
        <span ref={utcTime} />
      </span>
      <span className="second-line">
        <span ref={met} className="met" data-testid="met-readout" title={t('missionTime', lang)} />
        <span
          ref={chapter}
          className="chapter"
          data-testid="chapter-readout"
          title={t('currentChapter', lang)}
        />
      </span>
    </div>
  );
}
