import { lazy, Suspense, useRef, useState } from 'react';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { markClip } from './clip-marks.ts';
import { formatClock } from './format.ts';
import { X } from './icons.ts';
import { shortcutOf } from './shortcuts.ts';
import { t } from './strings.ts';
import { useReturnFocus } from './useFocusTrap.ts';

// The dialog (and the recorder behind it) loads on first use, outside the first paint.
const RecordDialog = lazy(() =>
  import('./RecordDialog.tsx').then((module) => ({ default: module.RecordDialog })),
);

/** 63.25 → "1:03.2" */
function formatMark(sec: number): string {
  return `${formatClock(sec)}.${Math.floor((sec % 1) * 10)}`;
}

/**
 * The editor's tools, apart from the visitor's bar: the clip's in and out marks (at the time
 * now; I and O do the same) and Record clip. Opened from the settings menu or by I / O; not a
 * trap, so the timeline stays at hand between marks. Never in the kiosk (no recorder there).
 */
export function ClipPanel() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const marks = useAppState((s) => s.clipMarks);
  const durationSec = useAppState((s) => s.scene?.timeline.durationSec ?? 0);
  const [dialogOpen, setDialogOpen] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const inSec = marks.inSec ?? 0;
  const outSec = marks.outSec ?? durationSec;
  const inKey = shortcutOf('markIn');
  const outKey = shortcutOf('markOut');

  // Focus moves in when the panel opens and goes back where it was when it closes.
  useReturnFocus(panel, { focusFirst: true });

  return (
    <section
      ref={panel}
      className="clip-controls clip-panel"
      aria-label={t('clipTools', lang)}
      data-testid="clip-panel"
    >
      <h2>
        {t('clipTools', lang)}{' '}
        <span className="keys">
          <kbd>{inKey.keys[0]}</kbd> <kbd>{outKey.keys[0]}</kbd>
        </span>
      </h2>
      <button
        type="button"
        aria-label={`${t('clipIn', lang)} ${formatMark(inSec)}: ${t('clipInLabel', lang)}`}
        aria-keyshortcuts={inKey.aria}
        aria-pressed={marks.inSec !== null}
        onClick={() => markClip(store, 'in')}
      >
        {t('clipIn', lang)} {formatMark(inSec)}
      </button>
      <button
        type="button"
        aria-label={`${t('clipOut', lang)} ${formatMark(outSec)}: ${t('clipOutLabel', lang)}`}
        aria-keyshortcuts={outKey.aria}
        aria-pressed={marks.outSec !== null}
        onClick={() => markClip(store, 'out')}
      >
        {t('clipOut', lang)} {formatMark(outSec)}
      </button>
      <button
        type="button"
        className="record"
        onClick={() => setDialogOpen(true)}
        disabled={durationSec === 0}
      >
        {t('recordClip', lang)}
      </button>
      <button
        type="button"
        className="close"
        aria-label={t('clipToolsClose', lang)}
        onClick={() => store.setClipOpen(false)}
      >
        <X aria-hidden="true" size={20} />
      </button>
      {dialogOpen ? (
        <Suspense fallback={null}>
          <RecordDialog fromSec={inSec} toSec={outSec} onClose={() => setDialogOpen(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}
