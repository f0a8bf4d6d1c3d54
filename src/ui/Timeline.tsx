import { useEffect, useRef, useState } from 'react';
import { useAppState, useAppStore, useFrameSubscription } from '../player/player-context.ts';
import { utcAt } from '../core/time/timeline.ts';
import { formatUtcReadout } from './format.ts';
import { t } from './strings.ts';

/** Events closer than this share of the bar share one marker (which jumps to the first). */
const MARKER_GAP = 0.012;

function clusterEvents<E extends { playbackSec: number }>(
  events: readonly E[],
  gapSec: number,
): E[][] {
  const groups: E[][] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && event.playbackSec - last[0]!.playbackSec < gapSec) last.push(event);
    else groups.push([event]);
  }
  return groups;
}

/**
 * The scrub bar: drag (mouse or touch) to move through the scene, with the UTC under the pointer
 * shown above it, and a marker per event that jumps there when clicked.
 */
export function Timeline() {
  const subscribeFrame = useFrameSubscription();
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const scrub = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<{ left: number; text: string } | null>(null);
  const durationSec = scene?.timeline.durationSec ?? 0;

  // The position follows the clock every frame without re-rendering React.
  useEffect(
    () =>
      subscribeFrame((frame) => {
        if (scrub.current && document.activeElement !== scrub.current)
          scrub.current.value = String(frame.playbackSec);
      }),
    [subscribeFrame],
  );

  const showPreview = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!scene) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    setPreview({
      left: fraction * 100,
      text: formatUtcReadout(utcAt(scene.timeline, fraction * durationSec)),
    });
  };

  return (
    <div
      className="timeline"
      onPointerMove={showPreview}
      onPointerDown={showPreview}
      onPointerLeave={() => setPreview(null)}
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
        onInput={(event) =>
          store.seek({ kind: 'playback', sec: Number(event.currentTarget.value) })
        }
      />
      {preview ? (
        <output
          className="preview"
          style={{ left: `${preview.left}%` }}
          aria-label={t('utcUnderPointer', lang)}
          data-testid="scrub-preview"
        >
          {preview.text}
        </output>
      ) : null}
      {scene && durationSec > 0 ? (
        <ol className="markers" aria-label={t('timelineEvents', lang)}>
          {clusterEvents(scene.events, durationSec * MARKER_GAP).map((group) => {
            const first = group[0]!;
            return (
              <li key={first.id} style={{ left: `${(first.playbackSec / durationSec) * 100}%` }}>
                <button
                  type="button"
                  data-event={first.id}
                  aria-label={group
                    .map((e) => `${e.label[lang]}, ${formatUtcReadout(e.utcMs)}`)
                    .join('; ')}
                  title={group.map((e) => e.label[lang]).join(' · ')}
                  onClick={() => store.seek({ kind: 'utc', ms: first.utcMs })}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
