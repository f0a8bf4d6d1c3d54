import { afterEach, describe, expect, it, vi } from 'vitest';

// The bloom's code as a kiosk meets it offline: the first fetch fails, a later one succeeds.
let fetches = 0;
let failNext = true;
vi.mock('postprocessing', () => {
  fetches += 1;
  if (failNext) throw new Error('offline');
  return { EffectComposer: class {} };
});

afterEach(() => vi.resetModules());

describe("the bloom's code", () => {
  it('is one promise for every caller, and null, not an error, when it cannot be fetched', async () => {
    failNext = true;
    const { sunBloomCode } = await import('../../../src/view/sun-bloom.ts');
    const first = sunBloomCode();
    expect(sunBloomCode()).toBe(first);
    await expect(first).resolves.toBeNull();
    // A view showing the scene without bloom keeps its answer: no new fetch, no new waiting.
    expect(sunBloomCode()).toBe(first);
  });

  it('is fetched again after a failure once a scene is loading, and not before', async () => {
    failNext = true;
    const { retrySunBloomCode, sunBloomCode } = await import('../../../src/view/sun-bloom.ts');
    await expect(sunBloomCode()).resolves.toBeNull();
    failNext = false;
    vi.resetModules();
    const before = fetches;
    expect(await sunBloomCode()).toBeNull();
    retrySunBloomCode();
    const again = await sunBloomCode();
    expect(again).not.toBeNull();
    expect(fetches).toBe(before + 1);
    // Once in, it stays: asking to retry changes nothing.
    retrySunBloomCode();
    await expect(sunBloomCode()).resolves.toBe(again);
  });

  it('is in hand once its fetch has settled, so a view can use it without waiting', async () => {
    vi.doMock('postprocessing', () => {
      throw new Error('offline');
    });
    const { retrySunBloomCode, sunBloomCode, sunBloomCodeIn } =
      await import('../../../src/view/sun-bloom.ts');
    expect(sunBloomCodeIn()).toBeUndefined();
    const failed = sunBloomCode();
    expect(sunBloomCodeIn()).toBeUndefined();
    await failed;
    // A failed fetch is settled too: the view draws without bloom rather than wait.
    expect(sunBloomCodeIn()).toBeNull();
    vi.doMock('postprocessing', () => ({ EffectComposer: class {} }));
    vi.resetModules();
    retrySunBloomCode();
    expect(sunBloomCodeIn()).toBeUndefined();
    const code = await sunBloomCode();
    expect(code).not.toBeNull();
    expect(sunBloomCodeIn()).toBe(code);
  });
});
