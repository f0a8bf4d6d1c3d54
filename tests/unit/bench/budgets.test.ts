import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  formatOutcomes,
  parseBudgets,
  type BenchResults,
  type BudgetFile,
} from '../../../scripts/bench/budgets.ts';

const file: BudgetFile = parseBudgets(
  JSON.parse(readFileSync(new URL('../../../bench/budgets.json', import.meta.url), 'utf8')),
);

const row = (sceneId: string, quality: string, drawCalls: number, triangles: number) => ({
  sceneId,
  width: 1280,
  height: 720,
  quality,
  drawCalls,
  triangles,
});

/** A run inside every budget of bench/budgets.json. */
const good: BenchResults = {
  results: [
    row('sputnik-1', 'low', 9, 28_000),
    row('sputnik-1', 'high', 10, 150_000),
    row('vostok-1', 'high', 30, 160_000),
  ],
  bundle: { initialJs: { gzipBytes: 372_000 } },
  heap: {
    switches: 20,
    lastSceneId: 'apollo-soyuz',
    lastSceneFirstShown: { objectBytes: 4_700_000 },
    trace: [{ switches: 0 }, { switches: 20, objectBytes: 4_750_000 }],
  },
  firstFrame: {
    pairs: [
      {
        sceneId: 'sputnik-1',
        width: 1280,
        height: 720,
        oursMs: 4000,
        completeMs: 900,
        peerMs: 25_000,
      },
    ],
  },
  floor: {
    ratios: [
      { sceneId: 'sputnik-1', quality: 'low', width: 1280, height: 720, ratio: 1.3 },
      { sceneId: 'sputnik-1', quality: 'high', width: 1280, height: 720, ratio: 4.1 },
    ],
  },
  kioskColdStart: {
    sceneId: 'sputnik-1',
    medianMs: 2506,
    samplesMs: [3259, 2715, 2411, 2506, 2292],
  },
};

const status = (run: BenchResults) =>
  Object.fromEntries(checkBudgets(file, run).map((o) => [o.id, o.status]));

