import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/player/store.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';

describe('clip marks and record mode in the store', () => {
  it('keeps the marked range per scene and starts outside record mode', () => {
    const store = createAppStore({ catalog: repoCatalog(), lang: 'en', wall: manualWallClock() });
    const [first, second] = store.getState().catalog.filter((e) => e.available);
    store.loadScene(first!.id);
    expect(store.getState().clipMarks).toEqual({ inSec: null, outSec: null });
    expect(store.getState().recording).toBeNull();
    store.setClipMark('in', 12.5);
    store.setClipMark('out', 20);
    expect(store.getState().clipMarks).toEqual({ inSec: 12.5, outSec: 20 });
    store.setClipMark('in', null);
    expect(store.getState().clipMarks).toEqual({ inSec: null, outSec: 20 });
    store.loadScene(second!.id);
    expect(store.getState().clipMarks).toEqual({ inSec: null, outSec: null });
  });
});
