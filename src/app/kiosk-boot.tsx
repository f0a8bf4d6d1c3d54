/**
 * `?kiosk`: the museum kiosk. Loaded on demand by src/main.tsx, so the player's first paint does
 * not carry it. The player runs inside, driven by the attract / idle machine; visitor choices are
 * never remembered, the address never changes, and the page heals itself (README "Museum kiosk").
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  attractPlaylist,
  compileLoopScenes,
  parseKioskConfig,
} from '../core/kiosk/kiosk-config.ts';
import { createKioskDriver } from '../modes/kiosk/kiosk-driver.ts';
import { browserKioskPage } from '../modes/kiosk/kiosk-page.ts';
import { readSession } from '../modes/kiosk/kiosk-session.ts';
import { KioskRoot } from '../modes/kiosk/KioskRoot.tsx';
import { installLockdown } from '../modes/kiosk/lockdown.ts';
import { registerServiceWorker } from '../modes/kiosk/service-worker.ts';
import { createPlayerRuntime } from '../player/player-runtime.ts';
import { PlayerProvider } from '../player/PlayerProvider.tsx';
import { probeRendererName, startAtRendererTier } from '../player/renderer-probe.ts';
import { browserSoundPlatform } from '../player/sound/browser-sound.ts';
import { prebuiltAtmosphereTables } from '../view/atmosphere-prebuilt.ts';
import { App } from './App.tsx';
import { createAutomationApi } from './automation-api.ts';
import { loadCatalog, sceneAudioUrls } from './scene-files.ts';
import { startSoundOnGesture } from './sound-boot.ts';
import { startApp } from './start.ts';

/** The build's id, written into the page by the build (scripts/build/offline-plugin.ts). */
function buildId(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="urverseny-build"]')?.content ?? 'dev';
}

export async function bootKiosk(rootElement: HTMLElement): Promise<void> {
  const search = window.location.search;
  const { config, problems } = parseKioskConfig(search);
  const catalogFiles = loadCatalog();
  // Asked while the scene texts are on their way (renderer-probe.ts), like the atmosphere's
  // tables (atmosphere-prebuilt.ts).
  const rendererName = probeRendererName(document);
  const atmosphereTables = prebuiltAtmosphereTables();
  // The loop's scenes compiled before it starts: an unattended kiosk learns of a broken file at
  // boot and leaves it out of the loop, rather than stumbling on it days later.
  const catalog = compileLoopScenes(await catalogFiles, config.sceneIds);
  const { playlist, problems: sceneProblems } = attractPlaylist(catalog, config.sceneIds);
  const allProblems = [...problems, ...sceneProblems].map((p) => `${p.param}=${p.value}`);
  if (allProblems.length > 0) console.warn(`kiosk: ignored settings: ${allProblems.join(', ')}`);

  // The player starts from the kiosk's settings only (never from saved visitor preferences).
  const appParams = new URLSearchParams({ lang: config.langs[0] ?? 'hu', paused: '1' });
  for (const name of ['quality', 'maps']) {
    const value = new URLSearchParams(search).get(name);
    if (value !== null) appParams.set(name, value);
  }
  const store = startApp(catalog, `?${appParams.toString()}`, 'hu');
  startAtRendererTier(store, rendererName);
  store.setSound({ volume: config.volume, effects: config.effects });
  const runtime = createPlayerRuntime(store, {
    sound: browserSoundPlatform(sceneAudioUrls()),
    atmosphereTables,
  });
  // The kiosk's browser is started with Chromium's autoplay flag (README), so sound may start at
  // once; without it, it starts at the first touch.
  runtime.sound.start();
  startSoundOnGesture(runtime.sound, window);

  installLockdown(window);
  const serviceWorker = registerServiceWorker(import.meta.env.PROD, runtime.wall);
  const driver = createKioskDriver({
    runtime,
    config,
    playlist,
    build: buildId(),
    problems: allProblems,
    serviceWorker,
    session: readSession(window.sessionStorage, runtime.wall.epochMs()),
    storage: window.sessionStorage,
    page: browserKioskPage,
  });
  window.urverseny = Object.assign(createAutomationApi(runtime), { kiosk: driver.api });
  if (playlist.length > 0) driver.start();

  createRoot(rootElement, {
    onUncaughtError: (error) => driver.uncaughtError(error),
  }).render(
    <StrictMode>
      <PlayerProvider runtime={runtime}>
        <KioskRoot
          driver={driver}
          renderPlayer={(onViewError) => <App onViewError={onViewError} />}
        />
      </PlayerProvider>
    </StrictMode>,
  );
}