describe('bench budgets', () => {
  it('bench/budgets.json names the budgets of the issues', () => {
    expect(file.budgets.map((b) => [b.id, b.max])).toEqual([
      ['initial-js', 400_000],
      ['draw-calls', 60],
      ['triangles', 1_000_000],
      ['heap-growth', 1.05],
      ['first-frame', 0.25],
      ['first-complete-frame', 1000],
      ['low-tier-floor', 1.5],
      ['kiosk-cold-start', 3000],
    ]);
  });

  it('passes a run within every budget', () => {
    expect(Object.values(status(good))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it("holds the kiosk's cold start to 3 s, the median of its restarts", () => {
    const slow = { ...good, kioskColdStart: { ...good.kioskColdStart, medianMs: 5200 } };
    const outcome = checkBudgets(file, slow).find((o) => o.id === 'kiosk-cold-start')!;
    expect(outcome.status).toBe('over');
    expect(formatOutcomes(file, [outcome]).join('\n')).toContain(
      'sputnik-1, median of 5 restarts: measured 5.20 s, allowed ≤ 3.00 s',
    );
    expect(
      status({ ...good, kioskColdStart: { skipped: 'skipped (--skip kiosk-cold-start)' } })[
        'kiosk-cold-start'
      ],
    ).toBe('unmeasured');
  });

  it('holds the low tier to the floor, not the others', () => {
    const dear = {
      ...good,
      floor: {
        ratios: [{ sceneId: 'sputnik-1', quality: 'low', width: 1280, height: 720, ratio: 2.2 }],
      },
    };
    const outcome = checkBudgets(file, dear).find((o) => o.id === 'low-tier-floor')!;
    expect(outcome.status).toBe('over');
    expect(outcome.over).toEqual([{ label: 'sputnik-1 1280×720 low', value: 2.2 }]);
    expect(
      status({ ...good, floor: { skipped: 'skipped (--skip floor)' } })['low-tier-floor'],
    ).toBe('unmeasured');
    expect(status({ ...good, availableScenes: ['sputnik-1', 'vostok-1'] })['low-tier-floor']).toBe(
      'unmeasured',
    );
  });

  it('names each value over budget, with what was measured and what is allowed', () => {
    const run: BenchResults = {
      ...good,
      results: [...good.results!, row('apollo-soyuz', 'high', 61, 1_200_000)],
      bundle: { initialJs: { gzipBytes: 402_550 } },
    };
    const outcomes = checkBudgets(file, run);
    expect(status(run)).toMatchObject({
      'initial-js': 'over',
      'draw-calls': 'over',
      triangles: 'over',
      'heap-growth': 'ok',
    });
    const calls = outcomes.find((o) => o.id === 'draw-calls')!;
    expect(calls.over).toEqual([{ label: 'apollo-soyuz 1280×720 high', value: 61 }]);
    const text = formatOutcomes(file, outcomes).join('\n');
    expect(text).toContain('apollo-soyuz 1280×720 high: measured 61, allowed ≤ 60');
    expect(text).toContain('initial JS: measured 402.6 kB, allowed ≤ 400.0 kB');
    expect(text).toContain('measured 1,200,000, allowed ≤ 1,000,000');
  });

  it('checks draw calls and triangles at high quality only', () => {
    const run = { ...good, results: [...good.results!, row('vostok-1', 'low', 99, 2_000_000)] };
    expect(status(run)).toMatchObject({ 'draw-calls': 'ok', triangles: 'ok' });
  });

  it('fails the frame budgets while a scene the app offers was not measured at high quality', () => {
    const run: BenchResults = {
      ...good,
      availableScenes: ['sputnik-1', 'vostok-1', 'ax-4'],
      results: [...good.results!, row('ax-4', 'low', 20, 300_000)],
    };
    const outcomes = checkBudgets(file, run);
    const calls = outcomes.find((o) => o.id === 'draw-calls')!;
    expect(calls.status).toBe('unmeasured');
    expect(calls.reason).toBe('ax-4 not measured at high quality');
    expect(
      status({ ...run, results: [...run.results!, row('ax-4', 'high', 20, 300_000)] }),
    ).toMatchObject({ 'draw-calls': 'ok', triangles: 'ok' });
  });

  it('judges heap growth and the full-quality first frame as ratios, the first complete frame in seconds', () => {
    const run: BenchResults = {
      ...good,
      heap: { ...good.heap, trace: [{ switches: 20, objectBytes: 4_950_000 }] },
      firstFrame: {
        pairs: [
          ...good.firstFrame!.pairs!,
          {
            sceneId: 'vostok-1',
            width: 1920,
            height: 1080,
            oursMs: 6000,
            completeMs: 4000,
            peerMs: 10_000,
          },
        ],
      },
    };
    const outcomes = checkBudgets(file, run);
    const heap = outcomes.find((o) => o.id === 'heap-growth')!;
    expect(heap.status).toBe('over');
    expect(heap.over[0]!.value).toBeCloseTo(4.95 / 4.7, 6);
    const first = outcomes.find((o) => o.id === 'first-frame')!;
    expect(first.over.map((r) => r.value)).toEqual([0.6]);
    // The first complete frame (previews allowed) is judged on its own, against its target time.
    const complete = outcomes.find((o) => o.id === 'first-complete-frame')!;
    expect(complete.over.map((r) => r.value)).toEqual([4000]);
    const report = formatOutcomes(file, outcomes).join('\n');
    expect(report).toContain(
      'vostok-1 1920×1080 (ours 6000 ms / peer 10000 ms): measured 0.600×, allowed ≤ 0.250×',
    );
    expect(report).toContain(
      'vostok-1 1920×1080, median of the cold rounds: measured 4.00 s, allowed ≤ 1.00 s',
    );
  });

  it('fails a budget it cannot measure, saying why', () => {
    const run: BenchResults = {
      results: [],
      bundle: null,
      heap: { skipped: 'skipped (--skip heap)' },
      firstFrame: { skipped: 'bench/peer-cesium/node_modules is missing' },
    };
    const outcomes = checkBudgets(file, run);
    expect(outcomes.every((o) => o.status === 'unmeasured')).toBe(true);
    expect(formatOutcomes(file, outcomes)).toContain(
      "✗ first-frame (cold load to the full-quality ready frame, ours / the CesiumJS peer's first frame): not measured: bench/peer-cesium/node_modules is missing",
    );
  });

  it('rejects a malformed budget file', () => {
    expect(() => parseBudgets({})).toThrow('budgets: expected an array');
    expect(() =>
      parseBudgets({ budgets: [{ id: 'x', what: 'x', measure: 'fps', max: 1 }] }),
    ).toThrow('budgets[0].measure: expected one of');
    expect(() =>
      parseBudgets({ budgets: [{ id: 'x', what: 'x', measure: 'triangles', max: -1 }] }),
    ).toThrow('budgets[0].max: expected a positive number');
    const twice = { id: 'x', what: 'x', measure: 'triangles', max: 1 };
    expect(() => parseBudgets({ budgets: [twice, twice] })).toThrow('"x" given twice');
  });
});
