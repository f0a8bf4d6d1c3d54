import { useEffect, useRef } from 'react';
import { presetsOf } from '../core/script/camera-presets.ts';
import { useAppState, useAppStore } from '../player/player-context.ts';
import type { AppState, CameraMode, CaptionSize } from '../player/store.ts';
import { useClipRecorder } from './clip-recorder-context.ts';
import { Keyboard, Scissors } from './icons.ts';
import { RATES } from './shortcuts.ts';
import { t, type StringKey } from './strings.ts';
import { SoundSettings } from './SoundSettings.tsx';
import { useFocusTrap } from './useFocusTrap.ts';

type Quality = AppState['quality'];

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
const QUALITY_LABELS: Record<Quality, StringKey> = {
  low: 'qualityLow',
  medium: 'qualityMedium',
  high: 'qualityHigh',
};

export const SETTINGS_MENU_ID = 'player-settings';

function Switch({ on, label, onToggle }: { on: boolean; label: string; onToggle: () => void }) {
  return (
    <button type="button" role="switch" aria-checked={on} className="switch" onClick={onToggle}>
      <span>{label}</span>
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
    </button>
  );
}

/**
 * The settings behind the gear: speed, quality, caption size, camera and followed craft, the
 * docking display and the map, and the ways to the clip tools and the shortcuts. A popover that
 * keeps Tab inside while open; Escape or a click outside closes it and focus goes back to the gear.
 */
export function SettingsMenu({ opener }: { opener: React.RefObject<HTMLElement | null> }) {
  const store = useAppStore();
  const recorder = useClipRecorder();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const rate = useAppState((s) => s.clock.rate);
  const realTime = useAppState((s) => s.realTime);
  const quality = useAppState((s) => s.quality);
  const qualityPinned = useAppState((s) => s.qualityPinned);
  const captions = useAppState((s) => s.captions);
  const cameraMode = useAppState((s) => s.cameraMode);
  const followId = useAppState((s) => s.followId);
  const dockingHud = useAppState((s) => s.dockingHud);
  const mapShown = useAppState((s) => s.mapShown);
  const kiosk = useAppState((s) => s.kiosk);
  const menu = useRef<HTMLDivElement>(null);
  useFocusTrap(menu);
  const close = () => store.setSettingsOpen(false);

  // A press outside the menu (and outside its gear, which toggles it) closes it.
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (menu.current?.contains(target) || opener.current?.contains(target)) return;
      store.setSettingsOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [store, opener]);

  const presets = scene ? presetsOf(scene) : [];
  const followable = scene?.bodies.filter((b) => b.showPath) ?? [];
  const hasRendezvous = scene?.bodies.some((b) => b.rendezvous) ?? false;
  const followsCraft =
    cameraMode !== 'script' &&
    cameraMode !== 'free' &&
    cameraMode !== 'docking' &&
    followable.length > 1;

  return (
    <div
      ref={menu}
      id={SETTINGS_MENU_ID}
      className="settings-menu"
      role="dialog"
      aria-label={t('settings', lang)}
      data-testid="settings-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape closes the menu, not the panels behind it (and a select keeps its own Escape).
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
    >
      <label className="setting speed">
        <span>{t('speed', lang)}</span>
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
      {kiosk === null ? (
        <label className="setting">
          <span>{t('quality', lang)}</span>
          <select
            value={qualityPinned ? quality : 'auto'}
            data-testid="quality-select"
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === 'auto') store.setQuality(quality, false);
              else store.setQuality(value as Quality, true);
            }}
          >
            <option value="auto">{t('qualityAuto', lang)}</option>
            {(Object.keys(QUALITY_LABELS) as Quality[]).map((q) => (
              <option key={q} value={q}>
                {t(QUALITY_LABELS[q], lang)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="setting">
        <span>{t('captionSize', lang)}</span>
        <select
          value={captions.size}
          onChange={(event) =>
            store.setCaptions({ size: event.currentTarget.value as CaptionSize })
          }
        >
          {(Object.keys(SIZE_LABELS) as CaptionSize[]).map((size) => (
            <option key={size} value={size}>
              {t(SIZE_LABELS[size], lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="setting">
        <span>{t('camera', lang)}</span>
        <select
          value={cameraMode}
          data-testid="camera-select"
          onChange={(event) => store.setCameraMode(event.currentTarget.value as CameraMode)}
        >
          {(['script', ...presets, ...(cameraMode === 'free' ? ['free'] : [])] as CameraMode[]).map(
            (mode) => (
              <option key={mode} value={mode}>
                {t(CAMERA_LABELS[mode], lang)}
              </option>
            ),
          )}
        </select>
      </label>
      {followsCraft ? (
        <label className="setting">
          <span>{t('follow', lang)}</span>
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
      {hasRendezvous ? (
        <Switch
          on={dockingHud}
          label={t('dockingHudToggle', lang)}
          onToggle={() => store.setDockingHud(!dockingHud)}
        />
      ) : null}
      <Switch on={mapShown} label={t('map', lang)} onToggle={() => store.setMapShown(!mapShown)} />
      <SoundSettings Switch={Switch} />
      <div className="menu-actions">
        {recorder ? (
          <button
            type="button"
            onClick={() => {
              close();
              store.setClipOpen(true);
            }}
          >
            <Scissors aria-hidden="true" size={18} />
            {t('clipToolsOpen', lang)}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => {
            close();
            store.setHelpOpen(true);
          }}
        >
          <Keyboard aria-hidden="true" size={18} />
          {t('shortcuts', lang)}
        </button>
      </div>
    </div>
  );
}
