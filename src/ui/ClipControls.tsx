import { lazy, Suspense, useState } from 'react';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { formatClock } from './format.ts';
import { t } from './strings.ts';

// The dialog (and the recorder behind it) loads on first use, outside the first paint.
const RecordDialog = lazy(() =>
  import('./RecordDialog.tsx').then((module) => ({ default: module.RecordDialog })),
);

/** 63.25 → "1:03.2" */
function formatMark(sec: number): string {
  return `${formatClock(sec)}.${Math.floor((sec % 1) * 10)}`;
}

/** The clip's in and out marks (at the current time) and the Record clip button. */
export function ClipControls() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const marks = useAppState((s) => s.clipMarks);
  const durationSec = useAppState((s) => s.scene?.timeline.durationSec ?? 0);
  const [dialogOpen, setDialogOpen] = useState(false);
  const inSec = marks.inSec ?? 0;
  const outSec = marks.outSec ?? durationSec;

  const mark = (which: 'in' | 'out') => {
    const now = store.playbackSec();
    store.setClipMark(which, now);
    // A mark past the other one starts a new range rather than an empty one.
    if (which === 'in' && marks.outSec !== null && marks.outSec <= now)
      store.setClipMark('out', null);
    if (which === 'out' && marks.inSec !== null && marks.inSec >= now)
      store.setClipMark('in', null);
  };

  return (
    <span className="clip-controls">
      <button
        type="button"
        aria-label={`${t('clipInLabel', lang)} (${formatMark(inSec)})`}
        aria-pressed={marks.inSec !== null}
        onClick={() => mark('in')}
      >
        {t('clipIn', lang)} {formatMark(inSec)}
      </button>
      <button
        type="button"
        aria-label={`${t('clipOutLabel', lang)} (${formatMark(outSec)})`}
        aria-pressed={marks.outSec !== null}
        onClick={() => mark('out')}
      >
        {t('clipOut', lang)} {formatMark(outSec)}
      </button>
      <button type="button" onClick={() => setDialogOpen(true)} disabled={durationSec === 0}>
        {t('recordClip', lang)}
      </button>
      {dialogOpen ? (
        <Suspense fallback={null}>
          <RecordDialog fromSec={inSec} toSec={outSec} onClose={() => setDialogOpen(false)} />
        </Suspense>
      ) : null}
    </span>
  );
}
