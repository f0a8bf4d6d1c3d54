/**
 * The visitor's settings are declared once (src/player/visitor-settings.ts): a setting added
 * there is put back by record mode after a clip and reset by the kiosk, with no other edit.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { enterRecordMode } from '../../../src/modes/record/record-session.ts';
import type { CanvasHost } from '../../../src/player/canvas-host.ts';
import { createPlayerRuntime, type PlayerRuntime } from '../../../src/player/player-runtime.ts';
import { createAppStore, type AppStore } from '../../../src/player/store.ts';
import { VISITOR_DEFAULTS, type VisitorSettings } from '../../../src/player/visitor-settings.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';
import { screenlessPage } from '../../helpers/screenless-page.ts';

const catalog = repoCatalog();
const sceneId = catalog.find((entry) => entry.available)!.id;

/** A setting that exists only in this test's declaration. */
type WithExtra = VisitorSettings & { readonly starChart: 'off' | 'names' | 'lines' };
const DEFAULTS_WITH_EXTRA: WithExtra = { ...VISITOR_DEFAULTS, starChart: 'off' };

function storeWithExtra(): AppStore {
  const store = createAppStore({
    catalog,
    lang: 'en',
    wall: manualWallClock(),
    visitorDefaults: DEFAULTS_WITH_EXTRA,
  });
  store.loadScene(sceneId);
  return store;
}
const starChart = (store: AppStore) => (store.getState() as unknown as WithExtra).starChart;

/**
 * A Canvas that commits every state at once and "draws" by evaluating the scene at the clock:
 * enough for record mode's readiness checks, without WebGL.
 */
function instantCanvas(store: AppStore, runtime: () => PlayerRuntime): CanvasHost {
  const size = () => store.getState().recording ?? { width: 0, height: 0 };
  const gl = {
    RGBA: 0,
    UNSIGNED_BYTE: 0,
    get drawingBufferWidth() {
      return size().width;
    },
    get drawingBufferHeight() {
      return size().height;
    },
    readPixels: () => undefined,
  };
  const root = {
    gl: { getContext: () => gl },
    advance: () => {
      const { scene, sceneLoad } = store.getState();
      runtime().progress.frameDrawn(undefined, evaluate(scene!, store.playbackSec()), sceneLoad);
    },
  };
  return {
    register: () => undefined,
    root: () => root as never,
    committed: () => {
      const { sceneLoad, quality, recording } = store.getState();
      return { sceneLoad, quality, recording };
    },
  };
}

describe('visitor settings, declared once', () => {
  it('start at their declared defaults, a new one included', () => {
    const store = storeWithExtra();
    expect(starChart(store)).toBe('off');
    expect(store.visitorSettings()).toEqual(DEFAULTS_WITH_EXTRA);
  });

  it('are put back by record mode after a clip, a new one included', async () => {
    const store = storeWithExtra();
    const base = createPlayerRuntime(store, { page: screenlessPage() });
    const runtime: PlayerRuntime = { ...base, canvas: instantCanvas(store, () => runtime) };
    store.setState({ starChart: 'names' } as never);
    store.setCaptions({ size: 'large' });
    store.setCameraMode('free');
    store.setInfoOpen(true);
    const before = store.visitorSettings();

    const session = await enterRecordMode(runtime, {
      sceneId,
      width: 64,
      height: 36,
      quality: 'low',
      fromSec: 1,
    });
    expect(store.getState().cameraMode).toBe('script');
    // Something changes the settings while the clip records (a dialog, a key).
    store.setState({ starChart: 'lines' } as never);
    store.setInfoOpen(false);
    const { frame } = await session.renderFrame(2);
    expect(frame.playbackSec).toBe(2);
    session.exit();

    expect(store.visitorSettings()).toEqual(before);
    expect(starChart(store)).toBe('names');
    expect(store.getState().recording).toBeNull();
  });

  it("are reset to their declaration with the caller's overrides, a new one included", () => {
    const store = storeWithExtra();
    store.setState({ starChart: 'lines' } as never);
    store.setCameraMode('free');
    store.setRealTime(true);
    store.resetVisitorSettings({ captions: { on: true, size: 'large' } });
    expect(store.visitorSettings()).toEqual({
      ...DEFAULTS_WITH_EXTRA,
      captions: { on: true, size: 'large' },
    });
  });
});
