import { useEffect, useRef, useState } from 'react';
import { otherLang } from '../player/lang.ts';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { useClipRecorder } from './clip-recorder-context.ts';
import { ClipPanel } from './ClipPanel.tsx';
import { IconButton } from './IconButton.tsx';
import {
  Captions,
  CaptionsOff,
  Clapperboard,
  Info,
  Languages,
  Maximize,
  Minimize,
  Pause,
  Play,
  RotateCcw,
  RotateCw,
  Settings,
} from './icons.ts';
import { SETTINGS_MENU_ID, SettingsMenu } from './SettingsMenu.tsx';
import { shortcutOf, type ShortcutAction } from './shortcuts.ts';
import { t } from './strings.ts';
import { TimeReadout } from './TimeReadout.tsx';
import { Timeline } from './Timeline.tsx';
import { runShortcut } from './useShortcuts.ts';
import './player-bar.css';

/** The keys of an action, for a control's tooltip and `aria-keyshortcuts`. */
function keysOf(action: ShortcutAction) {
  const shortcut = shortcutOf(action);
  return { keys: shortcut.keys, keyShortcuts: shortcut.aria };
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(
    () => typeof document !== 'undefined' && !!document.fullscreenElement,
  );
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}

/**
 * One slim row of icon controls over the picture, as in a video player: play, 5 s back and
 * forward, the timeline with its chapters, the time, then captions, language, settings, facts
 * and full screen. Everything else sits in the settings menu; the clip tools in their own panel.
 */
export function PlayerBar() {
  const store = useAppStore();
  const recorder = useClipRecorder();
  const lang = useAppState((s) => s.lang);
  const playing = useAppState((s) => s.clock.playing);
  const cameraMode = useAppState((s) => s.cameraMode);
  const captions = useAppState((s) => s.captions);
  const infoOpen = useAppState((s) => s.infoOpen);
  const settingsOpen = useAppState((s) => s.settingsOpen);
  const clipOpen = useAppState((s) => s.clipOpen);
  const kiosk = useAppState((s) => s.kiosk);
  const fullscreen = useFullscreen();
  const gear = useRef<HTMLButtonElement>(null);
  const other = otherLang(lang);
  const run = (action: ShortcutAction) => runShortcut(store, action);
  const canFullscreen =
    kiosk === null && typeof document !== 'undefined' && document.fullscreenEnabled !== false;

  return (
    <section className="player-bar" aria-label={t('playerControls', lang)}>
      {cameraMode !== 'script' ? (
        <button
          type="button"
          className="chip scripted-camera"
          onClick={() => store.setCameraMode('script')}
        >
          <Clapperboard aria-hidden="true" size={18} />
          {t('scriptedCamera', lang)}
        </button>
      ) : null}
      {settingsOpen ? <SettingsMenu opener={gear} /> : null}
      {clipOpen && recorder ? <ClipPanel /> : null}
      <div className="bar-row">
        <div className="bar-group transport">
          <IconButton
            className="play"
            label={t(playing ? 'pause' : 'play', lang)}
            icon={playing ? Pause : Play}
            onClick={() => store.togglePlay()}
            {...keysOf('togglePlay')}
          />
          <IconButton
            className="step"
            label={t('back5', lang)}
            icon={RotateCcw}
            onClick={() => run('back')}
            {...keysOf('back')}
          />
          <IconButton
            className="step"
            label={t('forward5', lang)}
            icon={RotateCw}
            onClick={() => run('forward')}
            {...keysOf('forward')}
          />
        </div>
        <Timeline />
        <TimeReadout />
        <div className="bar-group">
          <IconButton
            label={t('captionsToggle', lang)}
            icon={captions.on ? Captions : CaptionsOff}
            pressed={captions.on}
            onClick={() => store.setCaptions({ on: !captions.on })}
            {...keysOf('captions')}
          />
          <IconButton
            className="language"
            label={`${other.toUpperCase()}: ${t('languageLabel', lang)}`}
            icon={Languages}
            lang={other}
            onClick={() => store.setLang(other)}
            {...keysOf('language')}
          >
            <span className="lang-code">{other.toUpperCase()}</span>
          </IconButton>
          <IconButton
            ref={gear}
            className="settings"
            label={t('settings', lang)}
            icon={Settings}
            expanded={settingsOpen}
            {...(settingsOpen ? { controls: SETTINGS_MENU_ID } : {})}
            popup="dialog"
            onClick={() => store.setSettingsOpen(!settingsOpen)}
            {...keysOf('settings')}
          />
          <IconButton
            label={t('info', lang)}
            icon={Info}
            pressed={infoOpen}
            onClick={() => store.setInfoOpen(!infoOpen)}
            {...keysOf('info')}
          />
          {canFullscreen ? (
            <IconButton
              label={t(fullscreen ? 'exitFullscreen' : 'fullscreen', lang)}
              icon={fullscreen ? Minimize : Maximize}
              onClick={() => run('fullscreen')}
              {...keysOf('fullscreen')}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
