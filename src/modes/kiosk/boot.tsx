/**
 * `?kiosk`: the museum kiosk. Loaded on demand by src/main.tsx, so the player's first paint does
 * not carry it. The player runs inside, driven by the attract / idle machine; visitor choices are
 * never remembered, the address never changes, and the page heals itself (README "Museum kiosk").
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAutomationApi } from '../../app/automation-api.ts';
import { loadCatalog } from '../../app/scene-files.ts';
import { startApp } from '../../app/start.ts';
import { StoreContext } from '../../app/store-context.ts';
import { wallEpochMs } from '../../app/wall-clock.ts';
import { attractPlaylist, parseKioskConfig } from '../../core/kiosk/kiosk-config.ts';
import { createKioskDriver } from './kiosk-driver.ts';
import { readSession } from './kiosk-session.ts';
import { KioskRoot } from './KioskRoot.tsx';
import { installLockdown } from './lockdown.ts';
import { registerServiceWorker } from './service-worker.ts';

/** The build's id, written into the page by the build (scripts/build/offline-plugin.ts). */
function buildId(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="urverseny-build"]')?.content ?? 'dev';
}

export function bootKiosk(rootElement: HTMLElement): void {
  const search = window.location.search;
  const { config, problems } = parseKioskConfig(search);
  const catalog = loadCatalog();
  const { playlist, problems: sceneProblems } = attractPlaylist(catalog, config.sceneIds);
  const allProblems = [...problems, ...sceneProblems].map((p) => `${p.param}=${p.value}`);
  if (allProblems.length > 0) console.warn(`kiosk: ignored settings: ${allProblems.join(', ')}`);

  // The player starts from the kiosk's settings only (never from saved visitor preferences).
  const appParams = new URLSearchParams({ lang: config.langs[0] ?? 'hu', paused: '1' });
  const quality = new URLSearchParams(search).get('quality');
  if (quality !== null) appParams.set('quality', quality);
  const store = startApp(catalog, `?${appParams.toString()}`, 'hu');

  installLockdown(window);
  const serviceWorker = registerServiceWorker(import.meta.env.PROD);
  const driver = createKioskDriver({
    store,
    config,
    plan: {
      playlist,
      langs: config.langs,
      idleSec: config.idleSec,
      countdownSec: config.countdownSec,
    },
    build: buildId(),
    problems: allProblems,
    serviceWorker,
    session: readSession(window.sessionStorage, wallEpochMs()),
    storage: window.sessionStorage,
  });
  window.urverseny = Object.assign(createAutomationApi(store), { kiosk: driver.api });
  if (playlist.length > 0) driver.start();

  createRoot(rootElement, {
    onUncaughtError: (error) => driver.uncaughtError(error),
  }).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <KioskRoot driver={driver} />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
