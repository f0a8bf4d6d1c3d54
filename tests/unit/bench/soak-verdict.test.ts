import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { judgeSoak } from '../../../scripts/soak.mjs';

interface Sample {
  cycle: number;
  sceneId: string;
  quality?: string;
  heapMB: number;
  geometries: number;
  textures: number;
}

/** Samples every 5 cycles through scenes a, b, c; `f` gives a sample's changing fields. */
function run(f: (cycle: number, sceneId: string) => Partial<Sample>): Sample[] {
  const samples: Sample[] = [];
  for (let cycle = 5; cycle <= 200; cycle += 5) {
    const sceneId = ['a', 'b', 'c'][cycle % 3]!;
    const base = { a: 4, b: 13, c: 32 }[sceneId]!;
    samples.push({
      cycle,
      sceneId,
      heapMB: 8,
      geometries: base,
      textures: 6,
      ...f(cycle, sceneId),
    });
  }
  return samples;
}

describe('judging a soak run', () => {
  it('passes a run whose heap only wobbles and whose scenes hold the same objects each time', () => {
    const verdict = judgeSoak(run((cycle) => ({ heapMB: 8 + (cycle % 10 === 0 ? 0.4 : -0.4) })));
    expect(verdict.heapOk).toBe(true);
    expect(Math.abs(verdict.heapGrowthMB)).toBeLessThan(0.1);
    expect(verdict.rendererOk).toBe(true);
    expect(verdict.renderer.c).toMatchObject({ geometries: [32, 32], textures: [6, 6] });
  });

  it('fails a run that never sampled a scene of the loop twice: its leaks could not show', () => {
    // A stride of two over a loop of an even length comes back to the same scenes.
    const verdict = judgeSoak(
      run(() => ({})),
      { loopScenes: ['a', 'b', 'c', 'd'] },
    );
    expect(verdict.unsampled).toEqual(['d']);
    expect(verdict.rendererOk).toBe(false);
    expect(
      judgeSoak(
        run(() => ({})),
        { loopScenes: ['c', 'a', 'b'] },
      ).rendererOk,
    ).toBe(true);
  });

  it('fails a heap that keeps growing beyond the noise allowed', () => {
    const verdict = judgeSoak(
      run((cycle) => ({ heapMB: 8 + cycle * 0.02 })),
      { heapNoiseMB: 3 },
    );
    expect(verdict.heapGrowthMB).toBeCloseTo(0.02 * (200 - 10), 5);
    expect(verdict.heapOk).toBe(false);
  });

  it('fails when one scene leaks a single geometry per showing, even if the others are flat', () => {
    const verdict = judgeSoak(
      run((cycle, sceneId) => (sceneId === 'b' ? { geometries: 13 + Math.floor(cycle / 15) } : {})),
    );
    expect(verdict.rendererOk).toBe(false);
    expect(verdict.renderer.a.geometries).toEqual([4, 4]);
    expect(verdict.renderer.b.geometries[1]).toBeGreaterThan(verdict.renderer.b.geometries[0]);
  });

  it('compares a scene only with itself at the same tier, and still finds a leak within one', () => {
    // The kiosk steps from medium down to low at cycle 100: low draws far fewer maps.
    const tiers = (cycle: number) =>
      cycle < 100 ? { quality: 'medium', textures: 22 } : { quality: 'low', textures: 8 };
    const stepped = judgeSoak(run(tiers));
    expect(stepped.rendererOk).toBe(true);
    expect(stepped.renderer['a (medium)'].textures).toEqual([22, 22]);
    expect(stepped.renderer['a (low)'].textures).toEqual([8, 8]);
    const leaking = judgeSoak(
      run((cycle) => ({ ...tiers(cycle), ...(cycle > 150 ? { textures: 9 } : {}) })),
    );
    expect(leaking.rendererOk).toBe(false);
  });

  it('fails on textures that pile up, and ignores what happened during warm-up', () => {
    const leaking = judgeSoak(run((cycle) => ({ textures: 6 + Math.floor(cycle / 50) })));
    expect(leaking.rendererOk).toBe(false);
    // Objects first uploaded during the warm-up cycles do not count against the run.
    const warm = judgeSoak(
      run((cycle) => ({ textures: cycle <= 6 ? 4 : 6 })),
      { warmupCycles: 6 },
    );
    expect(warm.rendererOk).toBe(true);
  });
});
