import { describe, expect, it } from 'vitest';
import { defaultFollow, presetKey, presetsOf } from '../../../../src/core/script/camera-presets.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { length, sub } from '../../../../src/core/vec3.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const astp = loadRepoScene('apollo-soyuz');
const vostok = loadRepoScene('vostok-1');

describe('camera presets', () => {
  it('offer a docking view only where two craft dock', () => {
    expect(presetsOf(astp)).toEqual(['earth', 'chase', 'docking']);
    expect(presetsOf(vostok)).toEqual(['earth', 'chase']);
    expect(defaultFollow(vostok)).toBe('vostok-1');
  });

  it('chase a craft from a few lengths behind it, drawn at its true size', () => {
    const key = presetKey(astp, 'chase', 'apollo', null);
    const frame = evaluate(astp, 200, { camera: key });
    const apollo = frame.bodies.find((b) => b.id === 'apollo')!;
    expect(frame.camera.targetId).toBe('apollo');
    expect(frame.camera.craftScale).toBe(1);
    // Six lengths of the 11 m CSM.
    expect(length(sub(frame.camera.eyeEci, apollo.eciKm)) * 1000).toBeCloseTo(66, 0);
    // The scene's time is kept: only the camera changed.
    expect(frame.utcMs).toBe(evaluate(astp, 200).utcMs);
  });

  it('look at the whole Earth from above the followed craft', () => {
    const key = presetKey(vostok, 'earth', 'vostok-1', { latDeg: 10, lonDeg: -40 });
    expect(key).toMatchObject({ target: 'earth', azimuthDeg: -40, elevationDeg: 10 });
    expect(key.distanceKm).toBeGreaterThan(20_000);
  });
});
