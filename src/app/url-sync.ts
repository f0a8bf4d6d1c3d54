/** Keeps the address bar describing what is on screen (scene, time, language, rate, pause, camera). */
import type { AppStore } from '../player/store.ts';
import { buildSearch } from '../player/url-params.ts';

export function syncUrl(store: AppStore): () => void {
  const write = (): void => {
    const { scene, lang, clock, cameraMode, followId } = store.getState();
    if (!scene) return;
    const search = buildSearch({
      sceneId: scene.id,
      playbackSec: store.playbackSec(),
      lang,
      rate: clock.rate,
      paused: !clock.playing,
      camera: cameraMode,
      follow: followId,
    });
    if (search !== window.location.search) window.history.replaceState(null, '', search);
  };
  const unsubscribe = store.subscribe(write);
  // While playing, the time moves without state changes: refresh the link now and then.
  const timer = window.setInterval(write, 2000);
  write();
  return () => {
    unsubscribe();
    window.clearInterval(timer);
  };
}
