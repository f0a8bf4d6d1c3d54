import { useEffect, useRef } from 'react';
import { subscribeFrame } from '../app/frame-bus.ts';
import { useAppState, useAppStore } from '../app/store-context.ts';
import { formatClock, formatUtcReadout } from './format.ts';
import { t } from './strings.ts';

const RATES = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

/** Play/pause, the scrub bar with its time readouts, speed and language. */
export function PlayerBar() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const playing = useAppState((s) => s.clock.playing);
  const rate = useAppState((s) => s.clock.rate);
  const durationSec = useAppState((s) => s.scene?.timeline.durationSec ?? 0);
  const cameraMode = useAppState((s) => s.cameraMode);
  const scrub = useRef<HTMLInputElement>(null);
  const utcReadout = useRef<HTMLSpanElement>(null);
  const playbackReadout = useRef<HTMLSpanElement>(null);

  // Per-frame readouts go straight to the DOM: no React render per frame.
  useEffect(
    () =>
      subscribeFrame((frame) => {
        if (scrub.current && document.activeElement !== scrub.current)
          scrub.current.value = String(frame.playbackSec);
        if (utcReadout.current) utcReadout.current.textContent = formatUtcReadout(frame.utcMs);
        if (playbackReadout.current)
          playbackReadout.current.textContent = formatClock(frame.playbackSec);
      }),
    [],
  );

  return (
    <div className="player-bar">
      <button
        type="button"
        className="play"
        onClick={() => store.togglePlay()}
        aria-label={t(playing ? 'pause' : 'play', lang)}
      >
        {playing ? '❚❚' : '▶'}
      </button>
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
      <span className="readout">
        <span ref={utcReadout} data-testid="utc-readout" />
        <span className="playback">
          <span ref={playbackReadout} /> / {formatClock(durationSec)}
        </span>
      </span>
      <label className="speed">
        <span className="visually-hidden">{t('speed', lang)}</span>
        <select value={rate} onChange={(event) => store.setRate(Number(event.currentTarget.value))}>
          {RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      {cameraMode === 'free' ? (
        <button type="button" onClick={() => store.setCameraMode('script')}>
          {t('scriptedCamera', lang)}
        </button>
      ) : null}
      <button
        type="button"
        lang={lang === 'hu' ? 'en' : 'hu'}
        aria-label={t('languageLabel', lang)}
        onClick={() => store.setLang(lang === 'hu' ? 'en' : 'hu')}
      >
        {t('language', lang)}
      </button>
    </div>
  );
}
