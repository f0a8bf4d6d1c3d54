/**
 * The craft are not shown against the Sun at the moments a scene is about, nor on its card: there
 * the scripted camera looks more than 65° away from the Sun, so the side it sees is lit (reddened
 * where the Sun grazes the limb), not a dark silhouette in the Sun's glare. Soyuz-36's docking,
 * at orbital sunrise, was once framed looking 15° from the Sun, and its card 62° from it.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../src/core/time/timeline.ts';
import { dot, normalize, sub } from '../../../src/core/vec3.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

const MOMENTS = [
  ['voskhod-2', '1965-03-18T08:38:00Z'], // Leonov outside
  ['apollo-soyuz', '1975-07-17T16:09:09Z'], // docking
  ['apollo-soyuz', '1975-07-17T19:19:00Z'], // the handshake
  ['soyuz-36', '1980-05-27T19:56:00Z'], // docking
  ['ax-4', '2025-06-26T10:31:00Z'], // docking
] as const;

/** Every scene in scenes/, so a new scene's card is checked when it lands. */
const SCENES = repoCatalog().map((entry) => entry.id);

/** Cosine of the angle between where the camera looks and the Sun, at `playbackSec`. */
function towardsSun(id: string, playbackSec: (scene: ReturnType<typeof loadRepoScene>) => number) {
  const scene = loadRepoScene(id);
  const frame = evaluate(scene, playbackSec(scene));
  return dot(normalize(sub(frame.camera.targetEci, frame.camera.eyeEci)), frame.sunDirectionEci);
}

const COS_65 = Math.cos((65 * Math.PI) / 180);

describe('the scripted camera looks more than 65° away from the Sun', () => {
  it.each(MOMENTS)('%s at %s', (id, utc) => {
    expect(towardsSun(id, (scene) => playbackAt(scene.timeline, Date.parse(utc)))).toBeLessThan(
      COS_65,
    );
  });

  it.each(SCENES)('%s on its card', (id) => {
    expect(towardsSun(id, (scene) => scene.stillSec)).toBeLessThan(COS_65);
  });
});
