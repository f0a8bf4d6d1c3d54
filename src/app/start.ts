/**
 * Startup: the catalog, the URL's settings (with visible fallbacks), the first scene.
 * Returns the store ready to render; never throws for bad input.
 */
import { DOME_DEFAULTS } from '../core/projection/dome-projection.ts';
import { presetsOf } from '../core/script/camera-presets.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import type { CatalogEntry } from '../core/script/scene-catalog.ts';
import type { Lang } from '../player/lang.ts';
import { createAppStore, type AppStore } from '../player/store.ts';
import { parseUrlParams } from '../player/url-params.ts';
import { browserWallClock, type WallClock } from '../player/wall-clock.ts';
import { NOTICES } from '../ui/strings.ts';
import type { Preferences } from './preferences.ts';

export function startApp(
  catalog: CatalogEntry[],
  search: string,
  browserLang: string,
  saved: Preferences = {},
  wall: WallClock = browserWallClock,
): AppStore {
  const { settings, problems } = parseUrlParams(search);
  const lang: Lang =
    settings.lang ?? saved.lang ?? (browserLang.toLowerCase().startsWith('hu') ? 'hu' : 'en');
  const store = createAppStore({ catalog, lang, wall });
  if (saved.captions) store.setCaptions(saved.captions);
  for (const problem of problems) store.notify(NOTICES.badParam(problem.param, problem.value));
  if (settings.quality) store.setQuality(settings.quality, true);
  if (settings.maps) store.setMapFormat(settings.maps);
  if (settings.volume !== undefined) store.setSound({ volume: settings.volume });
  if (settings.sound) store.setSound({ muted: settings.sound === 'off' });
  if (settings.projection && settings.projection !== 'flat')
    store.setProjection({ kind: settings.projection, ...DOME_DEFAULTS });

  const wanted =
    settings.sceneId === undefined ? undefined : catalog.find((e) => e.id === settings.sceneId);
  const others = catalog.filter((e) => e.available && e !== wanted);
  // The scene asked for, else the first that loads: a file is compiled only when shown, so one
  // that fails then is skipped here (the store lists it as unavailable with the reason).
  let loaded: { entry: CatalogEntry; scene: CompiledScene } | null = null;
  for (const entry of wanted?.available ? [wanted, ...others] : others) {
    try {
      loaded = { entry, scene: store.loadScene(entry.id) };
      break;
    } catch {
      continue;
    }
  }
  if (!loaded) {
    store.notify(NOTICES.noScenes());
    store.setSceneListOpen(true);
    return store;
  }
  const { entry, scene } = loaded;
  // Without a scene in the link the visitor starts at the picker (the first scene plays behind).
  let showList = settings.sceneId === undefined;
  if (settings.sceneId !== undefined && entry.id !== settings.sceneId) {
    const notice = wanted ? NOTICES.unavailableScene : NOTICES.unknownScene;
    store.notify(notice(settings.sceneId, entry.title));
    showList = true;
  }
  store.setSceneListOpen(showList);
  if (settings.rate !== undefined) store.setRate(settings.rate);
  if (settings.time && entry.id === settings.sceneId) {
    const reached = store.seek(settings.time);
    const askedSec = settings.time.kind === 'playback' ? settings.time.sec : null;
    const outside =
      settings.time.kind === 'utc'
        ? settings.time.ms < scene.timeline.startUtcMs || settings.time.ms > scene.timeline.endUtcMs
        : askedSec !== reached;
    if (outside) store.notify(NOTICES.timeOutside(new URLSearchParams(search).get('t') ?? ''));
  }
  if (settings.follow !== undefined) {
    if (scene.bodies.some((b) => b.id === settings.follow)) store.setFollow(settings.follow);
    else store.notify(NOTICES.badParam('follow', settings.follow));
  }
  if (settings.camera) {
    if (presetsOf(scene).includes(settings.camera)) store.setCameraMode(settings.camera);
    else store.notify(NOTICES.badParam('camera', settings.camera));
  }
  if (!settings.paused) store.play();
  return store;
}
