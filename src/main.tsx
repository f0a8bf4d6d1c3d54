import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createAutomationApi } from './app/automation-api.ts';
import { clipRecorderFor } from './app/clip-recording.ts';
import { keepPreferences, readPreferences } from './app/preferences.ts';
import { loadCatalog, sceneAudioUrls } from './app/scene-files.ts';
import { startSoundOnGesture } from './app/sound-boot.ts';
import { startApp } from './app/start.ts';
import { syncUrl } from './app/url-sync.ts';
import { isKioskSearch } from './core/kiosk/kiosk-config.ts';
import type { CatalogEntry } from './core/script/scene-catalog.ts';
import { createPlayerRuntime } from './player/player-runtime.ts';
import { PlayerProvider } from './player/PlayerProvider.tsx';
import { probeRendererName, startAtRendererTier } from './player/renderer-probe.ts';
import { browserSoundPlatform } from './player/sound/browser-sound.ts';
import type { AtmosphereTables } from './view/atmosphere-model.ts';
import { prebuiltAtmosphereTables } from './view/atmosphere-prebuilt.ts';
import { ClipRecorderContext } from './ui/clip-recorder-context.ts';

/** The composition root of the web player: one runtime, its automation API, the address bar. */
function startPlayer(
  catalog: CatalogEntry[],
  rendererName: string | null,
  atmosphereTables: Promise<AtmosphereTables | null> | null,
): void {
  const store = startApp(
    catalog,
    window.location.search,
    navigator.language,
    readPreferences(window.localStorage),
  );
  startAtRendererTier(store, rendererName);
  const runtime = createPlayerRuntime(store, {
    sound: browserSoundPlatform(sceneAudioUrls()),
    atmosphereTables,
  });
  // Browsers allow sound only after the visitor has interacted with the page.
  startSoundOnGesture(runtime.sound, window);
  keepPreferences(store, window.localStorage);
  window.urverseny = createAutomationApi(runtime);
  syncUrl(store);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PlayerProvider runtime={runtime}>
        <ClipRecorderContext.Provider value={clipRecorderFor(runtime)}>
          <App />
        </ClipRecorderContext.Provider>
      </PlayerProvider>
    </StrictMode>,
  );
}

// `?kiosk`: the museum kiosk, loaded on demand so the player's first paint does not carry it.
if (isKioskSearch(window.location.search)) {
  import('./app/kiosk-boot.tsx')
    .then((kiosk) => kiosk.bootKiosk(document.getElementById('root')!))
    .catch((error: unknown) => {
      // A missing chunk (a half-copied update, no network and no cache yet): try again shortly.
      console.error('kiosk failed to start; retrying', error);
      window.setTimeout(() => window.location.reload(), 10_000);
    });
} else {
  const catalog = loadCatalog();
  // Asked while the scene texts are on their way (renderer-probe.ts), like the atmosphere's
  // tables (atmosphere-prebuilt.ts).
  const rendererName = probeRendererName(document);
  const atmosphereTables = prebuiltAtmosphereTables();
  catalog
    .then((entries) => startPlayer(entries, rendererName, atmosphereTables))
    .catch((error: unknown) => {
      // The scene texts did not arrive (a half-copied update, the network gone before the first
      // visit was cached): say so in the visitor's words and try again, never a blank page.
      console.error('scenes failed to load; retrying', error);
      const root = document.getElementById('root')!;
      root.textContent = navigator.language.startsWith('hu')
        ? 'A jelenetek betöltése nem sikerült; újrapróbálom…'
        : 'The scenes could not be loaded; trying again…';
      window.setTimeout(() => window.location.reload(), 10_000);
    });
}
