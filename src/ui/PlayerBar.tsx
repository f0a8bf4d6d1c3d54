import { useEffect, useRef } from 'react';
import { otherLang } from '../player/lang.ts';
import { RATES } from './shortcuts.ts';
import { useAppState, useAppStore, useFrameSubscription } from '../player/player-context.ts';
import type { CameraMode, CaptionSize } from '../player/store.ts';
import { presetsOf } from '../core/script/camera-presets.ts';
import { useClipRecorder } from './clip-recorder-context.ts';
import { ClipControls } from './ClipControls.tsx';
import { formatClock, formatMissionTime, formatUtcReadout } from './format.ts';
import { t, type StringKey } from './strings.ts';
import { Timeline } from './Timeline.tsx';

const CAMERA_LABELS: Record<CameraMode, StringKey> = {
  script: 'cameraScript',
  free: 'cameraFree',
  earth: 'presetEarth',
  chase: 'presetChase',
  docking: 'presetDocking',
};
const SIZE_LABELS: Record<CaptionSize, StringKey> = {
  small: 'sizeSmall',
  medium: 'sizeMedium',
  large: 'sizeLarge',
};

/**
 * The timeline with its readouts (UTC, mission elapsed time, playback), then the controls:
 * speed (or real time), camera and followed craft, captions, docking display, clip, info, help,
 * language.
 */
export function PlayerBar() {
  const recorder = useClipRecorder();
  const subscribeFrame = useFrameSubscription();
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const playing = useAppState((s) => s.clock.playing);
  const rate = useAppState((s) => s.clock.rate);
  const realTime = useAppState((s) => s.realTime);
  const scene = useAppState((s) => s.scene);
  const cameraMode = useAppState((s) => s.cameraMode);
  const followId = useAppState((s) => s.followId);
  const captions = useAppState((s) => s.captions);
  const dockingHud = useAppState((s) => s.dockingHud);
  const infoOpen = useAppState((s) => s.infoOpen);
  const helpOpen = useAppState((s) => s.helpOpen);
  const utcReadout = useRef<HTMLSpanElement>(null);
  const metReadout = useRef<HTMLSpanElement>(null);
  const playbackReadout = useRef<HTMLSpanElement>(null);
  const durationSec = scene?.timeline.durationSec ?? 0;
  const launchUtcMs = scene?.launchUtcMs ?? null;
  const hasRendezvous = scene?.bodies.some((b) => b.rendezvous) ?? false;
  const presets = scene ? presetsOf(scene) : [];
  const followable = scene?.bodies.filter((b) => b.showPath) ?? [];

  // Per-frame readouts go straight to the DOM: no React render per frame.
  useEffect(
    () =>
      subscribeFrame((frame) => {
        if (utcReadout.current) utcReadout.current.textContent = formatUtcReadout(frame.utcMs);
        if (metReadout.current)
          metReadout.current.textContent =
            launchUtcMs === null ? '' : formatMissionTime(frame.utcMs, launchUtcMs);
        if (playbackReadout.current)
          playbackReadout.current.textContent = formatClock(frame.playbackSec);
      }),
    [launchUtcMs, subscribeFrame],
  );

  return (
    <div className="player-bar">
      <div className="transport">
        <button
          type="button"
          className="play"
          onClick={() => store.togglePlay()}
          aria-label={t(playing ? 'pause' : 'play', lang)}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <Timeline />
        <span className="readout">
          <span ref={utcReadout} data-testid="utc-readout" />
          <span
            ref={metReadout}
            className="met"
            data-testid="met-readout"
            title={t('missionTime', lang)}
          />
          <span className="playback">
            <span ref={playbackReadout} /> / {formatClock(durationSec)}
          </span>
        </span>
      </div>
      <div className="controls">
        <label className="speed">
          <span className="visually-hidden">{t('speed', lang)}</span>
          <select
            value={realTime ? 'real' : String(rate)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === 'real') store.setRealTime(true);
              else store.setRate(Number(value));
            }}
          >
            {RATES.map((r) => (
              <option key={r} value={String(r)}>
                {r}×
              </option>
            ))}
            <option value="real">{t('realTime', lang)}</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('camera', lang)}</span>
          <select
            value={cameraMode}
            data-testid="camera-select"
            onChange={(event) => store.setCameraMode(event.currentTarget.value as CameraMode)}
          >
            {(
              ['script', ...presets, ...(cameraMode === 'free' ? ['free'] : [])] as CameraMode[]
            ).map((mode) => (
              <option key={mode} value={mode}>
                {t('camera', lang)}: {t(CAMERA_LABELS[mode], lang)}
              </option>
            ))}
          </select>
        </label>
        {cameraMode !== 'script' &&
        cameraMode !== 'free' &&
        cameraMode !== 'docking' &&
        followable.length > 1 ? (
          <label>
            <span className="visually-hidden">{t('follow', lang)}</span>
            <select
              value={followId ?? followable[0]?.id}
              onChange={(event) => store.setFollow(event.currentTarget.value)}
            >
              {followable.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name[lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {cameraMode !== 'script' ? (
          <button type="button" onClick={() => store.setCameraMode('script')}>
            {t('scriptedCamera', lang)}
          </button>
        ) : null}
        <button
          type="button"
          aria-pressed={captions.on}
          onClick={() => store.setCaptions({ on: !captions.on })}
        >
          {t('captionsToggle', lang)}
        </button>
        <label>
          <span className="visually-hidden">{t('captionSize', lang)}</span>
          <select
            value={captions.size}
            onChange={(event) =>
              store.setCaptions({ size: event.currentTarget.value as CaptionSize })
            }
          >
            {(Object.keys(SIZE_LABELS) as CaptionSize[]).map((size) => (
              <option key={size} value={size}>
                {t('captionSize', lang)}: {t(SIZE_LABELS[size], lang)}
              </option>
            ))}
          </select>
        </label>
        {hasRendezvous ? (
          <button
            type="button"
            aria-pressed={dockingHud}
            onClick={() => store.setDockingHud(!dockingHud)}
          >
            {t('dockingHudToggle', lang)}
          </button>
        ) : null}
        {recorder ? <ClipControls /> : null}
        <button type="button" aria-pressed={infoOpen} onClick={() => store.setInfoOpen(!infoOpen)}>
          {t('info', lang)}
        </button>
        <button
          type="button"
          aria-pressed={helpOpen}
          aria-label={t('shortcuts', lang)}
          onClick={() => store.setHelpOpen(!helpOpen)}
        >
          ?
        </button>
        <button
          type="button"
          lang={otherLang(lang)}
          aria-label={t('languageLabel', lang)}
          onClick={() => store.setLang(otherLang(lang))}
        >
          {t('language', lang)}
        </button>
      </div>
    </div>
  );
}
