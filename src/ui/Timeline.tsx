import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useAppStore, useFrameSubscription } from '../player/player-context.ts';
import { utcAt } from '../core/time/timeline.ts';
import { chapterIndexAt, chapterName, chaptersOf, chapterTime, tickGroups } from './chapters.ts';
import { formatClock, formatUtcReadout } from './format.ts';
import { t } from './strings.ts';

interface Preview {
  /** Share of the bar, 0–1. */
  fraction: number;
  chapter: string;
  utc: string;
}

/**
 * The scrub bar: drag (mouse or touch) to move through the scene. A tick marks each chapter
 * (clicking it jumps there); hovering or focusing the bar shows the chapter and the UTC at that
 * point. The position follows the clock every frame without re-rendering React.
 */
export function Timeline() {
  const subscribeFrame = useFrameSubscription();
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const root = useRef<HTMLDivElement>(null);
  const scrub = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);
  const [hover, setHover] = useState<Preview | null>(null);
  const [focusPreview, setFocusPreview] = useState<Preview | null>(null);
  const [widthPx, setWidthPx] = useState(0);
  const durationSec = scene?.timeline.durationSec ?? 0;
  const chapters = useMemo(() => (scene ? chaptersOf(scene) : []), [scene]);
  const groups = useMemo(
    () => tickGroups(chapters, durationSec, widthPx),
    [chapters, durationSec, widthPx],
  );

  const previewAt = (fraction: number): Preview | null => {
    if (!scene) return null;
    const sec = fraction * durationSec;
    return {
      fraction,
      chapter: chapterName(chapters[chapterIndexAt(chapters, sec)], lang),
      utc: formatUtcReadout(utcAt(scene.timeline, sec)),
    };
  };

  // The bar's width decides how close two ticks may sit (a tick is a 24 px target).
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidthPx(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let valueText = '';
    return subscribeFrame((frame) => {
      const input = scrub.current;
      if (!input || dragging.current) return;
      input.value = String(frame.playbackSec);
      const text = `${formatClock(frame.playbackSec)} / ${formatClock(durationSec)}, ${chapterName(
        chapters[chapterIndexAt(chapters, frame.playbackSec)],
        lang,
      )}`;
      if (text !== valueText) {
        valueText = text;
        input.setAttribute('aria-valuetext', text);
      }
    });
  }, [subscribeFrame, chapters, durationSec, lang]);

  const pointerPreview = (event: React.PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    setHover(previewAt(Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width))));
  };
  const focusAt = () => {
    const input = scrub.current;
    if (input && durationSec > 0) setFocusPreview(previewAt(Number(input.value) / durationSec));
  };
  const preview = hover ?? focusPreview;

  return (
    <div
      ref={root}
      className="timeline"
      onPointerMove={pointerPreview}
      onPointerDown={(event) => {
        dragging.current = event.target === scrub.current;
        pointerPreview(event);
      }}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
      onPointerLeave={() => setHover(null)}
    >
      <input
        ref={scrub}
        className="scrub"
        type="range"
        min={0}
        max={durationSec}
        step={0.05}
        defaultValue={0}
        aria-label={t('scrub', lang)}
        onInput={(event) => {
          store.seek({ kind: 'playback', sec: Number(event.currentTarget.value) });
          if (document.activeElement === event.currentTarget) focusAt();
        }}
        onFocus={(event) => {
          if (event.currentTarget.matches(':focus-visible')) focusAt();
        }}
        onKeyUp={focusAt}
        onBlur={() => setFocusPreview(null)}
      />
      {preview ? (
        <output
          className="preview"
          style={{ left: `${preview.fraction * 100}%` }}
          aria-label={t('utcUnderPointer', lang)}
          data-testid="scrub-preview"
        >
          <span className="preview-chapter">{preview.chapter}</span>
          <span className="preview-utc">{preview.utc}</span>
        </output>
      ) : null}
      {durationSec > 0 && groups.length > 0 ? (
        <ol className="markers" aria-label={t('chapters', lang)}>
          {groups.map((group) => {
            const first = group[0]!;
            const events = group.flatMap((chapter) => chapter.events);
            return (
              <li key={first.id} style={{ left: `${(first.startSec / durationSec) * 100}%` }}>
                <button
                  type="button"
                  tabIndex={-1}
                  data-event={events.map((e) => e.id).join(' ')}
                  aria-label={group
                    .map((c) => `${chapterName(c, lang)}, ${formatUtcReadout(c.utcMs)}`)
                    .join('; ')}
                  onClick={() => store.seek(chapterTime(first))}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
